package se.servicekontor.payroll.employment;

import static se.servicekontor.payroll.employment.EmploymentSheet.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import se.servicekontor.platform.documents.TabularRows.Line;
import se.servicekontor.shared.Amount;
import se.servicekontor.shared.BankAccount;
import se.servicekontor.shared.PersonalIdentityNumber;

/**
 * The field rules of one row of the employment sheet. A broken rule is a {@link RowProblem} whose
 * message says, in Swedish, which column is wrong and what to write instead.
 */
final class EmploymentRowRules {

    /** What is wrong with a row, in words a payroll officer can act on. */
    static final class RowProblem extends Exception {
        private final String column;

        RowProblem(String message) {
            this(null, message);
        }

        /** A problem with the value of one column (a form shows it beside that field). */
        RowProblem(String column, String message) {
            super(message);
            this.column = column;
        }

        /** The column whose value is wrong, or null when the row as a whole is. */
        String column() {
            return column;
        }
    }

    /**
     * Not a template column: the new-employment form's "the bank has confirmed the number" box. An account whose check
     * digit holds only as a rule (Swedbank 8xxx-x) is refused without it, so the import never saves one unchecked.
     */
    static final String BANK_CONFIRMED = "Bankkontot kontrollerat med banken";

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal SINK_DEFAULT = new BigDecimal("25");

    private final Clock clock;

    EmploymentRowRules(Clock clock) {
        this.clock = clock;
    }

