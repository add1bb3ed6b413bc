package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.payroll.rules.PayCalculator;
import se.servicekontor.payroll.rules.PayCalculator.Variable;
import se.servicekontor.payroll.timereport.DeviationCode;

/**
 * Maps an employment's deviations to the calculator's variables, remembering for each variable the dates
 * it was earned and how many pay lines the calculator makes of it (so each line keeps its earning dates).
 * An absence's quantity is its extent in percent of each day (null = all day): part-day sickness, leave, VAB and parental
 * leave are deducted (and sick pay paid) for that share. An absence on days when another employment rate was in force than on
 * the day the month's salary is taken from is priced at the rate of its days (split where the rate changes; a sick period
 * over a change is priced at the rate of its first day and flagged). Overtime of hourly-paid staff is paid on their hourly rate. What
 * the rules cannot pay becomes an error in the list instead of a wrong amount.
 */
final class DeviationVariables {

    /** A variable with its earning dates and the number of pay lines it gives. */
    record Mapped(Variable variable, LocalDate from, LocalDate to, int lines) {
    }

    record Result(List<Mapped> variables, List<Long> paidDeviations, List<Problem> problems) {
    }

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    /** Sjuklönelagen (1991:1047) 7 §: a new sick period within five days of the last one continues it (no new karensavdrag). */
    static final int RELAPSE_DAYS = 5;

    private DeviationVariables() {
    }

    /** Every deviation priced at the monthly salary the calculator is given (no employment rate by day). */
    static Result map(EmployeeInput.Employment employment, List<EmployeeInput.Deviation> deviations) {
        return map(employment, deviations, null);
    }

    /**
     * @param salaryDay the day whose salary and rate the calculator's monthly salary is (the end of the earning month, or the
     *                  employment's end before it); absences on days with another rate carry their own monthly salary
     */
    static Result map(EmployeeInput.Employment employment, List<EmployeeInput.Deviation> deviations, LocalDate salaryDay) {
        List<Mapped> variables = new ArrayList<>();
        List<Long> paid = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        LocalDate sickFirstDay = null;
        LocalDate sickLastDay = null;
        boolean hourly = employment.form() == EmploymentForm.HOURLY;
        for (EmployeeInput.Deviation d : deviations) {
            String what = d.code().code() + " " + d.from() + "–" + d.to();
            BigDecimal extent = d.code().kind() == DeviationCode.Kind.ABSENCE && d.quantity() != null ? d.quantity() : FULL;
            if (extent.signum() <= 0 || extent.compareTo(FULL) > 0) {
                problems.add(Problem.error(employment.id(), "ABSENCE_EXTENT_INVALID", "Omfattningen " + extent.stripTrailingZeros()
                        .toPlainString() + " % är inte mellan 0 och 100: " + what + " är inte beräknad. Rätta avvikelsen."));
                continue;
            }
            if (hourly && d.code().kind() == DeviationCode.Kind.ABSENCE) {
                paid.add(d.id()); // timavlönade: no salary to deduct from; absent hours are simply not reported as worked
                continue;
            }
            BigDecimal hourlyRate = employment.salaryOn(d.to()); // for hourly staff: the hourly rate
            if (d.code().kind() == DeviationCode.Kind.HOURS && hourlyRate == null && (d.code() == DeviationCode.HOURS_WORKED
                    || hourly && (d.code() == DeviationCode.OVERTIME_SIMPLE || d.code() == DeviationCode.OVERTIME_QUALIFIED))) {
                problems.add(Problem.error(employment.id(), "HOURLY_RATE_MISSING_FOR_HOURS", "Timlön saknas för " + what
                        + (d.quantity() == null ? "" : " (" + d.quantity().stripTrailingZeros().toPlainString() + " tim)") + " är inte beräknad."));
                continue;
            }
            List<LocalDate> workDays = PayCalculator.weekdays(d.from(), d.to());
            Variable variable = switch (d.code()) {
                case SICK_LEAVE -> {
                    boolean relapse = sickLastDay != null && ChronoUnit.DAYS.between(sickLastDay, d.from()) <= RELAPSE_DAYS;
                    LocalDate first = relapse ? sickFirstDay : d.from();
                    sickFirstDay = first;
                    sickLastDay = d.to();
                    yield new Variable.Sickness(first, workDays, !relapse, extent);
                }
                case VACATION -> {
                    if (extent.compareTo(FULL) < 0)
                        problems.add(Problem.warning(employment.id(), "PART_DAY_VACATION", "Semester på deltid ("
                                + extent.stripTrailingZeros().toPlainString() + " %): " + what + " — semesterdagstillägget är beräknat för "
                                + "den delen av varje dag. Semester tas normalt ut i hela dagar; kontrollera uttaget."));
                    yield new Variable.Vacation(workDays.size(), extent);
                }
                case LEAVE_OF_ABSENCE, CARE_OF_SICK_CHILD, PARENTAL_LEAVE -> new Variable.UnpaidLeave(workDays, extent);
                case OVERTIME_SIMPLE, OVERTIME_QUALIFIED -> hourly
                        ? new Variable.HourlyOvertime(d.quantity(), hourlyRate, d.code() == DeviationCode.OVERTIME_QUALIFIED)
                        : new Variable.Overtime(d.quantity(), d.code() == DeviationCode.OVERTIME_QUALIFIED);
                case OB_A -> new Variable.InconvenientHours('A', d.quantity());
                case OB_B -> new Variable.InconvenientHours('B', d.quantity());
                case OB_C -> new Variable.InconvenientHours('C', d.quantity());
                case OB_D -> new Variable.InconvenientHours('D', d.quantity());
                case ADDITION -> new Variable.Addition(d.amount());
                case DEDUCTION -> new Variable.NetDeduction(d.amount());
                case HOURS_WORKED -> new Variable.HourlyWork(d.quantity(), hourlyRate);
            };
            if (salaryDay != null && d.code().kind() == DeviationCode.Kind.ABSENCE)
                variables.addAll(atTheirRates(employment, d, variable, extent, salaryDay, problems));
            else
                variables.add(new Mapped(variable, d.from(), d.to(), variable instanceof Variable.Sickness ? 2 : 1));
            paid.add(d.id());
        }
        return new Result(variables, paid, problems);
    }

