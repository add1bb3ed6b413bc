package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.payroll.rules.PayCalculator;
import se.servicekontor.payroll.rules.PayCalculator.Variable;

/**
 * Maps an employment's deviations to the calculator's variables, remembering for each variable the dates
 * it was earned and how many pay lines the calculator makes of it (so each line keeps its earning dates).
 * What the rules cannot pay yet becomes an error in the list instead of a wrong amount.
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

    static Result map(EmployeeInput.Employment employment, List<EmployeeInput.Deviation> deviations) {
        List<Mapped> variables = new ArrayList<>();
        List<Long> paid = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        LocalDate sickFirstDay = null;
        LocalDate sickLastDay = null;
        boolean hourly = employment.form() == EmploymentForm.HOURLY;
        for (EmployeeInput.Deviation d : deviations) {
            String what = d.code().code() + " " + d.from() + "–" + d.to();
            boolean partial = d.code().kind() == se.servicekontor.payroll.timereport.DeviationCode.Kind.ABSENCE
                    && d.quantity() != null && d.quantity().compareTo(FULL) < 0;
            if (partial) {
                problems.add(Problem.error(employment.id(), "RULE_MISSING_PART_TIME_ABSENCE", "Frånvaro på deltid ("
                        + d.quantity().stripTrailingZeros().toPlainString() + " %) saknar regel i lönereglerna: " + what
                        + " är inte beräknad. Beräkna avdraget manuellt (TILL/AVDR) eller invänta regeln."));
                continue;
            }
            List<LocalDate> workDays = PayCalculator.weekdays(d.from(), d.to());
            Variable variable = switch (d.code()) {
                case SICK_LEAVE -> {
                    boolean relapse = sickLastDay != null && ChronoUnit.DAYS.between(sickLastDay, d.from()) <= RELAPSE_DAYS;
                    LocalDate first = relapse ? sickFirstDay : d.from();
                    sickFirstDay = first;
                    sickLastDay = d.to();
                    yield new Variable.Sickness(first, workDays, !relapse);
                }
                case VACATION -> new Variable.Vacation(workDays.size());
                case LEAVE_OF_ABSENCE, CARE_OF_SICK_CHILD, PARENTAL_LEAVE -> new Variable.UnpaidLeave(workDays);
                case OVERTIME_SIMPLE, OVERTIME_QUALIFIED -> hourly ? null
                        : new Variable.Overtime(d.quantity(), d.code() == se.servicekontor.payroll.timereport.DeviationCode.OVERTIME_QUALIFIED);
                case OB_A -> new Variable.InconvenientHours('A', d.quantity());
                case OB_B -> new Variable.InconvenientHours('B', d.quantity());
                case OB_C -> new Variable.InconvenientHours('C', d.quantity());
                case OB_D -> new Variable.InconvenientHours('D', d.quantity());
                case ADDITION -> new Variable.Addition(d.amount());
                case DEDUCTION -> new Variable.NetDeduction(d.amount());
                case HOURS_WORKED -> employment.salaryOn(d.to()) == null ? null // no hourly rate: HOURLY_RATE_MISSING in the checks
                        : new Variable.HourlyWork(d.quantity(), employment.salaryOn(d.to()));
            };
            if (variable == null) {
                problems.add(Problem.error(employment.id(), d.code() == se.servicekontor.payroll.timereport.DeviationCode.HOURS_WORKED
                                ? "HOURLY_RATE_MISSING_FOR_HOURS" : "RULE_MISSING_HOURLY_OVERTIME",
                        (d.code() == se.servicekontor.payroll.timereport.DeviationCode.HOURS_WORKED ? "Timlön saknas för " : "Övertid för timavlönade saknar regel: ")
                        + what + (d.quantity() == null ? "" : " (" + d.quantity().stripTrailingZeros().toPlainString() + " tim)")
                        + " är inte beräknad."));
                continue;
            }
            if (hourly && d.code().kind() == se.servicekontor.payroll.timereport.DeviationCode.Kind.ABSENCE) {
                paid.add(d.id()); // timavlönade: no salary to deduct from; absent hours are simply not reported as worked
                continue;
            }
            variables.add(new Mapped(variable, d.from(), d.to(), variable instanceof Variable.Sickness ? 2 : 1));
            paid.add(d.id());
        }
        return new Result(variables, paid, problems);
    }
}
