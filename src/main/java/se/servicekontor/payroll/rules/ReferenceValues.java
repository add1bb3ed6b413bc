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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Dated single figures of payroll (base amounts, pension rates, agreement percentages and divisors),
 * from {@code reference-data/payroll-values.csv}: each row names a figure, the dates it is valid
 * (valid to blank = until a later row replaces it) and its source. Immutable; two rows of the same
 * name whose dates overlap are refused on load, so each date has at most one value.
 */
public final class ReferenceValues {

    static final String BUNDLED_PATH = "/reference-data/payroll-values.csv";
    static final String HEADER = "name,valid_from,valid_to,value,source";

    /** One dated figure. */
    public record Value(String name, LocalDate validFrom, LocalDate validTo, BigDecimal value, String source) {
        public Value {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(source, "source");
            if (validTo != null && validTo.isBefore(validFrom))
                throw new IllegalArgumentException("valid_to " + validTo + " is before valid_from " + validFrom);
            if (name.isBlank())
                throw new IllegalArgumentException("name is missing");
            if (source.isBlank())
                throw new IllegalArgumentException("source is missing: every figure must say where it comes from");
        }

        boolean appliesTo(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
        }

        boolean overlaps(Value other) {
            return name.equals(other.name) && (validTo == null || !other.validFrom.isAfter(validTo))
                    && (other.validTo == null || !validFrom.isAfter(other.validTo));
        }
    }

    private final List<Value> values;
    private final Map<String, List<Value>> byName;

    private ReferenceValues(List<Value> values) {
        this.values = List.copyOf(values);
        this.byName = values.stream().collect(Collectors.groupingBy(Value::name, Collectors.toUnmodifiableList()));
    }

    /** The figures shipped inside the application. */
    public static ReferenceValues bundled() {
        InputStream in = ReferenceValues.class.getResourceAsStream(BUNDLED_PATH);
        if (in == null)
            throw new IllegalStateException("The bundled payroll reference values are missing: " + BUNDLED_PATH);
        return load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads figures in the CSV layout of {@link #HEADER}; lines starting with {@code #} are comments;
     * a source containing commas is quoted.
     *
     * @throws InvalidReferenceData naming the line when a row is wrong or overlaps an earlier row
     */
    public static ReferenceValues load(Reader reader) {
        List<Value> values = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(reader)) {
            String header = null;
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                lineNumber++;
                if (text.isBlank() || text.startsWith("#"))
                    continue;
                if (header == null) {
                    header = text.strip();
                    if (!header.equals(HEADER))
                        throw new InvalidReferenceData(lineNumber, "the header must be \"" + HEADER + "\"");
                    continue;
                }
                Value value = parse(lineNumber, text);
                for (int i = 0; i < values.size(); i++)
                    if (values.get(i).overlaps(value))
                        throw new InvalidReferenceData(lineNumber, "overlaps line " + lineNumbers.get(i) + ": both give "
                                + value.name() + " for some date");
                values.add(value);
                lineNumbers.add(lineNumber);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the payroll reference values after line " + lineNumber, e);
        }
        if (values.isEmpty())
            throw new InvalidReferenceData(lineNumber, "there are no values");
        return new ReferenceValues(values);
    }

    /** The figure valid on a date, or an exception that says which figure to import. */
    public BigDecimal value(String name, LocalDate date) {
        return find(name, date).value();
    }

    /** The row valid on a date, with its source. */
    public Value find(String name, LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (Value v : byName.getOrDefault(name, List.of()))
            if (v.appliesTo(date))
                return v;
        throw new IllegalArgumentException("No reference value " + name + " valid on " + date
                + "; import the figures for " + date.getYear() + " (" + BUNDLED_PATH + ")");
    }

    /**
     * Several sets of figures as one, in the order given (each year's set stored on its own): a later set's row
     * ends an earlier open-ended row of the same name the day before it starts ("valid_to blank = until a later
     * row replaces it"); any other overlap is refused.
     */
    public static ReferenceValues of(List<ReferenceValues> sets) {
        List<Value> all = new ArrayList<>();
        for (ReferenceValues set : sets)
            for (Value value : set.values) {
                for (int i = 0; i < all.size(); i++) {
                    Value other = all.get(i);
                    if (other.name().equals(value.name()) && other.validTo() == null && other.validFrom().isBefore(value.validFrom()))
                        all.set(i, other = new Value(other.name(), other.validFrom(), value.validFrom().minusDays(1), other.value(), other.source()));
                    if (other.overlaps(value))
                        throw new IllegalArgumentException("Reference value " + value.name() + " from " + value.validFrom()
                                + " overlaps the row from " + other.validFrom());
                }
                all.add(value);
            }
        return new ReferenceValues(all);
    }

    /** Whether a figure has a row valid on a date. */
    public boolean has(String name, LocalDate date) {
        return byName.getOrDefault(name, List.of()).stream().anyMatch(v -> v.appliesTo(date));
    }

    /** Every row, ordered by name and date. */
    public List<Value> all() {
        return values.stream().sorted(Comparator.comparing(Value::name).thenComparing(Value::validFrom)).toList();
    }

    private static Value parse(int lineNumber, String text) {
        String[] fields = text.split(",", 5);
        if (fields.length != 5)
            throw new InvalidReferenceData(lineNumber, "has " + fields.length + " fields; expected 5: " + HEADER);
        try {
            return new Value(fields[0].strip(), LocalDate.parse(fields[1].strip()),
                    fields[2].isBlank() ? null : LocalDate.parse(fields[2].strip()), new BigDecimal(fields[3].strip()),
                    unquoted(fields[4]));
        }
        catch (NumberFormatException e) {
            throw new InvalidReferenceData(lineNumber, "value is not a number: \"" + text + "\"");
        }
        catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidReferenceData(lineNumber, e.getMessage());
        }
    }

    private static String unquoted(String field) {
        String value = field.strip();
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