    EmploymentRow parse(Line line) throws RowProblem {
        for (String header : REQUIRED)
            if (line.get(header).isEmpty())
                throw new RowProblem(header, "Kolumnen " + shortName(header) + " är tom; den måste fyllas i.");
        PersonalIdentityNumber person;
        try {
            person = PersonalIdentityNumber.parse(line.get(PIN), clock);
        } catch (IllegalArgumentException e) {
            throw new RowProblem(PIN, "Personnummer: " + e.getMessage());
        }
        EmploymentForm form = EmploymentForm.fromSwedish(line.get(FORM)).orElseThrow(() -> new RowProblem(FORM,
                "Okänd anställningsform \"" + line.get(FORM) + "\". Skriv Tillsvidare, Visstid eller Timavlönad."));
        LocalDate start = date(line, START);
        LocalDate end = line.get(END).isEmpty() ? null : date(line, END);
        if (end != null && end.isBefore(start))
            throw new RowProblem(END, "Till (" + end + ") är före Från (" + start + ").");
        if (form == EmploymentForm.FIXED_TERM && end == null)
            throw new RowProblem(END, "En visstidsanställning måste ha ett slutdatum i kolumnen Till.");
        Amount salary = amount(line, SALARY);
        if (!salary.isPositive())
            throw new RowProblem(SALARY, "Lönen måste vara större än noll.");
        LocalDate salaryFrom = line.get(SALARY_FROM).isEmpty() ? start : date(line, SALARY_FROM);
        if (salaryFrom.isBefore(start))
            throw new RowProblem(SALARY_FROM, "Lön från (" + salaryFrom + ") är före anställningens början (" + start + ").");
        BigDecimal rate = line.get(RATE).isEmpty() ? HUNDRED : decimal(line, RATE);
        if (rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0)
            throw new RowProblem(RATE, "Tjänstgöringsgraden ska vara mellan 1 och 100 %, var " + line.get(RATE) + ".");
        EmploymentRow.DatedRate rateChange = rateChange(line, start, end);
        BigDecimal weeklyHours = line.get(WEEKLY_HOURS).isEmpty() ? new BigDecimal("40") : decimal(line, WEEKLY_HOURS);
        if (weeklyHours.signum() <= 0 || weeklyHours.compareTo(new BigDecimal("60")) > 0)
            throw new RowProblem(WEEKLY_HOURS, "Veckoarbetstiden ska vara mellan 0 och 60 timmar, var " + line.get(WEEKLY_HOURS) + ".");

        TaxKind taxKind = null;
        Integer table = null, column = null;
        BigDecimal percent = null;
        if (!line.get(TAX_KIND).isEmpty()) {
            taxKind = TaxKind.fromSwedish(line.get(TAX_KIND)).orElseThrow(() -> new RowProblem(TAX_KIND, "Okänt skattebeslut \""
                    + line.get(TAX_KIND) + "\". Skriv Tabell, Jämkning, Sidoinkomst eller SINK."));
            switch (taxKind) {
                case TABLE -> {
                    table = integer(line, TAX_TABLE);
                    column = integer(line, TAX_COLUMN);
                    if (table < 29 || table > 42)
                        throw new RowProblem(TAX_TABLE, "Skattetabell " + table + " finns inte; 2026 års tabeller är 29–42.");
                    if (column < 1 || column > 6)
                        throw new RowProblem(TAX_COLUMN, "Kolumn " + column + " finns inte; kolumnerna är 1–6.");
                }
                case FIXED_PERCENT -> percent = percent(line, null);
                case SINK -> percent = percent(line, SINK_DEFAULT);
                case SECONDARY_INCOME -> percent = null;
            }
        }
        BankAccount account = null;
        boolean hasClearing = !line.get(CLEARING).isEmpty(), hasAccount = !line.get(ACCOUNT).isEmpty();
        if (hasClearing != hasAccount)
            throw new RowProblem(ACCOUNT, "Fyll i både Clearingnummer och Kontonummer, eller inget av dem.");
        if (hasClearing) {
            try {
                account = BankAccount.parse(line.get(CLEARING), line.get(ACCOUNT));
            } catch (IllegalArgumentException e) {
                throw new RowProblem(ACCOUNT, "Bankkonto: " + e.getMessage());
            }
            if (account.warning() != null && !line.get(BANK_CONFIRMED).equalsIgnoreCase("ja"))
                throw new RowProblem(ACCOUNT, "Bankkonto: " + account.warning() + " Kontot sparas inte förrän någon har kontrollerat det "
                        + "med banken (i formuläret Ny anställning: kryssa i rutan; i importen: kolumnen " + BANK_CONFIRMED + " = Ja).");
        }
        BigDecimal vacation = line.get(VACATION_BALANCE).isEmpty() ? BigDecimal.ZERO : decimal(line, VACATION_BALANCE);
        if (vacation.signum() < 0 || vacation.compareTo(new BigDecimal("200")) > 0)
            throw new RowProblem(VACATION_BALANCE, "Sparade semesterdagar ska vara mellan 0 och 200, var " + line.get(VACATION_BALANCE) + ".");
        String pension = line.get(PENSION).isEmpty() ? "AKAP-KR" : line.get(PENSION).toUpperCase(Locale.ROOT);
        if (!pension.equals("AKAP-KR"))
            throw new RowProblem(PENSION, "Okänd pensionsplan \"" + line.get(PENSION) + "\". Bara AKAP-KR stöds.");
        String protectedText = line.get(PROTECTED).toLowerCase(Locale.ROOT);
        if (!protectedText.isEmpty() && !protectedText.equals("ja") && !protectedText.equals("nej"))
            throw new RowProblem(PROTECTED, "Skyddad identitet ska vara Ja eller Nej, var \"" + line.get(PROTECTED) + "\".");
        return new EmploymentRow(person, line.get(FIRST_NAME), line.get(LAST_NAME), blankToNull(line.get(STREET)),
                blankToNull(line.get(POSTAL_CODE)), blankToNull(line.get(CITY)), protectedText.equals("ja"),
                line.get(COST_CENTRE).toUpperCase(Locale.ROOT), form, start, end, salary, salaryFrom,
                rate.setScale(2, java.math.RoundingMode.HALF_UP), weeklyHours.setScale(2, java.math.RoundingMode.HALF_UP),
                taxKind, table, column, percent, blankToNull(line.get(TAX_REF)), account,
                vacation.setScale(1, java.math.RoundingMode.HALF_UP), pension, rateChange);
    }

