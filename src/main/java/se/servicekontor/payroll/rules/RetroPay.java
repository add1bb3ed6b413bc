package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import se.servicekontor.payroll.rules.PayCalculator.SalarySegment;
import se.servicekontor.payroll.rules.PayCalculator.Variable.OneOffPayment;

/**
 * Retroactive pay (retroaktiv lön): after a backdated salary change (the yearly pay review decided
 * months after its 1 April start), the fixed salary each month already paid should have been, less
 * what was paid, month by month with the rules valid then (pro-rating by calendar days as
 * {@link PayCalculator#proRated}); paid as one-off payments, one line per historic month.
 */
// DOMAIN.md §3 Pay calendar: "computed as the difference per historic month with the rules valid then, paid as a one-off amount"
public final class RetroPay {

    /** A full-time monthly salary valid from a day until the next change. */
    public record SalaryChange(LocalDate from, BigDecimal fullTimeMonthlySalary) {
        public SalaryChange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(fullTimeMonthlySalary, "fullTimeMonthlySalary");
        }
    }

    /** An employment rate in percent valid from a day until the next change; 0 = not employed (or the employment ended). */
    public record RateChange(LocalDate from, BigDecimal ratePercent) {
        public RateChange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(ratePercent, "ratePercent");
        }
    }

    /** A month already paid and the fixed salary paid for it. */
    public record PaidMonth(YearMonth month, BigDecimal paidFixedSalary) {
        public PaidMonth {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(paidFixedSalary, "paidFixedSalary");
        }
    }

    /** One historic month: the fixed salary due under the history as it is now, what was paid, and the difference. */
    public record MonthDifference(YearMonth month, BigDecimal due, BigDecimal paid, BigDecimal difference) {

        /** The month's one-off payment, "Retroaktiv lön 2026-04". */
        public OneOffPayment oneOffPayment() {
            return new OneOffPayment(difference, OneOffPayment.Kind.RETRO_PAY, OneOffPayment.Kind.RETRO_PAY.text() + " " + month,
                    month.atDay(1), month.atEndOfMonth());
        }
    }

    /** The months in order and their total. */
    public record Result(List<MonthDifference> months, BigDecimal total) {
        public Result {
            months = List.copyOf(months);
        }

        /** One one-off payment per month with a difference, to pass to {@link PayCalculator#calculate} (keeps the earning month). */
        public List<OneOffPayment> oneOffPayments() {
            return months.stream().filter(m -> m.difference().signum() != 0).map(MonthDifference::oneOffPayment).toList();
        }

        /** The total as one one-off payment, "Retroaktiv lön 2026-04–2026-09"; empty when nothing is owed either way. */
        public Optional<OneOffPayment> totalAsOneOffPayment() {
            if (total.signum() == 0)
                return Optional.empty();
            YearMonth first = months.get(0).month();
            YearMonth last = months.get(months.size() - 1).month();
            return Optional.of(new OneOffPayment(total, OneOffPayment.Kind.RETRO_PAY, OneOffPayment.Kind.RETRO_PAY.text() + " " + first
                    + (first.equals(last) ? "" : "–" + last), first.atDay(1), last.atEndOfMonth()));
        }
    }

    private RetroPay() {
    }

    /**
     * @param salaryHistory every full-time salary with the day it applies from, including the backdated change
     * @param rates the employment rate and the days it applies from; days before the first are not employed
     * @param paid the months already paid and the fixed salary paid for each
     */
    public static Result calculate(List<SalaryChange> salaryHistory, List<RateChange> rates, List<PaidMonth> paid) {
        List<SalaryChange> salaries = salaryHistory.stream().sorted(Comparator.comparing(SalaryChange::from)).toList();
        List<RateChange> rateChanges = rates.stream().sorted(Comparator.comparing(RateChange::from)).toList();
        Set<YearMonth> seen = new HashSet<>();
        List<MonthDifference> months = new ArrayList<>();
        for (PaidMonth month : paid.stream().sorted(Comparator.comparing(PaidMonth::month)).toList()) {
            if (!seen.add(month.month()))
                throw new IllegalArgumentException(month.month() + " is listed as paid twice; give one fixed salary paid per month");
            BigDecimal due = due(month.month(), salaries, rateChanges);
            BigDecimal paidAmount = month.paidFixedSalary().setScale(2);
            months.add(new MonthDifference(month.month(), due, paidAmount, due.subtract(paidAmount)));
        }
        BigDecimal total = months.stream().map(MonthDifference::difference).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Result(months, total);
    }

    /** The month's fixed salary under the history: one segment per stretch of unchanged salary and rate, each pro-rated. */
    static BigDecimal due(YearMonth month, List<SalaryChange> salaries, List<RateChange> rates) {
        TreeSet<LocalDate> starts = new TreeSet<>();
        starts.add(month.atDay(1));
        salaries.stream().map(SalaryChange::from).filter(d -> YearMonth.from(d).equals(month)).forEach(starts::add);
        rates.stream().map(RateChange::from).filter(d -> YearMonth.from(d).equals(month)).forEach(starts::add);
        BigDecimal due = BigDecimal.ZERO.setScale(2);
        for (LocalDate start : starts) {
            LocalDate next = starts.higher(start);
            LocalDate end = next == null ? month.atEndOfMonth() : next.minusDays(1);
            Optional<SalaryChange> salary = latest(salaries, start, SalaryChange::from);
            Optional<RateChange> rate = latest(rates, start, RateChange::from);
            if (salary.isEmpty() || rate.isEmpty() || rate.get().ratePercent().signum() == 0)
                continue;
            due = due.add(PayCalculator.proRated(new SalarySegment(start, end, salary.get().fullTimeMonthlySalary(), rate.get().ratePercent()),
                    month.lengthOfMonth()));
        }
        return due;
    }

    private static <T> Optional<T> latest(List<T> sorted, LocalDate day, java.util.function.Function<T, LocalDate> from) {
        T found = null;
        for (T item : sorted)
            if (!from.apply(item).isAfter(day))
                found = item;
        return Optional.ofNullable(found);
    }
}
