package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.payroll.rules.KarensHistory;
import se.servicekontor.payroll.rules.Notice;
import se.servicekontor.payroll.rules.PayCalculator;
import se.servicekontor.payroll.rules.PayCalculator.Variable;
import se.servicekontor.payroll.rules.SickPay;
import se.servicekontor.payroll.rules.SickPayQualification;
import se.servicekontor.payroll.rules.WorkSchedule;
import se.servicekontor.payroll.timereport.DeviationCode;

/**
 * Maps an employment's deviations to the calculator's variables, remembering for each variable the dates
 * it was earned and how many pay lines the calculator makes of it (so each line keeps its earning dates).
 * An absence's quantity is its extent in percent of each day (null = all day): part-day sickness, leave, VAB and parental
 * leave are deducted (and sick pay paid) for that share. Work days are the employment's schedule's ({@code WorkSchedule}:
 * public holidays and the three eves are free). Leave (TJL, VAB, FPL) is deducted by AB § 28: per scheduled work day the
 * month's day value, a whole calendar month the whole salary ({@code AbsenceDeduction}); see {@link #leaves}. An absence on days when another employment rate was in force than on
 * the day the month's salary is taken from is priced at the rate of its days (split where the rate changes; a sick period
 * over a change is priced at the rate of its first day and flagged). Overtime of hourly-paid staff is paid on their hourly rate, and
 * their sick hours of a booked shift (SJT, one row per shift) are paid as sick pay; SJK on an hourly employment and SJT on
 * a monthly one are errors that name the right code. What the rules cannot pay becomes an error in the list instead of a
 * wrong amount.
 * <p>
 * A sick period that crosses the month end is reported as two rows paid in two runs (eftersläp). The second row continues
 * the period when {@link EarlierSickPeriod} is given — day 1 of the period, its last settled day and the karensavdrag
 * the first part could not carry — and the row begins within five days of that last day. The pay run gives it: each run
 * records per paid sick row day 1 of its period ({@link Result#sickFirstDays}) and the karensavdrag the period still has to
 * take ({@code PayCalculator.Result#karensLeft}) in pay_run_deviation, and {@code EmployeeInputs} loads them with the
 * employment's latest sick row settled by a released run.
 * <p>
 * A new sick period makes no karensavdrag when the employee had ten in the twelve months before its day 1 ({@link KarensHistory},
 * Sjuklönelagen 6 §): the run lists a warning, and records per sick row whether it made, waived or still awaits its period's
 * karensavdrag ({@link Karens}). Shifts of a short employment before it qualifies for sick pay (3 §) are not paid but begin
 * the period all the same — its days count from the first sick day — and its first paid shift, in this run or a later one,
 * makes the karensavdrag no sick pay has carried yet.
 */
final class DeviationVariables {

    /** A variable with its earning dates and the number of pay lines it gives. */
    record Mapped(Variable variable, LocalDate from, LocalDate to, int lines) {
    }

    /**
     * @param sickFirstDays per paid sick row (SJK, SJT) with sick pay to calculate: day 1 of its sick period, for the run to
     *                      record so that a later run can continue the period
     */
    record Result(List<Mapped> variables, List<Long> paidDeviations, List<Problem> problems, Map<Long, LocalDate> sickFirstDays,
                  Map<Long, Karens> karens, KarensHistory karensHistory) {
        Result {
            sickFirstDays = Map.copyOf(sickFirstDays);
            karens = Map.copyOf(karens);
        }

        Result(List<Mapped> variables, List<Long> paidDeviations, List<Problem> problems, Map<Long, LocalDate> sickFirstDays) {
            this(variables, paidDeviations, problems, sickFirstDays, Map.of(), KarensHistory.none());
        }

        Result(List<Mapped> variables, List<Long> paidDeviations, List<Problem> problems) {
            this(variables, paidDeviations, problems, Map.of());
        }
    }

    /**
     * What became of a sick row's period's karensavdrag (pay_run_deviation.karens; see V29): the row began it (MADE), began a
     * period without one under the high-risk protection (WAIVED), or belongs to a period begun before a short employment
     * qualified for sick pay, whose karensavdrag its first paid shift makes (PENDING). A later row of a period has none.
     */
    enum Karens {
        MADE, WAIVED, PENDING
    }

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    /** Sjuklönelagen (1991:1047) 7 §: a new sick period within five days of the last one continues it (no new karensavdrag). */
    static final int RELAPSE_DAYS = 5;

