package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.payroll.rules.KarensHistory;
import se.servicekontor.payroll.rules.NetClaims;
import se.servicekontor.payroll.rules.Notice;
import se.servicekontor.payroll.rules.PayCalculator;
import se.servicekontor.payroll.rules.PayCalculator.SalarySegment;
import se.servicekontor.payroll.rules.PayCalculator.Variable.OneOffPayment;
import se.servicekontor.payroll.rules.RetroPay;
import se.servicekontor.payroll.rules.TaxDecision;
import se.servicekontor.shared.Amount;

/**
 * Calculates one employee's pay for the payment month with {@link PayCalculator}: per employment the
 * fixed salary's segments of the month (pro-rated for start, end, salary changes and employment rate changes) and the previous
 * month's deviations (eftersläp) and retroactive pay for earlier released months ({@link RetroPay}, taxed as one-off
 * payments); tax on the employee's total with the main employment's tax decision; then the error list's checks and
 * the claim on the employee ({@link NetClaims}: a negative month pays 0 and raises a claim, later months recover it
 * within the limit, or the amount per month agreed with the employee). A failure to calculate becomes an error in the list, never a lost employee.
 */
class EmployeePayCalculation implements ItemProcessor<EmployeeInput, EmployeePay> {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final YearMonth month;
    private final PayRules rules;
    private final PayRunChecks checks;
    private final LocalDate payday;
    private final NetClaims.RecoveryLimit recoveryLimit;

    EmployeePayCalculation(YearMonth month, PayRules rules, PayRunChecks checks, NetClaims.RecoveryLimit recoveryLimit) {
        this.month = month;
        this.rules = rules;
        this.checks = checks;
        this.payday = rules.calendar().payday(month);
        this.recoveryLimit = recoveryLimit;
    }

