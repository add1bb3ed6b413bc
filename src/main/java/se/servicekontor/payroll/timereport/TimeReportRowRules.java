package se.servicekontor.payroll.timereport;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.platform.documents.TabularRows.Line;
import se.servicekontor.shared.PersonalIdentityNumber;

/**
 * The rules of one time-report row, in order: the fields (personnummer, code, dates, quantity), the
 * employee is known to payroll, an employment covers the dates, hours of hourly staff (TIM, and SJT sick
 * hours one row per shift) only on an hourly employment and SJK never on one, and an absence overlaps no other absence of the employee (stored, or accepted
 * earlier in this file). A row already imported (same natural key) is not a problem: it is passed over.
 * One instance per run: it remembers what this run accepted.
 */
final class TimeReportRowRules {

    /** What is wrong with a row, in Swedish. */
    static final class RowProblem extends Exception {
        RowProblem(String message) {
            super(message);
        }
    }

    /** An accepted row: the deviation and its natural key. */
    record Accepted(Deviation deviation, String naturalKey) {
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal HOURS_A_DAY = new BigDecimal("24");

    private final Clock clock;
    private final Deviations deviations;
    private final Set<String> keysThisRun = new HashSet<>();
    private final Map<Long, List<Deviation>> absencesThisRun = new HashMap<>();

    TimeReportRowRules(Clock clock, Deviations deviations) {
        this.clock = clock;
        this.deviations = deviations;
    }