    private DeviationVariables() {
    }

    /**
     * The sick period the latest sick row settled by an earlier pay run belongs to (a period that began in an earlier month),
     * and the karensavdrag that part could not carry ({@link se.servicekontor.payroll.rules.SickPay.Result#karensLeft}).
     * A first sick row of this run within five days of lastDay continues that period: same day 1, no new karensavdrag, the
     * rest of the old one taken first. karensPending: the period has had no sick pay yet (its shifts came before a short
     * employment qualified, Sjuklönelagen 3 §), so its first paid shift makes the karensavdrag.
     */
    record EarlierSickPeriod(LocalDate firstDay, LocalDate lastDay, BigDecimal karensLeft, boolean karensPending) {
        EarlierSickPeriod {
            Objects.requireNonNull(firstDay, "firstDay");
            Objects.requireNonNull(lastDay, "lastDay");
            karensLeft = karensLeft == null ? BigDecimal.ZERO.setScale(2) : karensLeft;
        }

        /** A period that has made its karensavdrag (or needs none). */
        EarlierSickPeriod(LocalDate firstDay, LocalDate lastDay, BigDecimal karensLeft) {
            this(firstDay, lastDay, karensLeft, false);
        }
    }

    /** Every deviation priced at the monthly salary the calculator is given (no employment rate by day). */
    static Result map(EmployeeInput.Employment employment, List<EmployeeInput.Deviation> deviations) {
        return map(employment, deviations, List.of(), Optional.empty(), null);
    }

    /** @param others the employee's other employments: an earlier one may count towards the sick-pay qualifying time */
    static Result map(EmployeeInput.Employment employment, List<EmployeeInput.Deviation> deviations, List<EmployeeInput.Employment> others) {
        return map(employment, deviations, others, Optional.empty(), null);
    }

    /** Priced at the employment rate of each absence's days; see {@link #map(EmployeeInput.Employment, List, List, Optional, LocalDate)}. */
    static Result map(EmployeeInput.Employment employment, List<EmployeeInput.Deviation> deviations, LocalDate salaryDay) {
        return map(employment, deviations, List.of(), Optional.empty(), salaryDay);
    }

    static Result map(EmployeeInput.Employment employment, List<EmployeeInput.Deviation> deviations, List<EmployeeInput.Employment> others,
                      Optional<EarlierSickPeriod> earlier) {
        return map(employment, deviations, others, earlier, null);
    }

    /**
     * @param others    the employee's other employments: an earlier one may count towards the sick-pay qualifying time
     * @param earlier   the sick period of the employment's latest sick row settled by an earlier run, which the first sick row
     *                  of this run continues when it begins within five days of its last day (a row reported late for days
     *                  before its day 1 does not)
     * @param salaryDay the day whose salary and rate the calculator's monthly salary is (the end of the earning month, or the
     *                  employment's end before it); absences on days with another rate carry their own monthly salary. Null:
     *                  every absence at the calculator's monthly salary
     */
    static Result map(EmployeeInput.Employment employment, List<EmployeeInput.Deviation> deviations, List<EmployeeInput.Employment> others,
                      Optional<EarlierSickPeriod> earlier, LocalDate salaryDay) {
        return map(employment, deviations, others, earlier, salaryDay, KarensHistory.none(), Map.of());
    }

    /** With the high-risk protection and no leave row continuing a settled one; see the method below. */
    static Result map(EmployeeInput.Employment employment, List<EmployeeInput.Deviation> deviations, List<EmployeeInput.Employment> others,
                      Optional<EarlierSickPeriod> earlier, LocalDate salaryDay, KarensHistory history) {
        return map(employment, deviations, others, earlier, salaryDay, history, Map.of());
    }