    /**
     * An absence priced at the employment rate of its days: unchanged when that is the rate of the salary day; otherwise
     * with its own monthly salary (the salary day's full-time salary × the rate of its days). Leave and vacation over a rate
     * change are split where the rate changes; a sick period is not (its karensavdrag and day count are one), so it takes
     * the rate of its first day and is flagged for checking.
     */
    private static List<Mapped> atTheirRates(EmployeeInput.Employment employment, EmployeeInput.Deviation d, Variable variable,
                                             BigDecimal extent, LocalDate salaryDay, List<Problem> problems) {
        int lines = variable instanceof Variable.Sickness ? 2 : 1;
        BigDecimal salary = employment.salaryOn(salaryDay);
        if (salary == null)
            return List.of(new Mapped(variable, d.from(), d.to(), lines));
        BigDecimal monthRate = employment.rateOn(salaryDay);
        List<LocalDate> starts = new ArrayList<>();
        starts.add(d.from());
        for (EmployeeInput.Rate r : employment.rates())
            if (r.validFrom().isAfter(d.from()) && !r.validFrom().isAfter(d.to()))
                starts.add(r.validFrom());
        if (starts.size() == 1 || variable instanceof Variable.Sickness) {
            if (starts.size() > 1)
                problems.add(Problem.warning(employment.id(), "RATE_CHANGE_IN_SICK_PERIOD", "Tjänstgöringsgraden ändras under sjukperioden "
                        + d.from() + "–" + d.to() + ": sjukavdrag och sjuklön är beräknade med graden från " + d.from()
                        + ". Kontrollera beloppen."));
            return List.of(new Mapped(priced(variable, salary, employment.rateOn(d.from()), monthRate), d.from(), d.to(), lines));
        }
        List<Mapped> parts = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i);
            LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : d.to();
            List<LocalDate> workDays = PayCalculator.weekdays(from, to);
            Variable part = variable instanceof Variable.Vacation ? new Variable.Vacation(workDays.size(), extent)
                    : new Variable.UnpaidLeave(workDays, extent);
            parts.add(new Mapped(priced(part, salary, employment.rateOn(from), monthRate), from, to, 1));
        }
        return parts;
    }

    private static Variable priced(Variable variable, BigDecimal fullTimeSalary, BigDecimal rate, BigDecimal monthRate) {
        return rate.compareTo(monthRate) == 0 ? variable
                : new Variable.AtSalary(fullTimeSalary.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP), variable);
    }
}
