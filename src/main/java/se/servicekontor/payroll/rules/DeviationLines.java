package se.servicekontor.payroll.rules;

import static se.servicekontor.payroll.rules.PayCalculator.money;
import static se.servicekontor.payroll.rules.PayCalculator.partOfDay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import se.servicekontor.payroll.rules.PayCalculator.AgreementRates;
import se.servicekontor.payroll.rules.PayCalculator.PayLine;
import se.servicekontor.payroll.rules.PayCalculator.Variable;

/**
 * The pay lines of the previous month's deviations (eftersläp): sickness, leave, vacation, overtime,
 * OB, hourly work, additions, one-off payments and net deductions, and the vacation pay on the
 * variable pay among them. Part of {@link PayCalculator#calculate}.
 */
final class DeviationLines {

    private final AgreementRates rates;
    private final SickPay sickPay = new SickPay();
    private final SickPayFromDay15 sickPayFromDay15;
    private final AbsenceDeduction absence;
    private final VariableVacationPay variableVacationPay;

    DeviationLines(AgreementRates rates, ReferenceValues values) {
        this.rates = Objects.requireNonNull(rates, "rates");
        this.sickPayFromDay15 = new SickPayFromDay15(values);
        this.absence = new AbsenceDeduction();
        this.variableVacationPay = new VariableVacationPay(values);
    }