    /** With leave rows continuing settled ones and no karensavdrag before; see the method below. */
    static Result map(EmployeeInput.Employment employment, List<EmployeeInput.Deviation> deviations, List<EmployeeInput.Employment> others,
                      Optional<EarlierSickPeriod> earlier, LocalDate salaryDay, Map<Long, LocalDate> leaveStarts) {
        return map(employment, deviations, others, earlier, salaryDay, KarensHistory.none(), leaveStarts);
    }

    /**
     * As {@link #map(EmployeeInput.Employment, List, List, Optional, LocalDate)}, with the high-risk protection: a new sick
     * period makes no karensavdrag when the employee had ten in the twelve months before its day 1 (a warning says so).
     *
     * @param history     the employee's karensavdrag so far (released runs, and this run's periods of the employments already
     *                    mapped); {@link Result#karensHistory} adds this employment's
     * @param leaveStarts per leave row (TJL, VAB, FPL) that continues a row of the same code settled by an earlier run (it
     *                    begins the day after that row ends): the first day of that row, where the whole leave begins
     */
    static Result map(EmployeeInput.Employment employment, List<EmployeeInput.Deviation> deviations, List<EmployeeInput.Employment> others,
                      Optional<EarlierSickPeriod> earlier, LocalDate salaryDay, KarensHistory history, Map<Long, LocalDate> leaveStarts) {
        Map<Long, LocalDate[]> leaves = leaves(deviations, leaveStarts, employment.schedule());
        List<Mapped> variables = new ArrayList<>();
        List<Long> paid = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        SickPeriods sick = new SickPeriods(employment, history, problems);
        EarlierSickPeriod pending = earlier.orElse(null); // comes into play at the first sick row not before its day 1
        boolean hourly = employment.form() == EmploymentForm.HOURLY;
        LocalDate qualifiedFrom = SickPayQualification.qualifiedFrom(period(employment),
                others.stream().filter(o -> o.id() != employment.id()).map(DeviationVariables::period).toList());
        for (EmployeeInput.Deviation d : deviations) {
            String what = d.code().code() + " " + d.from() + "–" + d.to();
            BigDecimal extent = d.code().kind() == DeviationCode.Kind.ABSENCE && d.quantity() != null ? d.quantity() : FULL;
            if (extent.signum() <= 0 || extent.compareTo(FULL) > 0) {
                problems.add(Problem.error(employment.id(), "ABSENCE_EXTENT_INVALID", "Omfattningen " + extent.stripTrailingZeros()
                        .toPlainString() + " % är inte mellan 0 och 100: " + what + " är inte beräknad. Rätta avvikelsen."));
                continue;
            }
            if (hourly && d.code() == DeviationCode.SICK_LEAVE) {
                problems.add(Problem.error(employment.id(), "SICK_LEAVE_ON_HOURLY", "Koden SJK gäller månadsavlönade: " + what
                        + " är inte beräknad. För timavlönade rapporteras timmarna av ett inbokat pass som förlorats genom sjukdom med "
                        + "koden SJT (sjuktimmar), en rad per pass. Ta bort raden och rapportera SJT."));
                continue;
            }
            if (hourly && d.code().kind() == DeviationCode.Kind.ABSENCE) {
                paid.add(d.id()); // timavlönade: no salary to deduct from; absent hours are simply not reported as worked
                continue;
            }
            if (!hourly && d.code() == DeviationCode.SICK_HOURS) {
                problems.add(Problem.error(employment.id(), "SICK_HOURS_NOT_HOURLY", "Koden SJT gäller bara timavlönade: " + what
                        + " är inte beräknad. Sjukfrånvaro för månadsavlönade rapporteras med koden SJK."));
                continue;
            }
            BigDecimal hourlyRate = employment.salaryOn(d.to()); // for hourly staff: the hourly rate
            if (d.code().kind() == DeviationCode.Kind.HOURS && hourlyRate == null && (d.code() == DeviationCode.HOURS_WORKED
                    || hourly && (d.code() == DeviationCode.OVERTIME_SIMPLE || d.code() == DeviationCode.OVERTIME_QUALIFIED
                    || d.code() == DeviationCode.SICK_HOURS))) {
                problems.add(Problem.error(employment.id(), "HOURLY_RATE_MISSING_FOR_HOURS", "Timlön saknas för " + what
                        + (d.quantity() == null ? "" : " (" + d.quantity().stripTrailingZeros().toPlainString() + " tim)") + " är inte beräknad."));
                continue;
            }
            if (d.code() == DeviationCode.SICK_HOURS) {
                if (!d.to().equals(d.from())) {
                    problems.add(Problem.error(employment.id(), "SICK_HOURS_ONE_SHIFT", "Sjuktimmar (SJT) rapporteras per inbokat pass, "
                            + "en rad per dag: " + what + " är inte beräknad. Dela upp raden på passens datum."));
                    continue;
                }
                if (employment.weeklyHours() == null || employment.weeklyHours().signum() <= 0) {
                    problems.add(Problem.error(employment.id(), "WEEKLY_HOURS_MISSING", "Genomsnittlig veckoarbetstid saknas på "
                            + "anställningen: karensavdraget för " + what + " kan inte beräknas. Ange timmar per vecka på anställningen."));
                    continue;
                }
            }
            if (pending != null && (d.code() == DeviationCode.SICK_LEAVE || d.code() == DeviationCode.SICK_HOURS)
                    && !d.from().isBefore(pending.firstDay())) {
                // Rows come in date order: a row reported late for days before the earlier period is its own period and does
                // not use it up
                sick.takeUp(pending);
                pending = null;
            }
            if (d.code() == DeviationCode.SICK_HOURS && d.from().isBefore(qualifiedFrom)) {
                problems.add(Problem.warning(employment.id(), "SICK_PAY_NOT_QUALIFIED", "Ingen sjuklön för " + what + ": anställningen "
                        + "är avtalad för kortare tid än en månad och rätten till sjuklön börjar " + qualifiedFrom + ", efter 14 "
                        + "kalenderdagars anställning (sjuklönelagen 3 §). Den anställde kan söka sjukpenning hos Försäkringskassan."));
                paid.add(d.id());
                sick.unpaid(d);
                continue;
            }
            List<LocalDate> workDays = employment.schedule().workDays(d.from(), d.to());
            Variable variable = switch (d.code()) {
                case SICK_LEAVE -> {
                    sick.reportDay15BetweenRows(d);
                    SickRow row = sick.paid(d, false);
                    // the row's own days: its work days for days 1–14, its calendar days from day 15 (paid whole in this run)
                    yield Variable.Sickness.row(row.firstDay(), d.from(), d.to(), workDays, row.karensApplies(), extent, row.karensCarried());
                }
                case VACATION -> {
                    if (extent.compareTo(FULL) < 0)
                        problems.add(Problem.warning(employment.id(), "PART_DAY_VACATION", "Semester på deltid ("
                                + extent.stripTrailingZeros().toPlainString() + " %): " + what + " — semesterdagstillägget är beräknat för "
                                + "den delen av varje dag. Semester tas normalt ut i hela dagar; kontrollera uttaget."));
                    yield new Variable.Vacation(workDays.size(), extent);
                }
                // AB § 28 (löneavdrag): the same rule for all unpaid leave — tjänstledighet, and VAB and föräldraledighet alike
                // (UNCONFIRMED for these two against the agreement text); a whole calendar month by the whole leave, see leaves()
                case LEAVE_OF_ABSENCE, CARE_OF_SICK_CHILD, PARENTAL_LEAVE -> {
                    LocalDate[] leave = leaves.get(d.id());
                    yield new Variable.LeaveOfAbsence(d.from(), d.to(), workDays, extent, leave[0], leave[1],
                            d.code().swedish().toLowerCase(java.util.Locale.ROOT));
                }
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
                case SICK_HOURS -> {
                    SickRow row = sick.paid(d, true);
                    yield new Variable.HourlySickPay(row.firstDay(), d.from(), d.quantity(), hourlyRate, employment.weeklyHours(),
                            row.karensApplies(), row.karensCarried());
                }
            };
            if (salaryDay != null && d.code().kind() == DeviationCode.Kind.ABSENCE)
                variables.addAll(atTheirRates(employment, d, variable, extent, salaryDay, problems));
            else
                variables.add(new Mapped(variable, d.from(), d.to(), variable instanceof Variable.Sickness ? 2
                        : variable instanceof Variable.HourlySickPay s && ChronoUnit.DAYS.between(s.firstDay(), s.day()) >= SickPay.EMPLOYER_DAYS ? 0 : 1));
            paid.add(d.id());
        }
        return new Result(variables, paid, problems, sick.firstDays, sick.karens, sick.history);
    }

