package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One employee's pay for one payment month: the fixed monthly salary of that month (pro-rated for
 * start, end and changes of salary or employment rate within it), and the variable pay and absence of
 * the month before (eftersläp): sick pay, absence deductions, vacation supplement, overtime, OB and
 * one-off amounts; then preliminary tax and the employer's contributions. Plain Java: the pay run
 * feeds it what the database holds.
 */
public final class PayCalculator {

    /** A part of the payment month with one full-time monthly salary and one employment rate. */
    public record SalarySegment(LocalDate from, LocalDate to, BigDecimal fullTimeMonthlySalary, BigDecimal ratePercent) {
        public SalarySegment {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from))
                throw new IllegalArgumentException("Segment ends before it starts");
        }

        /** The monthly salary at this rate: full-time salary × rate / 100, in öre. */
        BigDecimal monthlySalary() {
            return money(fullTimeMonthlySalary.multiply(ratePercent).movePointLeft(2));
        }
    }

    /** Variable pay and absence of the previous month, as deviations. */
    public sealed interface Variable {
        /** The extent of an absence that takes the whole day. */
        BigDecimal FULL_EXTENT = BigDecimal.valueOf(100);

        /** A karensavdrag carried from an earlier pay run: null means none; only on a part that makes no new karensavdrag. */
        private static BigDecimal carried(boolean karensApplies, BigDecimal karensCarried) {
            if (karensCarried == null || karensCarried.signum() == 0)
                return money(BigDecimal.ZERO);
            if (karensCarried.signum() < 0 || karensCarried.stripTrailingZeros().scale() > 2)
                throw new IllegalArgumentException("A carried karensavdrag must be kronor and öre, not negative, was "
                        + karensCarried.toPlainString());
            if (karensApplies)
                throw new IllegalArgumentException("A new karensavdrag and one carried from an earlier part of the period exclude each other");
            return money(karensCarried);
        }

        /** An absence's extent in percent of the day: null means all day; otherwise above 0 and at most 100. */
        private static BigDecimal extent(BigDecimal percent) {
            if (percent == null)
                return FULL_EXTENT;
            if (percent.signum() <= 0 || percent.compareTo(FULL_EXTENT) > 0)
                throw new IllegalArgumentException("An absence's extent must be above 0 and at most 100 %, was " + percent.toPlainString());
            return percent;
        }

        /**
         * Sick days of one sick period. Days 1–14: the work days with lost pay, paid by SickPay. From day 15: every
         * calendar day is deducted per calendar day, with the AB addition of 10 % on days 15–90 (SickPayFromDay15) — the
         * days of from–to when they are given (the pay run: the time report's row, paid whole in the run after the month of
         * its last day, weekends and the days of an earlier month included), otherwise every calendar day up to lastDay that
         * lies in the month the variable pay was earned (the payment month − 1). A period that goes on after the row is
         * reported again, with the same firstDay and karensApplies = false; that row's own days are its part.
         *
         * @param firstDay day 1 of the sick period (with a relapse within five days, day 1 of the earlier period)
         * @param lastDay the last calendar day of sickness known (may lie after the month; a weekend counts)
         * @param extentPercent how much of each day the employee is sick (deltidssjukskrivning, e.g. 50): the lost pay, the
         *        deduction and the sick pay are this share of a full day's; the karensavdrag is not (see SickPay)
         * @param karensCarried with karensApplies false: the karensavdrag an earlier part of the same sick period, paid in an
         *        earlier pay run (the month before), could not carry; it is taken from this part's sick pay (DOMAIN.md §3)
         * @param from the first calendar day of the row paid (at or after firstDay), or null with to null: the earning month
         * @param to the row's last calendar day (at or after from), or null with from null
         */
        record Sickness(LocalDate firstDay, List<LocalDate> workDays, boolean karensApplies, LocalDate lastDay,
                        BigDecimal extentPercent, BigDecimal karensCarried, LocalDate from, LocalDate to) implements Variable {
            public Sickness {
                Objects.requireNonNull(firstDay, "firstDay");
                workDays = List.copyOf(workDays);
                Objects.requireNonNull(lastDay, "lastDay");
                if (lastDay.isBefore(firstDay))
                    throw new IllegalArgumentException("The sick period ends " + lastDay + ", before its first day " + firstDay);
                extentPercent = extent(extentPercent);
                karensCarried = carried(karensApplies, karensCarried);
                if ((from == null) != (to == null))
                    throw new IllegalArgumentException("A sick row's days need both a first and a last day, were " + from + "–" + to);
                if (from != null && (from.isBefore(firstDay) || to.isBefore(from)))
                    throw new IllegalArgumentException("The sick row " + from + "–" + to + " does not lie in the period from " + firstDay);
            }

            /**
             * One row of a time report, from–to (the pay run): its work days, and from day 15 its own calendar days.
             *
             * @param karensCarried null unless karensApplies is false and an earlier run's part left a karensavdrag
             */
            public static Sickness row(LocalDate firstDay, LocalDate from, LocalDate to, List<LocalDate> workDays, boolean karensApplies,
                                       BigDecimal extentPercent, BigDecimal karensCarried) {
                return new Sickness(firstDay, workDays, karensApplies, to, extentPercent, karensCarried, from, to);
            }

            /** Days from 15 on in the earning month up to lastDay (no row's days given). */
            public Sickness(LocalDate firstDay, List<LocalDate> workDays, boolean karensApplies, LocalDate lastDay,
                            BigDecimal extentPercent, BigDecimal karensCarried) {
                this(firstDay, workDays, karensApplies, lastDay, extentPercent, karensCarried, null, null);
            }

            /** Nothing carried from an earlier pay run. */
            public Sickness(LocalDate firstDay, List<LocalDate> workDays, boolean karensApplies, LocalDate lastDay,
                            BigDecimal extentPercent) {
                this(firstDay, workDays, karensApplies, lastDay, extentPercent, null);
            }

            /** Sick all day (100 %). */
            public Sickness(LocalDate firstDay, List<LocalDate> workDays, boolean karensApplies, LocalDate lastDay) {
                this(firstDay, workDays, karensApplies, lastDay, FULL_EXTENT);
            }

            /** A sick period whose last day is its last sick work day given, sick all day. */
            public Sickness(LocalDate firstDay, List<LocalDate> workDays, boolean karensApplies) {
                this(firstDay, workDays, karensApplies, lastWorkDay(firstDay, workDays));
            }

            /** A sick period whose last day is its last sick work day given, sick extentPercent of each day. */
            public Sickness(LocalDate firstDay, List<LocalDate> workDays, boolean karensApplies, BigDecimal extentPercent) {
                this(firstDay, workDays, karensApplies, lastWorkDay(firstDay, workDays), extentPercent);
            }

            private static LocalDate lastWorkDay(LocalDate firstDay, List<LocalDate> workDays) {
                return workDays.isEmpty() ? firstDay : workDays.get(workDays.size() - 1);
            }
        }
        /**
         * Leave without pay (tjänstledighet, VAB, parental leave): work days deducted, each by extentPercent of AB § 28's day
         * value of its month (partial leave, e.g. 25 % parental leave). The pay run uses {@link LeaveOfAbsence}, which also
         * deducts a whole calendar month as the whole salary.
         */
        record UnpaidLeave(List<LocalDate> workDays, BigDecimal extentPercent) implements Variable {
            public UnpaidLeave {
                workDays = List.copyOf(workDays);
                extentPercent = extent(extentPercent);
            }

            /** Off all day (100 %). */
            public UnpaidLeave(List<LocalDate> workDays) {
                this(workDays, FULL_EXTENT);
            }
        }
        /**
         * Leave without pay under AB § 28 (AbsenceDeduction): each scheduled work day by the day value of its month (monthly
         * salary ÷ the month's calendar days × 7 ÷ work days a week), a whole calendar month of the leave as the whole salary;
         * each day by extentPercent of the day's pay. The days from–to are deducted (the pay run pays a row once, in the run
         * after the month of its last day; a row over a month end is stored as one row per month); whether a calendar month
         * is absent whole is judged on the whole leave leaveFrom–leaveTo, which is longer than from–to when the row is a part
         * priced at its own salary or continues a row of the same leave.
         *
         * @param workDays the schedule's work days of from–to (the line's earning dates)
         * @param leaveFrom first day of the whole leave, at or before from (null: from)
         * @param leaveTo last day of the whole leave, at or after to (null: to)
         * @param text what the leave is, for the pay slip, e.g. "tjänstledighet" (null: "ledighet")
         */
        record LeaveOfAbsence(LocalDate from, LocalDate to, List<LocalDate> workDays, BigDecimal extentPercent, LocalDate leaveFrom,
                              LocalDate leaveTo, String text) implements Variable {
            public LeaveOfAbsence {
                Objects.requireNonNull(from, "from");
                Objects.requireNonNull(to, "to");
                if (to.isBefore(from))
                    throw new IllegalArgumentException("The leave ends " + to + ", before it starts " + from);
                workDays = List.copyOf(workDays);
                extentPercent = extent(extentPercent);
                leaveFrom = leaveFrom == null ? from : leaveFrom;
                leaveTo = leaveTo == null ? to : leaveTo;
                if (leaveFrom.isAfter(from) || leaveTo.isBefore(to))
                    throw new IllegalArgumentException("The days " + from + "–" + to + " lie outside the leave " + leaveFrom + "–" + leaveTo);
                text = text == null || text.isBlank() ? "ledighet" : text;
            }

            /** A whole leave, off extentPercent of each day. */
            public LeaveOfAbsence(LocalDate from, LocalDate to, List<LocalDate> workDays, BigDecimal extentPercent) {
                this(from, to, workDays, extentPercent, null, null, null);
            }

            /** A whole leave, off all day (100 %). */
            public LeaveOfAbsence(LocalDate from, LocalDate to, List<LocalDate> workDays) {
                this(from, to, workDays, FULL_EXTENT);
            }

            /** The part from–to of this leave (same whole leave, extent and text), with the schedule's work days of that part. */
            public LeaveOfAbsence part(LocalDate partFrom, LocalDate partTo, WorkSchedule schedule) {
                return new LeaveOfAbsence(partFrom, partTo, schedule.workDays(partFrom, partTo), extentPercent, leaveFrom, leaveTo, text);
            }

            /** True when the days deducted are only a part of the leave judged. */
            public boolean isPart() {
                return !leaveFrom.equals(from) || !leaveTo.equals(to);
            }
        }
        /** Hours of unpaid absence on a day otherwise worked: monthly salary × 12 / (52 × weekly hours) per hour (AB § 28). */
        record AbsenceHours(BigDecimal hours, BigDecimal weeklyHours) implements Variable {
            public AbsenceHours {
                Objects.requireNonNull(hours, "hours");
                Objects.requireNonNull(weeklyHours, "weeklyHours");
            }
        }
        /**
         * Paid vacation days taken: salary continues, plus the semesterdagstillägg; with extentPercent below 100 (vacation
         * for part of each day) the supplement for that share of each day.
         */
        record Vacation(int paidDays, BigDecimal extentPercent) implements Variable {
            public Vacation {
                extentPercent = extent(extentPercent);
            }

            /** Whole vacation days (100 %). */
            public Vacation(int paidDays) {
                this(paidDays, FULL_EXTENT);
            }
        }
        /** Overtime hours of a monthly-paid employee; qualified = nights, weekends, public holidays. */
        record Overtime(BigDecimal hours, boolean qualified) implements Variable {
        }
        /**
         * Overtime hours of an hourly-paid employee (timavlönad), paid on the hourly rate instead of monthly salary / 165;
         * the hours are not also reported as hours worked ({@link HourlyWork}).
         */
        record HourlyOvertime(BigDecimal hours, BigDecimal hourlyRate, boolean qualified) implements Variable {
            public HourlyOvertime {
                Objects.requireNonNull(hours, "hours");
                Objects.requireNonNull(hourlyRate, "hourlyRate");
            }
        }
        /** Inconvenient hours of one category (A–D). */
        record InconvenientHours(char category, BigDecimal hours) implements Variable {
        }
        /** Hours worked at an hourly rate (timlön), for hourly staff or extra hours paid by the hour. */
        record HourlyWork(BigDecimal hours, BigDecimal hourlyRate) implements Variable {
            public HourlyWork {
                Objects.requireNonNull(hours, "hours");
                Objects.requireNonNull(hourlyRate, "hourlyRate");
            }
        }
        /**
         * Hours of one booked shift an hourly-paid employee (timavlönad) lost to sickness (SJT). On days 1–14 of the sick
         * period: sick pay 80 % of hours × hourly rate, less the karensavdrag when karensApplies (20 % of an average week's sick
         * pay = 0.2 × 0.8 × hourly rate × weeklyHours); what a shift cannot carry continues on the period's next shifts, also
         * into a later pay run as karensCarried. From day 15 nothing is paid here and day 15 is reported (see SickPay).
         *
         * @param firstDay day 1 of the sick period (with a relapse within five days, day 1 of the earlier period)
         * @param day the shift's date
         * @param weeklyHours the employment's average working hours a week (employment.weekly_hours)
         * @param karensCarried with karensApplies false: what an earlier part of the period, paid in an earlier run, could not carry
         */
        record HourlySickPay(LocalDate firstDay, LocalDate day, BigDecimal hours, BigDecimal hourlyRate, BigDecimal weeklyHours,
                             boolean karensApplies, BigDecimal karensCarried) implements Variable {
            public HourlySickPay {
                Objects.requireNonNull(firstDay, "firstDay");
                Objects.requireNonNull(day, "day");
                Objects.requireNonNull(hours, "hours");
                Objects.requireNonNull(hourlyRate, "hourlyRate");
                Objects.requireNonNull(weeklyHours, "weeklyHours");
                if (day.isBefore(firstDay))
                    throw new IllegalArgumentException("The shift " + day + " lies before the sick period's first day " + firstDay);
                if (hours.signum() <= 0 || weeklyHours.signum() <= 0)
                    throw new IllegalArgumentException("Sick hours and weekly hours must be above 0, were " + hours.toPlainString()
                            + " and " + weeklyHours.toPlainString());
                karensCarried = carried(karensApplies, karensCarried);
            }

            /** Nothing carried from an earlier pay run. */
            public HourlySickPay(LocalDate firstDay, LocalDate day, BigDecimal hours, BigDecimal hourlyRate, BigDecimal weeklyHours,
                                 boolean karensApplies) {
                this(firstDay, day, hours, hourlyRate, weeklyHours, karensApplies, null);
            }
        }
        /** A one-off taxable addition (engångstillägg). */
        record Addition(BigDecimal amount) implements Variable {
        }
        /**
         * A one-off payment (engångsbelopp: retro pay, bonus, vacation compensation at termination), taxed by the
         * one-off table on the expected annual income instead of the monthly table. Unlike {@link Addition}.
         */
        record OneOffPayment(BigDecimal amount, Kind kind, String text, LocalDate earnedFrom, LocalDate earnedTo) implements Variable {
            /**
             * @param earnedFrom first day the amount was earned (retro pay: the historic month); null = the earning month
             * @param earnedTo last day, inclusive; null when earnedFrom is
             */
            public OneOffPayment {
                Objects.requireNonNull(amount, "amount");
                Objects.requireNonNull(kind, "kind");
                text = text == null || text.isBlank() ? kind.text() : text;
                if ((earnedFrom == null) != (earnedTo == null) || earnedFrom != null && earnedTo.isBefore(earnedFrom))
                    throw new IllegalArgumentException("Give both earning dates, in order, or neither: " + earnedFrom + "–" + earnedTo);
            }

            /** Earned in the earning month (payment month − 1). */
            public OneOffPayment(BigDecimal amount, Kind kind, String text) {
                this(amount, kind, text, null, null);
            }

            /** With the kind's own pay slip text. */
            public OneOffPayment(BigDecimal amount, Kind kind) {
                this(amount, kind, kind.text());
            }

            /** What the one-off payment is; the code is the pay line's. */
            public enum Kind {
                RETRO_PAY("RETRO", "Retroaktiv lön"),
                BONUS("BONUS", "Bonus"),
                VACATION_COMPENSATION("SEMERS", "Semesterersättning vid anställningens slut"),
                OTHER("ENGANG", "Engångsbelopp");

                private final String code;
                private final String text;

                Kind(String code, String text) {
                    this.code = code;
                    this.text = text;
                }

                public String code() {
                    return code;
                }

                public String text() {
                    return text;
                }
            }
        }
        /** A one-off deduction from net pay (engångsavdrag). */
        record NetDeduction(BigDecimal amount) implements Variable {
        }
        /**
         * A deviation priced with its own monthly salary instead of the one the month's variable pay is based on: an
         * absence on days when another employment rate was in force (the monthly salary at the rate of those days).
         */
        record AtSalary(BigDecimal monthlySalary, Variable variable) implements Variable {
            public AtSalary {
                Objects.requireNonNull(monthlySalary, "monthlySalary");
                Objects.requireNonNull(variable, "variable");
                if (variable instanceof AtSalary)
                    throw new IllegalArgumentException("A deviation has one monthly salary");
            }
        }
    }

    /**
     * One line of the pay slip; taxable lines make up gross pay, net deductions come after tax.
     *
     * @param earnedFrom first day the line's pay was earned (a salary segment, the sick days, the earning month); set by
     *        {@link #calculate} on every line, null only on lines built with the four-argument constructor
     * @param earnedTo last day the line's pay was earned, inclusive
     */
    public record PayLine(String code, String text, BigDecimal amount, boolean taxable, LocalDate earnedFrom, LocalDate earnedTo) {

        /** A line without earning dates. */
        public PayLine(String code, String text, BigDecimal amount, boolean taxable) {
            this(code, text, amount, taxable, null, null);
        }

        /** This line earned from–to, unless it already has dates. */
        PayLine earned(LocalDate from, LocalDate to) {
            return earnedFrom != null ? this : new PayLine(code, text, amount, taxable, from, to);
        }
    }

    /**
     * The month's result.
     *
     * @param tax all preliminary tax withheld: the monthly table on regular pay plus the one-off table on one-off payments
     * @param pension the employer's AKAP-KR pension cost on the month's pensionable pay (an employer cost, not in net)
     * @param notices what payroll staff must act on, e.g. {@link Notice#SICK_DAY_15}
     * @param karensLeft per sick period paid this month (by its day 1): the karensavdrag still to take after the month's parts
     *        ({@link SickPay.Result#karensLeft}), which a later run's part of the same period takes as karensCarried
     */
    public record Result(List<PayLine> lines, BigDecimal grossTaxable, BigDecimal tax, BigDecimal netDeductions,
                         BigDecimal net, BigDecimal employerContributions, LocalDate payday, PensionCost pension,
                         List<Notice> notices, Map<LocalDate, BigDecimal> karensLeft) {
        public Result {
            lines = List.copyOf(lines);
            Objects.requireNonNull(pension, "pension");
            notices = List.copyOf(notices);
            karensLeft = Map.copyOf(karensLeft);
        }

        /** A result without sick periods to continue. */
        public Result(List<PayLine> lines, BigDecimal grossTaxable, BigDecimal tax, BigDecimal netDeductions,
                      BigDecimal net, BigDecimal employerContributions, LocalDate payday, PensionCost pension,
                      List<Notice> notices) {
            this(lines, grossTaxable, tax, netDeductions, net, employerContributions, payday, pension, notices, Map.of());
        }

        /** A result without pension cost and notices, as built before they existed. */
        public Result(List<PayLine> lines, BigDecimal grossTaxable, BigDecimal tax, BigDecimal netDeductions,
                      BigDecimal net, BigDecimal employerContributions, LocalDate payday) {
            this(lines, grossTaxable, tax, netDeductions, net, employerContributions, payday, PensionCost.NONE, List.of());
        }
    }

    /**
     * Agreement figures that change yearly (reference data).
     *
     * @param overtimeDivisor     monthly salary / this = hourly pay for overtime (165)
     * @param simpleOvertimePct   180
     * @param qualifiedOvertimePct 240
     * @param vacationSupplementPct semesterdagstillägg per paid vacation day, % of the monthly salary (0.605)
     * @param obKronorPerHour     OB kronor per hour by category A–D
     */
    public record AgreementRates(BigDecimal overtimeDivisor, BigDecimal simpleOvertimePct, BigDecimal qualifiedOvertimePct,
                                 BigDecimal vacationSupplementPct, Map<Character, BigDecimal> obKronorPerHour) {
        // DOMAIN.md §3: AB §§ 20–21 as cited by public implementations; 2026-04-01 OB values — UNCONFIRMED, keep as data
        public static final AgreementRates AB_2026 = new AgreementRates(new BigDecimal("165"), new BigDecimal("180"),
                new BigDecimal("240"), new BigDecimal("0.605"), Map.of('A', new BigDecimal("130.70"), 'B', new BigDecimal("68.10"),
                        'C', new BigDecimal("58.40"), 'D', new BigDecimal("26.40")));

        /** OB categories looked up in the dated figures ("ab.ob.A" …). */
        static final String OB_CATEGORIES = "ABCD";

        public AgreementRates {
            Objects.requireNonNull(overtimeDivisor, "overtimeDivisor");
            Objects.requireNonNull(simpleOvertimePct, "simpleOvertimePct");
            Objects.requireNonNull(qualifiedOvertimePct, "qualifiedOvertimePct");
            Objects.requireNonNull(vacationSupplementPct, "vacationSupplementPct");
            obKronorPerHour = Map.copyOf(obKronorPerHour);
        }

        /**
         * The agreement figures valid on a day (the day the variable pay was earned), from the dated figures
         * {@code ab.overtime.*}, {@code ab.vacation.supplementPercentPerDay} and {@code ab.ob.A–D} (revised each 1 April).
         */
        public static AgreementRates on(ReferenceValues values, LocalDate day) {
            Map<Character, BigDecimal> ob = new java.util.HashMap<>();
            for (char category : OB_CATEGORIES.toCharArray())
                ob.put(category, values.value("ab.ob." + category, day));
            return new AgreementRates(values.value("ab.overtime.hourlyDivisor", day), values.value("ab.overtime.simplePercent", day),
                    values.value("ab.overtime.qualifiedPercent", day), values.value("ab.vacation.supplementPercentPerDay", day), ob);
        }
    }

    private final PreliminaryTax tax;
    private final EmployerContributions contributions;
    private final PayCalendar calendar;
    private final AkapKr pension;
    private final OneOffTax oneOffTax;
    private final DeviationLines deviationLines;

    /** Pay line codes taxed by the one-off table. */
    private static final Set<String> ONE_OFF_CODES = Arrays.stream(Variable.OneOffPayment.Kind.values())
            .map(Variable.OneOffPayment.Kind::code).collect(Collectors.toUnmodifiableSet());

    /** With the dated figures shipped inside the application ({@link ReferenceValues#bundled()}). */
    public PayCalculator(PreliminaryTax tax, EmployerContributions contributions, PayCalendar calendar, AgreementRates rates) {
        this(tax, contributions, calendar, rates, ReferenceValues.bundled());
    }

    /** @param values dated figures: base amounts, pension rates, vacation percentages, sick-pay addition */
    public PayCalculator(PreliminaryTax tax, EmployerContributions contributions, PayCalendar calendar, AgreementRates rates,
                         ReferenceValues values) {
        this(tax, contributions, calendar, rates, values, OneOffTax.bundled());
    }

    /** @param oneOffTax the one-off tax tables (engångsbelopp) for one-off payments */
    public PayCalculator(PreliminaryTax tax, EmployerContributions contributions, PayCalendar calendar, AgreementRates rates,
                         ReferenceValues values, OneOffTax oneOffTax) {
        this.oneOffTax = Objects.requireNonNull(oneOffTax);
        this.tax = Objects.requireNonNull(tax);
        this.contributions = Objects.requireNonNull(contributions);
        this.calendar = Objects.requireNonNull(calendar);
        this.pension = new AkapKr(values);
        this.deviationLines = new DeviationLines(Objects.requireNonNull(rates), values);
    }

    /**
     * @param month       the payment month
     * @param segments    the fixed salary's segments inside the payment month (none for hourly staff)
     * @param salaryOfPreviousMonth the monthly salary (at its rate) the variable pay of the previous month is based on
     * @param variable    the previous month's deviations
     */
    public Result calculate(YearMonth month, LocalDate birthDate, TaxDecision decision, List<SalarySegment> segments,
                            BigDecimal salaryOfPreviousMonth, List<Variable> variable) {
        return calculate(month, birthDate, decision, segments, salaryOfPreviousMonth, variable, WorkSchedule.STANDARD);
    }

    /**
     * As {@link #calculate(YearMonth, LocalDate, TaxDecision, List, BigDecimal, List)} for an employment on a work schedule:
     * its days a week give the absence factor of leave deductions and sick days (AB § 28).
     */
    public Result calculate(YearMonth month, LocalDate birthDate, TaxDecision decision, List<SalarySegment> segments,
                            BigDecimal salaryOfPreviousMonth, List<Variable> variable, WorkSchedule schedule) {
        List<PayLine> lines = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        int daysInMonth = month.lengthOfMonth();
        for (SalarySegment s : segments) {
            if (YearMonth.from(s.from()).compareTo(month) != 0 || YearMonth.from(s.to()).compareTo(month) != 0)
                throw new IllegalArgumentException("A salary segment must lie inside " + month);
            lines.add(new PayLine("MANADSLON", "Månadslön " + s.from() + "–" + s.to(), proRated(s, daysInMonth), true, s.from(), s.to()));
        }
        Map<LocalDate, BigDecimal> karensLeft = new java.util.HashMap<>();
        deviationLines.add(month, birthDate, salaryOfPreviousMonth, variable, lines, notices, karensLeft, schedule);
        BigDecimal gross = sum(lines, true);
        BigDecimal taxable = gross.max(money(BigDecimal.ZERO));
        LocalDate payday = calendar.payday(month);
        BigDecimal withheld = tax(month, decision, lines);
        BigDecimal netDeductions = sum(lines, false).negate();
        BigDecimal net = gross.subtract(withheld).subtract(netDeductions);
        BigDecimal employer = contributions.contribution(birthDate, payday, taxable);
        // AKAP-KR: pensionable pay taken as the month's taxable cash pay — UNCONFIRMED against AKAP-KR's definition
        PensionCost pensionCost = pension.cost(payday, taxable);
        return new Result(lines, gross, withheld, netDeductions, net, employer, payday, pensionCost, notices, karensLeft);
    }

    /** The sum of the taxable lines (or of the others), in öre; a loop, as it runs several times per employee in a pay run. */
    private static BigDecimal sum(List<PayLine> lines, boolean taxable) {
        BigDecimal sum = money(BigDecimal.ZERO);
        for (PayLine l : lines)
            if (l.taxable() == taxable)
                sum = sum.add(l.amount());
        return sum;
    }

    /**
     * The preliminary tax on a month's pay lines, in whole kronor (scale 2): the monthly table on the regular taxable pay
     * and the one-off table on the one-off payments (lines whose code is a {@link Variable.OneOffPayment.Kind}'s). For
     * {@link #calculate}, and for the pay run when one employee's lines from several employments are taxed together.
     */
    // SFL 12 kap. 6 §: one-off payments by the one-off table on the expected annual income including them; a negative
    // one-off (a retro claw-back) stays in the monthly basis, and the one-off basis never exceeds the month's taxable pay
    // (deductions larger than the regular pay reduce it). Expected income = the month's regular pay × 12 — UNCONFIRMED
    public BigDecimal tax(YearMonth month, TaxDecision decision, List<PayLine> lines) {
        BigDecimal zero = money(BigDecimal.ZERO);
        BigDecimal taxable = sum(lines, true).max(zero);
        BigDecimal oneOffPay = zero;
        for (PayLine l : lines)
            if (l.taxable() && ONE_OFF_CODES.contains(l.code()))
                oneOffPay = oneOffPay.add(l.amount());
        BigDecimal oneOffTaxed = oneOffPay.max(zero).min(taxable);
        BigDecimal regular = taxable.subtract(oneOffTaxed);
        long tableTax = tax.taxFor(decision, regular);
        long taxOnOneOff = oneOffTaxed.signum() > 0
                ? oneOffTax.taxFor(decision, calendar.payday(month), regular.multiply(BigDecimal.valueOf(12)).add(oneOffTaxed), oneOffTaxed)
                : 0;
        return money(BigDecimal.valueOf(Math.addExact(tableTax, taxOnOneOff)));
    }

    /** The segment's share of the monthly salary. */
    // Pro-rating by calendar days: monthly salary × days / days in the month — the municipal practice, UNCONFIRMED against AB § 28
    static BigDecimal proRated(SalarySegment s, int daysInMonth) {
        long days = ChronoUnit.DAYS.between(s.from(), s.to()) + 1;
        return days == daysInMonth ? s.monthlySalary()
                : money(s.monthlySalary().multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(daysInMonth), 10, RoundingMode.HALF_UP));
    }

    /**
     * A day's pay for an absence of extentPercent of the day (deltidsfrånvaro): the full day's pay × extent / 100, in öre,
     * half up; the full day's pay itself at 100 %.
     */
    // Part-time absence deducts (and part-time sickness pays sick pay on) the share of the day lost — Sjuklönelagen 6 §
    // "lost pay"; AB § 28 for leave; rounding per day, half up, is our choice (UNCONFIRMED, neither text states it)
    static BigDecimal partOfDay(BigDecimal dayPay, BigDecimal extentPercent) {
        return extentPercent.compareTo(Variable.FULL_EXTENT) == 0 ? dayPay : money(dayPay.multiply(extentPercent).movePointLeft(2));
    }

    /** Monday–Friday in [from, to] (public holidays are the schedule's business, not this helper's). */
    public static List<LocalDate> weekdays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1))
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                days.add(d);
        return days;
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
