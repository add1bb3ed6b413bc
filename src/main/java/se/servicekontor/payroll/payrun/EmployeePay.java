package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One employee's calculated pay for the run, as the writer stores it.
 *
 * @param net            what is paid out: never negative (a negative month's shortfall is {@code claimRaised})
 * @param claimRaised    the shortfall of a negative month, added to the employee's claim (löneskuld) on release
 * @param claimRecovered taken from this month's net towards the open claim
 * @param claimAfter     the open claim after this month, applied when the run is released
 * @param sickPeriods    per paid sick row (deviation id): its sick period, for a later run to continue
 */
record EmployeePay(long employeeId, String costCentre, BigDecimal gross, BigDecimal tax, BigDecimal netDeductions,
                   BigDecimal net, BigDecimal employerContributions, BigDecimal pension, LocalDate payday, List<Line> lines,
                   List<Problem> problems, List<Long> paidDeviations, BigDecimal claimRaised, BigDecimal claimRecovered,
                   BigDecimal claimAfter, Map<Long, SickPeriod> sickPeriods) {

    EmployeePay {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        paidDeviations = List.copyOf(paidDeviations);
        sickPeriods = Map.copyOf(sickPeriods);
    }

    /**
     * The sick period a paid sick row belongs to: its day 1, the karensavdrag the period still had to take after this run
     * (null when the calculator did not say), and what the row did with the period's karensavdrag (null: nothing, a later row).
     */
    record SickPeriod(LocalDate firstDay, BigDecimal karensLeft, DeviationVariables.Karens karens) {
        SickPeriod(LocalDate firstDay, BigDecimal karensLeft) {
            this(firstDay, karensLeft, null);
        }
    }

    /** A pay line with the employment and the dates it was earned. */
    record Line(long employmentId, String costCentre, String code, String text, BigDecimal amount, boolean taxable,
                LocalDate earnedFrom, LocalDate earnedTo) {
    }

    long errors() {
        return count(Severity.ERROR);
    }

    long warnings() {
        return count(Severity.WARNING);
    }

    private long count(Severity severity) {
        long n = 0;
        for (Problem p : problems)
            if (p.severity() == severity)
                n++;
        return n;
    }
}