    /**
     * A paid sick row's part of its sick period: day 1, whether the row makes the period's karensavdrag, and the karensavdrag
     * an earlier run's part left it to take (null: none).
     */
    private record SickRow(LocalDate firstDay, boolean karensApplies, BigDecimal karensCarried) {
    }

    /**
     * The sick period an employment's sick rows (SJK, SJT) reach, row by row in date order — a row within five days of the
     * last one continues it (Sjuklönelagen 7 §) — with what each row did with the period's karensavdrag and the employee's
     * karensavdrag history.
     */
    private static final class SickPeriods {
        private final EmployeeInput.Employment employment;
        private final List<Problem> problems;
        final Map<Long, LocalDate> firstDays = new HashMap<>();
        final Map<Long, Karens> karens = new HashMap<>();
        KarensHistory history;
        private LocalDate firstDay;
        private LocalDate lastDay;
        private BigDecimal carried; // what an earlier run's part of the period could not carry, passed on once
        private boolean karensPending; // the period has had no sick pay yet: its first paid row makes the karensavdrag

        SickPeriods(EmployeeInput.Employment employment, KarensHistory history, List<Problem> problems) {
            this.employment = employment;
            this.history = history;
            this.problems = problems;
        }

        /** The period of a row settled by an earlier run, to continue unless a row of this run ended after it. */
        void takeUp(EarlierSickPeriod earlier) {
            if (lastDay == null || lastDay.isBefore(earlier.lastDay())) {
                firstDay = earlier.firstDay();
                lastDay = earlier.lastDay();
                carried = earlier.karensLeft();
                karensPending = earlier.karensPending();
            }
        }