    /**
     * Adds the deviations' lines and notices.
     *
     * @param karensLeftAfter gets, per sick period (its day 1), the karensavdrag still to take after the month's parts
     */
    void add(YearMonth month, LocalDate birthDate, BigDecimal salaryOfPreviousMonth, List<Variable> variable, List<PayLine> lines,
             List<Notice> notices, Map<LocalDate, BigDecimal> karensLeftAfter, WorkSchedule schedule) {
        BigDecimal variablePay = money(BigDecimal.ZERO); // earned hourly pay, overtime and OB: the basis of vacation pay on variable pay
        YearMonth earned = month.minusMonths(1);
        Map<LocalDate, BigDecimal> karensLeft = new HashMap<>(); // per sick period (its first day): karensavdrag still to take
        Set<LocalDate> noticed = new HashSet<>(); // sick periods of hourly staff already reported for day 15 in this month
        for (Variable listed : variable) {
            // An absence on days with another employment rate than the month's carries its own monthly salary (AtSalary)
            Variable v = listed instanceof Variable.AtSalary at ? at.variable() : listed;
            BigDecimal salary = listed instanceof Variable.AtSalary at ? at.monthlySalary() : salaryOfPreviousMonth;
            int firstLine = lines.size();
            if (v instanceof Variable.Sickness sick) {
                // Part-time sickness: each day's lost pay is the sick share of the day; the karensavdrag stays 20 % of a full
                // average week's sick pay, taken from the sick pay of the following days until used up (SickPay)
                // AB § 28 (UNCONFIRMED): a sick day loses the same day value as a day of leave, by the month the day lies in
                List<SickPay.SickDay> days = sickDays(sick, salary, schedule);
                // What an earlier row of the same period could not carry continues here (DOMAIN.md §3: "the rest continues on
                // the next days"); carried also to a relapse within five days (same firstDay) — UNCONFIRMED for that case
                // A part of a period paid in an earlier run (the month before) passes on what it could not carry (karensCarried)
                BigDecimal karens = sick.karensApplies() ? SickPay.karens(SickPay.averageWeekSickPay(salary))
                        : karensLeft.getOrDefault(sick.firstDay(), sick.karensCarried());
                SickPay.Result result = sickPay.calculate(sick.firstDay(), days, karens);
                karensLeft.put(sick.firstDay(), karens.subtract(result.karensTaken()));
                if (!result.days().isEmpty()) {
                    BigDecimal lost = money(BigDecimal.ZERO);
                    for (SickPay.SickDay day : days)
                        if (!day.date().isAfter(result.days().get(result.days().size() - 1).date()))
                            lost = lost.add(day.lostPay());
                    lines.add(new PayLine("SJUKAVDRAG", "Sjukavdrag " + result.days().size() + " dagar" + extentText(sick.extentPercent()),
                            lost.negate(), true));
                    lines.add(new PayLine("SJUKLON", "Sjuklön dag 1–14 (80 %" + (sick.extentPercent().compareTo(Variable.FULL_EXTENT) == 0 ? ""
                            : ", sjuk " + sick.extentPercent().stripTrailingZeros().toPlainString() + " %") + ", karensavdrag "
                            + result.karensTaken().toPlainString() + ")", result.total(), true));
                    stamp(lines, firstLine, result.days().get(0).date(), result.days().get(result.days().size() - 1).date());
                }
                sickFromDay15(earned, sick, salary, lines, notices);
            } else if (v instanceof Variable.HourlySickPay sick) {
                hourlySickPay(sick, karensLeft, noticed, lines, notices);
            } else if (v instanceof Variable.UnpaidLeave leave) {
                BigDecimal amount = money(BigDecimal.ZERO);
                for (LocalDate d : leave.workDays())
                    amount = amount.add(partOfDay(AbsenceDeduction.dayValue(salary, YearMonth.from(d), schedule), leave.extentPercent()));
                lines.add(new PayLine("LEDIGHET", "Löneavdrag ledighet " + leave.workDays().size() + " dagar" + extentText(leave.extentPercent()),
                        amount.negate(), true));
            } else if (v instanceof Variable.LeaveOfAbsence leave) {
                // AB § 28 (UNCONFIRMED): per scheduled work day the month's day value, a whole calendar month the whole salary
                List<AbsenceDeduction.Deduction> parts = absence.part(leave.leaveFrom(), leave.leaveTo(), leave.from(), leave.to(),
                        schedule, salary, leave.extentPercent());
                BigDecimal amount = money(BigDecimal.ZERO);
                StringBuilder text = new StringBuilder("Löneavdrag " + leave.text() + " " + leave.from() + "–" + leave.to()
                        + extentText(leave.extentPercent()) + ":");
                for (AbsenceDeduction.Deduction d : parts) {
                    amount = amount.add(d.amount());
                    text.append(parts.size() > 1 ? " " + d.month() + " " : " ").append(d.wholeMonth()
                            ? "hel kalendermånad, " + d.days() + " arbetsdagar " + money(d.amount()).toPlainString() + " kr"
                            : d.days() + " arbetsdagar à " + d.dayPay().toPlainString() + " kr");
                    if (parts.size() > 1 && d != parts.get(parts.size() - 1))
                        text.append(";");
                }
                lines.add(new PayLine("LEDIGHET", text.toString(), money(amount).negate(), true));
                // earned: the work days deducted; a whole calendar month its calendar days
                List<LocalDate> workDays = leave.workDays();
                if (parts.stream().noneMatch(AbsenceDeduction.Deduction::wholeMonth) && !workDays.isEmpty())
                    stamp(lines, firstLine, workDays.get(0), workDays.get(workDays.size() - 1));
            } else if (v instanceof Variable.AbsenceHours absent) {
                lines.add(new PayLine("LEDIGHETTIM", "Löneavdrag ledighet " + absent.hours().toPlainString() + " tim",
                        AbsenceDeduction.hours(salary, absent.weeklyHours(), absent.hours()).negate(), true));
            } else if (v instanceof Variable.Vacation vacation) {
                // AB § 27: semesterdagstillägg 0.605 % of the monthly salary per paid vacation day taken
                // vacation for part of each day: the supplement for that share of each day (UNCONFIRMED: SemL counts whole days)
                BigDecimal perDay = partOfDay(money(salary.multiply(rates.vacationSupplementPct()).movePointLeft(2)),
                        vacation.extentPercent());
                lines.add(new PayLine("SEMTILL", "Semesterdagstillägg " + vacation.paidDays() + " dagar" + extentText(vacation.extentPercent()),
                        money(perDay.multiply(BigDecimal.valueOf(vacation.paidDays()))), true));
            } else if (v instanceof Variable.Overtime overtime) {
                // AB § 20: hourly pay = monthly salary / 165; simple 180 %, qualified 240 %
                BigDecimal pct = overtime.qualified() ? rates.qualifiedOvertimePct() : rates.simpleOvertimePct();
                BigDecimal amount = money(salary.multiply(overtime.hours()).multiply(pct).movePointLeft(2)
                        .divide(rates.overtimeDivisor(), 10, RoundingMode.HALF_UP));
                variablePay = variablePay.add(amount);
                lines.add(new PayLine(overtime.qualified() ? "OT2" : "OT1", (overtime.qualified() ? "Kvalificerad" : "Enkel")
                        + " övertid " + overtime.hours().toPlainString() + " tim", amount, true));
            } else if (v instanceof Variable.HourlyOvertime overtime) {
                // AB § 20 (DOMAIN.md §3): simple 180 %, qualified 240 % of the hourly pay — for hourly staff their hourly rate;
                // the hours are not also paid as TIMLON (UNCONFIRMED against the agreement text: percentages are reference data)
                BigDecimal pct = overtime.qualified() ? rates.qualifiedOvertimePct() : rates.simpleOvertimePct();
                BigDecimal amount = money(overtime.hourlyRate().multiply(overtime.hours()).multiply(pct).movePointLeft(2));
                variablePay = variablePay.add(amount);
                lines.add(new PayLine(overtime.qualified() ? "OT2" : "OT1", (overtime.qualified() ? "Kvalificerad" : "Enkel")
                        + " övertid " + overtime.hours().toPlainString() + " tim à " + overtime.hourlyRate().toPlainString() + " kr × "
                        + pct.stripTrailingZeros().toPlainString() + " %", amount, true));
            } else if (v instanceof Variable.InconvenientHours ob) {
                BigDecimal perHour = rates.obKronorPerHour().get(ob.category());
                if (perHour == null)
                    throw new IllegalArgumentException("Unknown OB category " + ob.category());
                BigDecimal amount = money(perHour.multiply(ob.hours()));
                variablePay = variablePay.add(amount);
                lines.add(new PayLine("OB" + ob.category(), "OB " + ob.category() + " " + ob.hours().toPlainString() + " tim", amount, true));
            } else if (v instanceof Variable.HourlyWork work) {
                BigDecimal amount = money(work.hours().multiply(work.hourlyRate()));
                variablePay = variablePay.add(amount);
                lines.add(new PayLine("TIMLON", "Timlön " + work.hours().toPlainString() + " tim à " + work.hourlyRate().toPlainString() + " kr",
                        amount, true));
            } else if (v instanceof Variable.Addition addition) {
                lines.add(new PayLine("TILL", "Engångstillägg", money(addition.amount()), true));
            } else if (v instanceof Variable.OneOffPayment oneOff) {
                BigDecimal amount = money(oneOff.amount());
                lines.add(new PayLine(oneOff.kind().code(), oneOff.text(), amount, true, oneOff.earnedFrom(), oneOff.earnedTo()));
            } else if (v instanceof Variable.NetDeduction deduction) {
                lines.add(new PayLine("AVDR", "Nettolöneavdrag", money(deduction.amount()).negate(), false));
            }
            LocalDate from = earned.atDay(1);
            LocalDate to = earned.atEndOfMonth();
            if (v instanceof Variable.UnpaidLeave leave && !leave.workDays().isEmpty()) {
                from = leave.workDays().get(0);
                to = leave.workDays().get(leave.workDays().size() - 1);
            } else if (v instanceof Variable.LeaveOfAbsence leave) {
                from = leave.from();
                to = leave.to();
            }
            stamp(lines, firstLine, from, to); // the rest, without dates of their own, were earned in the earning month
        }
        if (variablePay.signum() > 0) {
            // Semesterlagen 16 §, AB § 27: 12 / 14.88 / 15.36 % of variable pay, by the age turned in the year it was earned (month M−1)
            LocalDate earnedOn = earned.atDay(1);
            BigDecimal percent = variableVacationPay.percent(birthDate, earnedOn);
            lines.add(new PayLine("SEMROR", "Semesterersättning/semesterlön rörlig del " + percent.stripTrailingZeros().toPlainString()
                    + " % av " + variablePay.toPlainString() + " kr", variableVacationPay.amount(birthDate, earnedOn, variablePay), true,
                    earnedOn, earned.atEndOfMonth()));
        }
        karensLeftAfter.putAll(karensLeft); // for the part of a period paid in a later run (karensCarried)
    }

