package se.servicekontor.payroll.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dated employer-contribution rates (arbetsgivaravgifter) by birth year, from
 * {@code reference-data/employer-contributions.csv}. Immutable; rows that overlap (same payment date
 * and birth year) are refused on load, so each payment has at most one rate.
 */
public final class ContributionRates {

    static final String BUNDLED_PATH = "/reference-data/employer-contributions.csv";
    static final String HEADER = "valid_from,valid_to,group,born_from,born_to,rate,ceiling_per_month,rate_above_ceiling,source";

    private final List<ContributionRate> rates;
    /** Found rates by payment date and birth year: a pay run asks the same few questions for every employee. */
    private final Map<LocalDate, Map<Integer, ContributionRate>> found = new ConcurrentHashMap<>();

    private ContributionRates(List<ContributionRate> rates) {
        this.rates = List.copyOf(rates);
    }

    /** The rates shipped inside the application. */
    public static ContributionRates bundled() {
        InputStream in = ContributionRates.class.getResourceAsStream(BUNDLED_PATH);
        if (in == null)
            throw new IllegalStateException("The bundled employer contribution rates are missing: " + BUNDLED_PATH);
        return load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads rates in the CSV layout of {@link #HEADER}; a source containing commas is quoted.
     *
     * @throws InvalidReferenceData naming the line when a row is wrong or overlaps an earlier row
     */
    public static ContributionRates load(Reader reader) {
        List<ContributionRate> rates = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(reader)) {
            String header = lines.readLine();
            lineNumber++;
            if (header == null || !header.strip().equals(HEADER))
                throw new InvalidReferenceData(1, "the header must be \"" + HEADER + "\"");
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                lineNumber++;
                if (text.isBlank())
                    continue;
                ContributionRate rate = parse(lineNumber, text);
                for (int i = 0; i < rates.size(); i++)
                    if (rates.get(i).overlaps(rate))
                        throw new InvalidReferenceData(lineNumber, "overlaps line " + lineNumbers.get(i)
                                + ": both apply to some payment date and birth year");
                rates.add(rate);
                lineNumbers.add(lineNumber);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the contribution rates after line " + lineNumber, e);
        }
        if (rates.isEmpty())
            throw new InvalidReferenceData(lineNumber, "there are no rates");
        return new ContributionRates(rates);
    }

    /** Several years' rates as one (each year's set stored on its own); rows that overlap across the sets are refused. */
    public static ContributionRates of(List<ContributionRates> sets) {
        List<ContributionRate> all = new ArrayList<>();
        for (ContributionRates set : sets)
            for (ContributionRate rate : set.rates) {
                for (ContributionRate other : all)
                    if (other.overlaps(rate))
                        throw new IllegalArgumentException("Employer contribution rate " + rate.group() + " from " + rate.validFrom()
                                + " overlaps the rate " + other.group() + " from " + other.validFrom());
                all.add(rate);
            }
        return new ContributionRates(all);
    }

    /** Whether a rate applies to pay paid out on a date to someone born in a year. */
    public boolean covers(LocalDate paymentDate, int birthYear) {
        return rates.stream().anyMatch(rate -> rate.appliesTo(paymentDate, birthYear));
    }

    /** The rate for pay paid out on a date to someone born in a year. */
    public ContributionRate rateFor(LocalDate paymentDate, int birthYear) {
        return found.computeIfAbsent(paymentDate, d -> new ConcurrentHashMap<>()).computeIfAbsent(birthYear, y -> find(paymentDate, y));
    }

    private ContributionRate find(LocalDate paymentDate, int birthYear) {
        return rates.stream().filter(rate -> rate.appliesTo(paymentDate, birthYear)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No employer contribution rate for someone born " + birthYear
                        + " on pay paid " + paymentDate + "; import the rates for " + paymentDate.getYear()));
    }

    public List<ContributionRate> all() {
        return rates;
    }

    private static ContributionRate parse(int lineNumber, String text) {
        String[] fields = text.split(",", 9);
        if (fields.length != 9)
            throw new InvalidReferenceData(lineNumber, "has " + fields.length + " fields; expected 9: " + HEADER);
        try {
            return new ContributionRate(LocalDate.parse(fields[0].strip()), LocalDate.parse(fields[1].strip()),
                    ContributionGroup.valueOf(fields[2].strip()), year(fields[3]), year(fields[4]),
                    new BigDecimal(fields[5].strip()), decimal(fields[6]), decimal(fields[7]), unquoted(fields[8]));
        }
        catch (NumberFormatException e) {
            throw new InvalidReferenceData(lineNumber, "rate, ceiling_per_month or rate_above_ceiling is not a number: \"" + text + "\"");
        }
        catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidReferenceData(lineNumber, e.getMessage());
        }
    }

    private static Integer year(String field) {
        if (field.isBlank())
            return null;
        if (!field.strip().matches("[0-9]{4}"))
            throw new IllegalArgumentException("birth year must be four digits or blank, was \"" + field + "\"");
        return Integer.valueOf(field.strip());
    }

    private static BigDecimal decimal(String field) {
        return field.isBlank() ? null : new BigDecimal(field.strip());
    }

    private static String unquoted(String field) {
        String value = field.strip();
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