        private boolean continuedBy(EmployeeInput.Deviation d) {
            return lastDay != null && ChronoUnit.DAYS.between(lastDay, d.from()) <= RELAPSE_DAYS;
        }

        /**
         * A shift before a short employment qualified for sick pay (3 §): not paid, but the sick period runs all the same —
         * its days count from the first sick day (7 §) — and its karensavdrag, which no sick pay has carried yet, is made by
         * the first paid shift (Karens.PENDING).
         */
        void unpaid(EmployeeInput.Deviation d) {
            if (!continuedBy(d)) {
                firstDay = d.from();
                carried = null;
                karensPending = true;
            }
            lastDay = d.to();
            firstDays.put(d.id(), firstDay);
            if (karensPending)
                karens.put(d.id(), Karens.PENDING);
        }

        /** Day 15 between the rows of a relapse is in neither row (each pays its own days): reported with the later row. */
        void reportDay15BetweenRows(EmployeeInput.Deviation d) {
            if (!continuedBy(d))
                return;
            Notice notice = Notice.sickDay15(firstDay, "mellan två sjukrader inom fem dagar");
            if (lastDay.isBefore(notice.date()) && d.from().isAfter(notice.date()))
                problems.add(Problem.warning(employment.id(), notice.code(), notice.text()));
        }

        /**
         * A paid sick row: a new period, or the next row of the current one. The karensavdrag is made by a new period's row, or by
         * the first paid row of a period begun without sick pay — for a shift (SJT) only before day 15, past which the period
         * has no sick pay at all and so no karensavdrag to make or count.
         */
        SickRow paid(EmployeeInput.Deviation d, boolean shift) {
            boolean relapse = continuedBy(d);
            LocalDate first = relapse ? firstDay : d.from();
            BigDecimal fromEarlierRun = relapse ? carried : null;
            carried = null; // passed on once: later rows of the period get the rest from the calculator
            firstDay = first;
            lastDay = d.to();
            firstDays.put(d.id(), first);
            boolean karensApplies = false;
            if (!relapse || karensPending && (!shift || ChronoUnit.DAYS.between(first, d.from()) < SickPay.EMPLOYER_DAYS)) {
                karensApplies = history.karensApplies(first);
                karensBegun(first, karensApplies);
                karens.put(d.id(), karensApplies ? Karens.MADE : Karens.WAIVED);
                karensPending = false;
            }
            return new SickRow(first, karensApplies, karensApplies ? null : fromEarlierRun);
        }