    /**
     * The sick pay of one booked shift of an hourly-paid employee: 80 % of hours × hourly rate on days 1–14 less what of the
     * period's karensavdrag is still to take; nothing from day 15, which is reported once.
     */
    // Sjuklönelagen (1991:1047) 6 § (80 % of lost pay, karensavdrag 20 % of an average week's sick pay, the rest on the next
    // days) and 7 § (14 days); the AB addition from day 15 is not paid to hourly staff here — UNCONFIRMED against AB § 28.
    // Sick pay is not added to the basis of vacation pay on variable pay (SEMROR): whether SemL 17 § sick days raise an hourly
    // employee's 12 % basis by the lost pay is UNCONFIRMED
    private void hourlySickPay(Variable.HourlySickPay sick, Map<LocalDate, BigDecimal> karensLeft, Set<LocalDate> noticed,
                               List<PayLine> lines, List<Notice> notices) {
        BigDecimal karens = sick.karensApplies()
                ? SickPay.karens(SickPay.averageWeekSickPayHourly(sick.hourlyRate(), sick.weeklyHours()))
                : karensLeft.getOrDefault(sick.firstDay(), sick.karensCarried());
        BigDecimal lostPay = money(sick.hours().multiply(sick.hourlyRate()));
        SickPay.Result result = sickPay.calculate(sick.firstDay(), List.of(new SickPay.SickDay(sick.day(), lostPay)), karens);
        karensLeft.put(sick.firstDay(), result.karensLeft());
        int firstLine = lines.size();
        if (!result.days().isEmpty())
            lines.add(new PayLine("SJUKLONTIM", "Sjuklön timavlönad " + sick.day() + ", " + sick.hours().stripTrailingZeros().toPlainString()
                    + " tim à " + sick.hourlyRate().toPlainString() + " kr (80 %, karensavdrag " + result.karensTaken().toPlainString() + ")",
                    result.total(), true));
        stamp(lines, firstLine, sick.day(), sick.day());
        if (result.reportFrom().isPresent() && noticed.add(sick.firstDay()))
            notices.add(Notice.sickDay15(sick.firstDay(), "timavlönad; sjuklön betalas för dag 1–14"));
    }