    /**
     * The dated rate change of columns Ny tjänstgöringsgrad and Ny tjänstgöringsgrad från, by the rules of the form
     * "Ändra tjänstgöringsgrad från datum": 1–100 % with at most two decimals, from a day after the start (the rate from
     * the start is column Sysselsättningsgrad) and not after the end. A day in a released month is allowed, as in the
     * form: the next pay run pays the difference as retroactive pay.
     */
    private static EmploymentRow.DatedRate rateChange(Line line, LocalDate start, LocalDate end) throws RowProblem {
        boolean hasRate = !line.get(RATE_CHANGE).isEmpty(), hasFrom = !line.get(RATE_CHANGE_FROM).isEmpty();
        if (!hasRate && !hasFrom)
            return null;
        if (!hasFrom)
            throw new RowProblem(RATE_CHANGE_FROM, "Ny tjänstgöringsgrad är ifylld men inte från vilket datum den gäller; fyll i "
                    + RATE_CHANGE_FROM + " (ÅÅÅÅ-MM-DD).");
        if (!hasRate)
            throw new RowProblem(RATE_CHANGE, RATE_CHANGE_FROM + " är ifylld men Ny tjänstgöringsgrad är tom; fyll i båda eller ingen av dem.");
        BigDecimal rate = decimal(line, RATE_CHANGE);
        if (rate.compareTo(BigDecimal.ONE) < 0 || rate.compareTo(HUNDRED) > 0)
            throw new RowProblem(RATE_CHANGE, "Ny tjänstgöringsgrad ska vara mellan 1 och 100 %, var " + line.get(RATE_CHANGE) + ".");
        if (rate.stripTrailingZeros().scale() > 2)
            throw new RowProblem(RATE_CHANGE, "Ny tjänstgöringsgrad anges med högst två decimaler, var " + line.get(RATE_CHANGE) + ".");
        LocalDate from = date(line, RATE_CHANGE_FROM);
        if (!from.isAfter(start))
            throw new RowProblem(RATE_CHANGE_FROM, RATE_CHANGE_FROM + " (" + from + ") ska vara efter anställningens början (" + start
                    + "). Graden från början står i kolumnen Sysselsättningsgrad.");
        if (end != null && from.isAfter(end))
            throw new RowProblem(RATE_CHANGE_FROM, RATE_CHANGE_FROM + " (" + from + ") är efter anställningens slut (" + end + ").");
        return new EmploymentRow.DatedRate(from, rate.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    private BigDecimal percent(Line line, BigDecimal fallback) throws RowProblem {
        if (line.get(TAX_PERCENT).isEmpty()) {
            if (fallback != null)
                return fallback;
            throw new RowProblem(TAX_PERCENT, "Jämkning kräver en Skatteprocent.");
        }
        BigDecimal p = decimal(line, TAX_PERCENT);
        if (p.signum() <= 0 || p.compareTo(HUNDRED) >= 0)
            throw new RowProblem(TAX_PERCENT, "Skatteprocenten ska vara mellan 0 och 100, var " + line.get(TAX_PERCENT) + ".");
        return p.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static LocalDate date(Line line, String header) throws RowProblem {
        try {
            return LocalDate.parse(line.get(header));
        } catch (DateTimeParseException e) {
            throw new RowProblem(header, shortName(header) + " \"" + line.get(header) + "\" är inget datum; skriv ÅÅÅÅ-MM-DD.");
        }
    }

    private static Amount amount(Line line, String header) throws RowProblem {
        try {
            return DecimalInput.kronor(line.get(header));
        } catch (RuntimeException e) {
            throw new RowProblem(header, shortName(header) + " \"" + line.get(header) + "\" är inget belopp i kronor (högst två decimaler).");
        }
    }

    private static BigDecimal decimal(Line line, String header) throws RowProblem {
        try {
            return DecimalInput.parse(line.get(header));
        } catch (NumberFormatException e) {
            throw new RowProblem(header, shortName(header) + " \"" + line.get(header) + "\" är inget tal.");
        }
    }

    private static int integer(Line line, String header) throws RowProblem {
        BigDecimal value = line.get(header).isEmpty() ? null : decimal(line, header);
        if (value == null || value.stripTrailingZeros().scale() > 0)
            throw new RowProblem(header, shortName(header) + " måste vara ett heltal när skattebeslutet är Tabell.");
        return value.intValueExact();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** "Lön (kr, …)" → "Lön". */
    static String shortName(String header) {
        int hint = header.indexOf(" (");
        return hint > 0 ? header.substring(0, hint) : header;
    }
}