        /** A made karensavdrag joins the history; a waived one is listed as a warning. */
        // Sjuklönelagen (1991:1047) 6 §: no karensavdrag after ten in the twelve months before the period's day 1 (KarensHistory)
        private void karensBegun(LocalDate first, boolean karensApplies) {
            if (karensApplies) {
                history = history.plus(first);
                return;
            }
            problems.add(Problem.warning(employment.id(), "NO_KARENS_HIGH_RISK", "Inget karensavdrag för sjukperioden från " + first
                    + ": tio karensavdrag de senaste tolv månaderna (" + history.countBefore(first) + " sedan "
                    + first.minusMonths(12) + ", sjuklönelagen 6 §, högriskskydd)."));
        }
    }

    /**
     * Per leave row (TJL, VAB, FPL): the first and last day of the whole leave it belongs to. Rows of the same code separated
     * only by days off the schedule (weekends, holidays) are one leave (a leave reported as one row per month or per week),
     * and so is a row with the settled row it continues (leaveStarts); rows of one leave share one array. Rows come in date
     * order. The whole leave decides whether a calendar month is absent whole (AbsenceDeduction).
     */
    // DOMAIN.md decisions (2026-12-08): adjacent rows separated only by non-work days are one leave; different codes are
    // different leaves. A row continuing one settled earlier takes that row's first day only
    private static Map<Long, LocalDate[]> leaves(List<EmployeeInput.Deviation> deviations, Map<Long, LocalDate> leaveStarts,
                                                 WorkSchedule schedule) {
        Map<Long, LocalDate[]> leaves = null;
        Map<DeviationCode, LocalDate[]> latest = null;
        for (EmployeeInput.Deviation d : deviations) {
            if (d.code() != DeviationCode.LEAVE_OF_ABSENCE && d.code() != DeviationCode.CARE_OF_SICK_CHILD
                    && d.code() != DeviationCode.PARENTAL_LEAVE)
                continue;
            if (leaves == null) {
                leaves = new HashMap<>();
                latest = new java.util.EnumMap<>(DeviationCode.class);
            }
            LocalDate[] leave = latest.get(d.code());
            if (leave != null && leave[1].isBefore(d.from()) && schedule.onlyDaysOffBetween(leave[1], d.from())) {
                leave[1] = d.to(); // the earlier rows of the leave see its new end
            } else {
                LocalDate start = leaveStarts.get(d.id());
                leave = new LocalDate[] {start != null && start.isBefore(d.from()) ? start : d.from(), d.to()};
                latest.put(d.code(), leave);
            }
            leaves.put(d.id(), leave);
        }
        return leaves == null ? Map.of() : leaves;
    }

    private static SickPayQualification.Employment period(EmployeeInput.Employment e) {
        return new SickPayQualification.Employment(e.start(), e.end());
    }

