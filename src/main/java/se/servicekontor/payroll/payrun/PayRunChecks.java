package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.payroll.employment.TaxKind;
import se.servicekontor.shared.Amount;

/**
 * The error list's checks (fellista) for one employee's result: what blocks the final run (ERROR) and what
 * the officer should look at (WARNING). Plain Java; each finding names the employment whose page fixes it.
 */
final class PayRunChecks {


    private final BigDecimal netChangeWarningPercent;

    PayRunChecks(BigDecimal netChangeWarningPercent) {
        this.netChangeWarningPercent = Objects.requireNonNull(netChangeWarningPercent);
    }

    /**
     * @param main the employment whose tax decision and bank account the pay uses (null: none in force)
     * @param net  the month's net pay
     */
    List<Problem> check(YearMonth month, EmployeeInput employee, EmployeeInput.Employment main, BigDecimal net) {
        List<Problem> problems = new ArrayList<>();
        if (main != null) {
            Long id = main.id();
            if (main.taxKind() == null || (main.taxKind() == TaxKind.TABLE && (main.taxTable() == null || main.taxColumn() == null))
                    || ((main.taxKind() == TaxKind.FIXED_PERCENT || main.taxKind() == TaxKind.SINK) && main.taxPercent() == null))
                problems.add(Problem.error(id, "TAX_DECISION_MISSING",
                        "Skattebeslut saknas (eller är ofullständigt); 30 % skatt är dragen tills beslutet är registrerat."));
            else
                decisionYear(main.taxDecisionRef()).filter(year -> year < month.getYear()).ifPresent(year -> problems.add(Problem.error(id,
                        "TAX_DECISION_OLD", "Skattebeslutet (" + main.taxDecisionRef().strip() + ") är från " + year
                                + "; registrera skattebeslutet för " + month.getYear() + ".")));
            if (!main.hasBankAccount())
                problems.add(Problem.error(id, "BANK_ACCOUNT_MISSING", "Bankkonto saknas; lönen kan inte betalas ut."));
        }
        for (EmployeeInput.Employment e : employee.employments()) {
            if (e.form() == EmploymentForm.HOURLY && e.activeIn(month) && e.salaryOn(month.atEndOfMonth()) == null
                    && e.salaryOn(month.minusMonths(1).atEndOfMonth()) == null)
                problems.add(Problem.error(e.id(), "HOURLY_RATE_MISSING", "Timavlönad anställning utan timlön."));
        }
        Set<Long> ended = new LinkedHashSet<>();
        for (EmployeeInput.Deviation d : employee.deviations())
            employee.employments().stream().filter(e -> e.id() == d.employmentId() && !e.activeIn(month)).findFirst()
                    .ifPresent(e -> ended.add(e.id()));
        for (Long id : ended)
            problems.add(Problem.warning(id, "DEVIATION_ON_ENDED_EMPLOYMENT",
                    "Avvikelse på en avslutad anställning; den betalas i denna körning. Kontrollera att den är rätt."));
        if (net.signum() < 0)
            // A negative net is never paid: 0 kr is paid and the shortfall becomes a claim on the employee (NetClaims)
            problems.add(Problem.warning(null, "NET_NEGATIVE", "Nettolönen är negativ (" + new Amount(net.setScale(2, RoundingMode.HALF_UP)).toString()
                    + "); 0 kr betalas ut och " + new Amount(net.negate().setScale(2, RoundingMode.HALF_UP)).toString()
                    + " förs som löneskuld som avräknas mot kommande månaders nettolön."));
        else if (net.signum() == 0)
            problems.add(Problem.warning(null, "NET_ZERO", "Nettolönen är 0 kr."));
        Amount previous = employee.previousNet();
        if (previous != null && previous.isPositive()) {
            BigDecimal change = net.subtract(previous.value()).abs().multiply(BigDecimal.valueOf(100))
                    .divide(previous.value(), 1, RoundingMode.HALF_UP);
            if (change.compareTo(netChangeWarningPercent) > 0)
                problems.add(Problem.warning(null, "NET_CHANGED", "Nettolönen har ändrats " + change.toPlainString().replace('.', ',')
                        + " % mot förra månaden (" + previous.toString() + " → " + new Amount(net.setScale(2, RoundingMode.HALF_UP)).toString()
                        + "); gränsen är " + netChangeWarningPercent.stripTrailingZeros().toPlainString() + " %."));
        }
        return problems;
    }

    /** The year a decision reference names ("SKV 2026", "2025-12-03"), if it names one. */
    static java.util.Optional<Integer> decisionYear(String reference) {
        if (reference == null)
            return java.util.Optional.empty();
        // The first run of exactly four digits that starts with 19 or 20 (checked for every employee: no regex)
        int i = 0;
        int n = reference.length();
        while (i < n) {
            if (!digit(reference.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && digit(reference.charAt(i)))
                i++;
            if (i - start == 4 && (reference.startsWith("19", start) || reference.startsWith("20", start)))
                return java.util.Optional.of(Integer.parseInt(reference, start, i, 10));
        }
        return java.util.Optional.empty();
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