    // Sjuklönelagen 7 §, AB § 28: from day 15 a calendar-day deduction, + 10 % on days 15–90 (UNCONFIRMED), day-15 report.
    // From day 15 the days are calendar days (DOMAIN.md §3): a row's weekend at its end, and its days in the month before the
    // earning month (a row over a month end is paid whole in the run after its last day), are deducted too. A row
    // continuing a period paid by an earlier run has only its own days: the earlier days were settled there.
    private void sickFromDay15(YearMonth earned, Variable.Sickness sick, BigDecimal monthlySalary, List<PayLine> lines, List<Notice> notices) {
        LocalDate from = sick.from() != null ? sick.from()
                : sick.firstDay().isAfter(earned.atDay(1)) ? sick.firstDay() : earned.atDay(1);
        LocalDate to = sick.to() != null ? sick.to()
                : sick.lastDay().isBefore(earned.atEndOfMonth()) ? sick.lastDay() : earned.atEndOfMonth();
        if (to.isBefore(from))
            return;
        SickPayFromDay15.Result result = sickPayFromDay15.calculate(sick.firstDay(), from, to, monthlySalary, sick.extentPercent());
        int days = result.additionDays() + result.laterDays();
        int firstLine = lines.size();
        if (days > 0) {
            lines.add(new PayLine("SJUKAVDRAGKAL", "Sjukavdrag från dag 15, " + days + " kalenderdagar" + extentText(sick.extentPercent()),
                    result.deduction().negate(), true));
            if (result.additionDays() > 0)
                lines.add(new PayLine("SJUKLON15", "Sjuklön dag 15–90 (10 %, " + result.additionDays() + " kalenderdagar)",
                        result.addition(), true));
        }
        LocalDate day15 = sick.firstDay().plusDays(SickPayFromDay15.FIRST_DAY - 1);
        stamp(lines, firstLine, from.isBefore(day15) ? day15 : from, to);
        result.notice().ifPresent(notices::add);
    }

    /** The sick row's work days, each with its lost pay: the day value of its month (worked out once a month) × the extent. */
    private static List<SickPay.SickDay> sickDays(Variable.Sickness sick, BigDecimal salary, WorkSchedule schedule) {
        List<SickPay.SickDay> days = new java.util.ArrayList<>(sick.workDays().size());
        YearMonth month = null;
        BigDecimal lost = null;
        for (LocalDate d : sick.workDays()) {
            if (month == null || month.getMonthValue() != d.getMonthValue() || month.getYear() != d.getYear()) {
                month = YearMonth.from(d);
                lost = partOfDay(AbsenceDeduction.dayValue(salary, month, schedule), sick.extentPercent());
            }
            days.add(new SickPay.SickDay(d, lost));
        }
        return days;
    }

    /** " à 50 %" for a part-day absence, nothing for a whole day. */
    private static String extentText(BigDecimal extentPercent) {
        return extentPercent.compareTo(Variable.FULL_EXTENT) == 0 ? "" : " à " + extentPercent.stripTrailingZeros().toPlainString() + " %";
    }

    /** Gives the lines from index {@code first} on that have no earning dates yet the dates from–to. */
    private static void stamp(List<PayLine> lines, int first, LocalDate from, LocalDate to) {
        for (int i = first; i < lines.size(); i++)
            lines.set(i, lines.get(i).earned(from, to));
    }
}