    @Override
    public EmployeePay process(EmployeeInput employee) {
        List<EmployeeInput.Employment> active = new ArrayList<>(1);
        for (EmployeeInput.Employment e : employee.employments())
            if (e.activeIn(month))
                active.add(e);
        EmployeeInput.Employment main = main(active.isEmpty() ? involved(employee) : active);
        String costCentre = main == null ? "?" : main.costCentre();
        List<Problem> problems = new ArrayList<>();
        try {
            return calculate(employee, active, main, costCentre, payday, problems);
        } catch (RuntimeException e) {
            problems.add(Problem.error(main == null ? null : main.id(), "CALCULATION_FAILED",
                    "Lönen kunde inte beräknas: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            return new EmployeePay(employee.employeeId(), costCentre, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, payday, List.of(),
                    problems, List.of(), ZERO, ZERO, employee.openClaim(), Map.of());
        }
    }

    private EmployeePay calculate(EmployeeInput employee, List<EmployeeInput.Employment> active, EmployeeInput.Employment main,
                                  String costCentre, LocalDate payday, List<Problem> problems) {
        TaxDecision decision = decision(main);
        PayCalculator calculator = rules.calculator(month.getYear());
        List<EmployeePay.Line> lines = new ArrayList<>();
        List<Long> paid = new ArrayList<>();
        List<PayCalculator.Result> results = new ArrayList<>();
        List<PayCalculator.PayLine> allLines = new ArrayList<>();
        Map<Long, EmployeePay.SickPeriod> sickPeriods = new HashMap<>();
        LocalDate previousEnd = month.minusMonths(1).atEndOfMonth();
        KarensHistory karensHistory = KarensHistory.of(employee.karensFirstDays()); // across employments (Sjuklönelagen 6 §)
        for (EmployeeInput.Employment e : involved(employee)) {
            List<SalarySegment> segments = active.contains(e) && e.form() != EmploymentForm.HOURLY ? segments(e, problems) : List.of();
            List<EmployeeInput.Deviation> own = employee.deviations().isEmpty() ? List.of()
                    : employee.deviations().stream().filter(d -> d.employmentId() == e.id()).toList();
            LocalDate salaryDay = e.end() != null && e.end().isBefore(previousEnd) ? e.end() : previousEnd;
            DeviationVariables.Result mapped = DeviationVariables.map(e, own, employee.employments(), employee.earlierSickPeriod(e.id()),
                    salaryDay, karensHistory, employee.leaveStarts());
            karensHistory = mapped.karensHistory();
            problems.addAll(mapped.problems());
            paid.addAll(mapped.paidDeviations());
            // sick rows without sick pay (not yet qualified) are recorded even when nothing else of the employment is calculated
            mapped.sickFirstDays().forEach((deviation, firstDay) ->
                    sickPeriods.put(deviation, new EmployeePay.SickPeriod(firstDay, null, mapped.karens().get(deviation))));
            List<OneOffPayment> retro = retro(employee, e);
            if (segments.isEmpty() && mapped.variables().isEmpty() && retro.isEmpty())
                continue;
            List<PayCalculator.Variable> variables = new ArrayList<>(mapped.variables().stream().map(DeviationVariables.Mapped::variable).toList());
            variables.addAll(retro);
            if (!retro.isEmpty())
                problems.add(Problem.warning(e.id(), "RETRO_PAY", "Retroaktiv lön " + retro.stream().map(r -> YearMonth.from(r.earnedFrom())
                        + ": " + new Amount(r.amount())).collect(java.util.stream.Collectors.joining(", "))
                        + " (lönen eller tjänstgöringsgraden har ändrats bakåt i attesterade månader). Kontrollera beloppen."));
            BigDecimal previousSalary = e.form() == EmploymentForm.HOURLY ? ZERO : monthlySalaryOn(e, salaryDay);
            PayCalculator.Result result = calculator.calculate(month, employee.birthDate(), decision, segments, previousSalary, variables,
                    e.schedule());
            results.add(result);
            mapped.sickFirstDays().forEach((deviation, firstDay) -> sickPeriods.put(deviation,
                    new EmployeePay.SickPeriod(firstDay, result.karensLeft().get(firstDay), mapped.karens().get(deviation))));
            allLines.addAll(result.lines());
            lines.addAll(lines(e, segments, mapped.variables(), retro, result.lines()));
            for (Notice notice : result.notices()) // e.g. anmälan dag 15 to Försäkringskassan
                problems.add(Problem.warning(e.id(), notice.code(), notice.text()));
        }
        BigDecimal gross;
        BigDecimal tax;
        BigDecimal netDeductions;
        BigDecimal employer;
        BigDecimal pension;
        if (results.size() == 1) {
            PayCalculator.Result r = results.get(0);
            gross = r.grossTaxable();
            tax = r.tax();
            netDeductions = r.netDeductions();
            employer = r.employerContributions();
            pension = r.pension().premium();
        } else {
            // Several employments: one employer, one tax decision — tax and contributions on the month's total lines.
            // Pension: the employments' premiums added (the AKAP-KR ceiling per employment — UNCONFIRMED for several).
            gross = results.stream().map(PayCalculator.Result::grossTaxable).reduce(ZERO, BigDecimal::add);
            netDeductions = results.stream().map(PayCalculator.Result::netDeductions).reduce(ZERO, BigDecimal::add);
            tax = calculator.tax(month, decision, allLines);
            employer = rules.contributions().contribution(employee.birthDate(), payday, gross.max(ZERO));
            pension = results.stream().map(r -> r.pension().premium()).reduce(ZERO, BigDecimal::add);
        }
        BigDecimal net = gross.subtract(tax).subtract(netDeductions);
        problems.addAll(checks.check(month, employee, main, net));
        // An amount agreed with the employee replaces the configured limit (0 % by default): min(agreed, claim, net) is recovered
        NetClaims.RecoveryLimit limit = employee.agreedRecovery() == null ? recoveryLimit
                : new NetClaims.RecoveryLimit.Amount(employee.agreedRecovery());
        NetClaims.Settlement settlement = NetClaims.settle(net, employee.openClaim(), limit);
        if (main != null && settlement.claimRaised().signum() > 0)
            lines.add(new EmployeePay.Line(main.id(), main.costCentre(), "LONESKULD", "Löneskuld att återbetala (negativ nettolön)",
                    settlement.claimRaised(), false, month.atDay(1), month.atEndOfMonth()));
        // Lag (1970:215) om arbetsgivares kvittningsrätt, DOMAIN.md decisions: without a recorded agreement the claim is listed
        // for follow-up, not set off (unless a set-off percentage is configured)
        if (main != null && employee.agreedRecovery() == null && employee.openClaim().signum() > 0 && settlement.recovered().signum() == 0)
            problems.add(Problem.warning(main.id(), "CLAIM_NOT_SET_OFF", "Löneskuld " + new Amount(employee.openClaim())
                    + " dras inte av från lönen: ingen överenskommelse med den anställde om avräkning finns registrerad "
                    + "(kvittningslagen 1970:215). Följ upp skulden under Löneskulder."));
        if (main != null && settlement.recovered().signum() > 0)
            lines.add(new EmployeePay.Line(main.id(), main.costCentre(), "AVRSKULD", "Avräkning löneskuld (kvar "
                    + new Amount(settlement.claimAfter()) + ")", settlement.recovered().negate(), false, month.atDay(1), month.atEndOfMonth()));
        netDeductions = netDeductions.subtract(settlement.claimRaised()).add(settlement.recovered());
        return new EmployeePay(employee.employeeId(), costCentre, gross, tax, netDeductions, settlement.payout(),
                employer.setScale(2, RoundingMode.HALF_UP), pension, payday, lines, problems, paid, settlement.claimRaised(),
                settlement.recovered(), settlement.claimAfter(), sickPeriods);
    }

    /**
     * The retroactive pay of an employment: for each earlier month released runs paid, the fixed salary due under the
     * salary and rate history as they are now less what was paid for it (fixed salary and earlier retroactive pay), one line per month.
     */
    // DOMAIN.md §3: "computed as the difference per historic month with the rules valid then, paid as a one-off amount"
    private static List<OneOffPayment> retro(EmployeeInput employee, EmployeeInput.Employment e) {
        if (e.form() == EmploymentForm.HOURLY)
            return List.of();
        if (employee.paidSalaries().isEmpty()) // nearly always: no change recorded into a released month
            return List.of();
        List<RetroPay.PaidMonth> paid = employee.paidSalaries().stream().filter(p -> p.employmentId() == e.id())
                .map(p -> new RetroPay.PaidMonth(p.month(), p.amount())).toList();
        if (paid.isEmpty())
            return List.of();
        List<RetroPay.SalaryChange> salaries = e.salaries().stream().map(s -> new RetroPay.SalaryChange(s.validFrom(), s.amount())).toList();
        List<RetroPay.RateChange> rates = new ArrayList<>();
        rates.add(new RetroPay.RateChange(e.start(), e.rate()));
        e.rates().stream().filter(r -> e.end() == null || !r.validFrom().isAfter(e.end())) // after the end: not employed
                .forEach(r -> rates.add(new RetroPay.RateChange(r.validFrom(), r.rate())));
        if (e.end() != null)
            rates.add(new RetroPay.RateChange(e.end().plusDays(1), BigDecimal.ZERO));
        return RetroPay.calculate(salaries, rates, paid).oneOffPayments();
    }

    /** Employments in force in the month, and ended ones with deviations to pay, by start date. */
    private List<EmployeeInput.Employment> involved(EmployeeInput employee) {
        if (employee.deviations().isEmpty())
            return employee.employments().stream().filter(e -> e.activeIn(month)).toList();
        Set<Long> withDeviations = new LinkedHashSet<>();
        employee.deviations().forEach(d -> withDeviations.add(d.employmentId()));
        return employee.employments().stream().filter(e -> e.activeIn(month) || withDeviations.contains(e.id())).toList();
    }

    /** The main employment: the highest monthly salary at its rate, then the earliest start, then the lowest id. */
    private EmployeeInput.Employment main(List<EmployeeInput.Employment> candidates) {
        if (candidates.size() == 1) // nearly always
            return candidates.get(0);
        LocalDate day = month.atEndOfMonth();
        return candidates.stream().min(Comparator
                .comparing((EmployeeInput.Employment e) -> e.form() == EmploymentForm.HOURLY ? ZERO : monthlySalaryOn(e, day),
                        Comparator.reverseOrder())
                .thenComparing(EmployeeInput.Employment::start).thenComparing(EmployeeInput.Employment::id)).orElse(null);
    }

    private static TaxDecision decision(EmployeeInput.Employment main) {
        if (main == null || main.taxKind() == null)
            return new TaxDecision.SecondaryIncome(); // no decision given to this employer: 30 % (checked as an error)
        return switch (main.taxKind()) {
            case TABLE -> main.taxTable() == null || main.taxColumn() == null ? new TaxDecision.SecondaryIncome()
                    : new TaxDecision.Table(main.taxTable(), main.taxColumn());
            case FIXED_PERCENT -> main.taxPercent() == null ? new TaxDecision.SecondaryIncome() : new TaxDecision.FixedPercent(main.taxPercent());
            case SECONDARY_INCOME -> new TaxDecision.SecondaryIncome();
            case SINK -> new TaxDecision.Sink(main.taxPercent() == null ? new BigDecimal("25") : main.taxPercent());
        };
    }

    /** The employment's part of the month, split where a new salary or employment rate starts; a part without salary is an error. */
    private List<SalarySegment> segments(EmployeeInput.Employment e, List<Problem> problems) {
        LocalDate from = e.start().isAfter(month.atDay(1)) ? e.start() : month.atDay(1);
        LocalDate to = e.end() != null && e.end().isBefore(month.atEndOfMonth()) ? e.end() : month.atEndOfMonth();
        List<LocalDate> starts = new ArrayList<>();
        starts.add(from);
        starts.addAll(e.changeDaysIn(from, to));
        List<SalarySegment> segments = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            LocalDate end = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : to;
            BigDecimal salary = e.salaryOn(start);
            if (salary == null) {
                problems.add(Problem.error(e.id(), "SALARY_MISSING", "Månadslön saknas från " + start + "."));
                continue;
            }
            segments.add(new SalarySegment(start, end, salary, e.rateOn(start)));
        }
        return segments;
    }