    /** The deviation to store, or empty when the row was imported before. */
    Optional<Accepted> check(Line line) throws RowProblem {
        PersonalIdentityNumber person;
        try {
            person = PersonalIdentityNumber.parse(line.get(TimeReportFile.PIN), clock);
        } catch (IllegalArgumentException e) {
            throw new RowProblem("Personnummer: " + e.getMessage());
        }
        DeviationCode code = DeviationCode.fromCode(line.get(TimeReportFile.CODE)).orElseThrow(() -> new RowProblem(
                "Okänd kod \"" + line.get(TimeReportFile.CODE) + "\". Giltiga koder: " + DeviationCode.codeList() + "."));
        LocalDate from = date(line, TimeReportFile.FROM);
        LocalDate to = line.get(TimeReportFile.TO).isEmpty() ? from : date(line, TimeReportFile.TO);
        if (to.isBefore(from))
            throw new RowProblem("Till (" + to + ") är före Från (" + from + ").");
        BigDecimal quantity = null, amount = null;
        switch (code.kind()) {
            case ABSENCE -> {
                quantity = line.get(TimeReportFile.QUANTITY).isEmpty() ? HUNDRED : decimal(line, TimeReportFile.QUANTITY);
                if (quantity.signum() <= 0 || quantity.compareTo(HUNDRED) > 0)
                    throw new RowProblem("Omfattningen av frånvaro ska vara 1–100 %, var " + line.get(TimeReportFile.QUANTITY) + ".");
            }
            case HOURS -> {
                if (line.get(TimeReportFile.QUANTITY).isEmpty())
                    throw new RowProblem("Koden " + code.code() + " kräver antal timmar i kolumnen Antal.");
                quantity = decimal(line, TimeReportFile.QUANTITY);
                if (quantity.signum() <= 0 || quantity.compareTo(new BigDecimal("400")) > 0)
                    throw new RowProblem("Antal timmar ska vara mer än 0 och högst 400, var " + line.get(TimeReportFile.QUANTITY) + ".");
            }
            case AMOUNT -> {
                if (line.get(TimeReportFile.AMOUNT).isEmpty())
                    throw new RowProblem("Koden " + code.code() + " kräver ett belopp i kolumnen Belopp.");
                amount = decimal(line, TimeReportFile.AMOUNT);
                if (amount.signum() <= 0 || amount.scale() > 2)
                    throw new RowProblem("Beloppet ska vara större än noll med högst två decimaler, var " + line.get(TimeReportFile.AMOUNT) + ".");
            }
        }
        List<Deviations.EmploymentRef> employments = deviations.employmentsOf(person.twelveDigits());
        if (employments.isEmpty())
            throw new RowProblem("Okänd anställd: personnumret finns inte i Lönecenter. Importera anställningen först.");
        final LocalDate f = from, t = to;
        Deviations.EmploymentRef employment = employments.stream().filter(e -> e.covers(f, t)).findFirst()
                .orElseThrow(() -> new RowProblem("Datumen " + f + "–" + t + " ligger utanför anställningen ("
                        + employments.stream().map(e -> e.start() + "–" + (e.end() == null ? "" : e.end())).reduce((a, b) -> a + ", " + b).orElse("")
                        + ")."));
        if (code == DeviationCode.HOURS_WORKED && employment.form() != EmploymentForm.HOURLY)
            throw new RowProblem("Koden TIM gäller bara timavlönade; anställningen är " + employment.form().swedish().toLowerCase() + ".");
        if (code == DeviationCode.SICK_HOURS && employment.form() != EmploymentForm.HOURLY)
            throw new RowProblem("Koden SJT (sjuktimmar) gäller bara timavlönade; anställningen är " + employment.form().swedish().toLowerCase()
                    + ". Rapportera sjukfrånvaro med SJK.");
        if (code == DeviationCode.SICK_LEAVE && employment.form() == EmploymentForm.HOURLY)
            throw new RowProblem("Koden SJK gäller inte timavlönade: rapportera de timmar av ett inbokat pass som förlorats genom sjukdom "
                    + "med SJT (sjuktimmar), en rad per pass.");
        if (code == DeviationCode.SICK_HOURS && !to.equals(from))
            throw new RowProblem("Koden SJT anges per inbokat pass: en rad per dag (Till tom eller samma dag som Från).");
        if (code == DeviationCode.SICK_HOURS && quantity.compareTo(HOURS_A_DAY) > 0)
            throw new RowProblem("Sjuktimmar för ett pass ska vara högst 24, var " + line.get(TimeReportFile.QUANTITY) + ".");
        String note = line.get(TimeReportFile.NOTE);
        Deviation deviation = new Deviation(employment.employmentId(), code, from, to, quantity, amount,
                note.isEmpty() ? null : note.length() > 200 ? note.substring(0, 200) : note);
        String key = Deviation.naturalKey(person.twelveDigits(), deviation);
        if (!keysThisRun.add(key) || deviations.exists(key))
            return Optional.empty();
        if (code.kind() == DeviationCode.Kind.ABSENCE) {
            Optional<Deviations.Stored> stored = deviations.overlappingAbsence(employment.employeeId(), from, to);
            if (stored.isPresent()) {
                keysThisRun.remove(key);
                throw new RowProblem("Frånvaron " + from + "–" + to + " överlappar redan registrerad " + stored.get().code().swedish().toLowerCase()
                        + " " + stored.get().from() + "–" + stored.get().to() + ".");
            }
            for (Deviation earlier : absencesThisRun.getOrDefault(employment.employeeId(), List.of()))
                if (earlier.overlaps(from, to)) {
                    keysThisRun.remove(key);
                    throw new RowProblem("Frånvaron " + from + "–" + to + " överlappar " + earlier.code().swedish().toLowerCase()
                            + " " + earlier.from() + "–" + earlier.to() + " tidigare i filen.");
                }
            absencesThisRun.computeIfAbsent(employment.employeeId(), k -> new ArrayList<>()).add(deviation);
        }
        return Optional.of(new Accepted(deviation, key));
    }

    private static LocalDate date(Line line, String header) throws RowProblem {
        try {
            return LocalDate.parse(line.get(header));
        } catch (DateTimeParseException e) {
            throw new RowProblem(header + " \"" + line.get(header) + "\" är inget datum; skriv ÅÅÅÅ-MM-DD.");
        }
    }

    private static BigDecimal decimal(Line line, String header) throws RowProblem {
        try {
            return new BigDecimal(line.get(header).replace(" ", "").replace('\u00A0', ' ').strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            String name = header.contains(" (") ? header.substring(0, header.indexOf(" (")) : header;
            throw new RowProblem(name + " \"" + line.get(header) + "\" är inget tal.");
        }
    }
}