    /**
     * An absence priced at the monthly salary in force on its days (full-time salary × employment rate of those days, as the
     * month's salary segments are): unchanged when that is the salary day's; otherwise with its own monthly salary. Leave and
     * vacation over a change of salary or rate are split where the monthly salary changes, each part priced at its first day's
     * (a leave's parts know the whole leave, for a whole calendar month, each deducting its own days);
     * a sick period is not (its karensavdrag and day count are one), so it takes the monthly salary of its first day and is
     * flagged for checking. Days before the first recorded salary take the salary day's full-time salary.
     * <p>
     * A salary or rate change recorded after the absence was paid (backdated into a month a released run settled) does not
     * re-price it: the retroactive pay ({@code RetroPay}) makes up the fixed salary only, so the old month's leave deductions,
     * semesterdagstillägg and sick pay stay at the salary known when they were paid — the retro pay then includes the rise for
     * leave days deducted at the old salary, and the supplement and sick pay miss it. Payroll staff adjust those by hand
     * (an addition or deduction row) where it matters. A decision of issue 5, not a rule: re-pricing would mean reading the
     * settled deviations of released months back into the run, which the retro pay today does not load.
     */
    // AB § 28 (löneavdrag): the deduction is taken from the monthly salary in force on the absence days — the reading applied
    // here, and likewise for semesterdagstillägg (AB § 27) and sick pay (Sjuklönelagen 6 §, lost pay of those days); UNCONFIRMED
    // against the agreement text
    private static List<Mapped> atTheirRates(EmployeeInput.Employment employment, EmployeeInput.Deviation d, Variable variable,
                                             BigDecimal extent, LocalDate salaryDay, List<Problem> problems) {
        int lines = variable instanceof Variable.Sickness ? 2 : 1;
        BigDecimal salary = employment.salaryOn(salaryDay);
        if (salary == null)
            return List.of(new Mapped(variable, d.from(), d.to(), lines));
        BigDecimal monthSalary = monthlySalaryOn(employment, salaryDay, salary);
        List<LocalDate> starts = new ArrayList<>();
        List<BigDecimal> prices = new ArrayList<>();
        starts.add(d.from());
        prices.add(monthlySalaryOn(employment, d.from(), salary));
        boolean salaryChanges = false;
        boolean rateChanges = false;
        for (LocalDate day : employment.changeDaysIn(d.from(), d.to())) {
            BigDecimal price = monthlySalaryOn(employment, day, salary);
            if (price.compareTo(prices.get(prices.size() - 1)) == 0)
                continue; // a change that leaves the monthly salary as it was splits nothing
            LocalDate before = day.minusDays(1);
            salaryChanges |= fullTimeSalaryOn(employment, day, salary).compareTo(fullTimeSalaryOn(employment, before, salary)) != 0;
            rateChanges |= employment.rateOn(day).compareTo(employment.rateOn(before)) != 0;
            starts.add(day);
            prices.add(price);
        }
        if (starts.size() == 1 || variable instanceof Variable.Sickness) {
            if (rateChanges)
                problems.add(Problem.warning(employment.id(), "RATE_CHANGE_IN_SICK_PERIOD", "Tjänstgöringsgraden ändras under sjukperioden "
                        + d.from() + "–" + d.to() + ": sjukavdrag och sjuklön är beräknade med graden från " + d.from()
                        + ". Kontrollera beloppen."));
            if (salaryChanges)
                problems.add(Problem.warning(employment.id(), "SALARY_CHANGE_IN_SICK_PERIOD", "Lönen ändras under sjukperioden "
                        + d.from() + "–" + d.to() + ": sjukavdrag och sjuklön är beräknade med månadslönen från " + d.from() + " ("
                        + new se.servicekontor.shared.Amount(prices.get(0)) + ") för hela perioden. Kontrollera beloppen för dagarna från "
                        + starts.get(1) + "."));
            return List.of(new Mapped(priced(variable, prices.get(0), monthSalary), d.from(), d.to(), lines));
        }
        List<Mapped> parts = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i);
            LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : d.to();
            // a leave's part knows the whole leave (a whole calendar month) and deducts its own days only
            Variable part = variable instanceof Variable.LeaveOfAbsence leave ? leave.part(from, to, employment.schedule())
                    : new Variable.Vacation(employment.schedule().countWorkDays(from, to), extent);
            parts.add(new Mapped(priced(part, prices.get(i), monthSalary), from, to, 1));
        }
        return parts;
    }

    /** The full-time salary in force on the day; before the first recorded salary, the salary day's (fallback). */
    private static BigDecimal fullTimeSalaryOn(EmployeeInput.Employment employment, LocalDate day, BigDecimal fallback) {
        BigDecimal salary = employment.salaryOn(day);
        return salary == null ? fallback : salary;
    }

    /** The monthly salary at the rate in force on the day: full-time salary × rate / 100, in öre (as the month's salary segments). */
    private static BigDecimal monthlySalaryOn(EmployeeInput.Employment employment, LocalDate day, BigDecimal fallback) {
        return employment.atRateOn(fullTimeSalaryOn(employment, day, fallback), day);
    }

    private static Variable priced(Variable variable, BigDecimal monthlySalary, BigDecimal monthSalary) {
        return monthlySalary.compareTo(monthSalary) == 0 ? variable : new Variable.AtSalary(monthlySalary, variable);
    }
}