    private static BigDecimal monthlySalaryOn(EmployeeInput.Employment e, LocalDate day) {
        BigDecimal salary = e.salaryOn(day);
        return salary == null ? ZERO : e.atRateOn(salary, day);
    }

    /** The calculator's lines with the employment and their earning dates (segments, then one or two lines per variable). */
    private List<EmployeePay.Line> lines(EmployeeInput.Employment e, List<SalarySegment> segments, List<DeviationVariables.Mapped> variables,
                                         List<OneOffPayment> retro, List<PayCalculator.PayLine> calculated) {
        List<LocalDate[]> earned = new ArrayList<>();
        segments.forEach(s -> earned.add(new LocalDate[] {s.from(), s.to()}));
        variables.forEach(v -> {
            for (int i = 0; i < v.lines(); i++)
                earned.add(new LocalDate[] {v.from(), v.to()});
        });
        retro.forEach(r -> earned.add(new LocalDate[] {r.earnedFrom(), r.earnedTo()}));
        boolean aligned = earned.size() == calculated.size();
        YearMonth previous = month.minusMonths(1);
        List<EmployeePay.Line> result = new ArrayList<>(calculated.size());
        for (int i = 0; i < calculated.size(); i++) {
            PayCalculator.PayLine l = calculated.get(i);
            LocalDate[] dates = l.earnedFrom() != null ? new LocalDate[] {l.earnedFrom(), l.earnedTo()} : aligned ? earned.get(i) : i < segments.size() ? new LocalDate[] {segments.get(i).from(), segments.get(i).to()}
                    : new LocalDate[] {previous.atDay(1), previous.atEndOfMonth()};
            result.add(new EmployeePay.Line(e.id(), e.costCentre(), l.code(), truncate(l.text()), l.amount(), l.taxable(), dates[0], dates[1]));
        }
        return result;
    }

    private static String truncate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200);
    }
}
