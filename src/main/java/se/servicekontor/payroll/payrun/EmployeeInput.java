package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.payroll.employment.TaxKind;
import se.servicekontor.payroll.rules.WorkSchedule;
import se.servicekontor.payroll.timereport.DeviationCode;
import se.servicekontor.shared.Amount;

/**
 * What the pay run knows of one employee for one payment month, loaded in bulk per chunk: all employments
 * with their salary and rate history, the unsettled deviations up to the end of the month before, and last
 * month's released net pay.
 *
 * @param previousNet net pay of the latest released run of the previous month; null when not paid then
 * @param paidSalaries the fixed salary (and retroactive pay) released runs paid for earlier months, per employment and
 *                     earning month — loaded only for employments with a salary or rate change recorded after its month was released
 * @param openClaim    the employer's open claim on the employee (löneskuld) as released runs and manual changes left it
 * @param agreedRecovery the recovery per month agreed with the employee (Löneskulder); null = the configured percentage
 * @param earlierSickPeriods per employment id: the sick period of its latest sick row settled by a released run, which this
 *                     run's first sick row may continue (see {@link DeviationVariables})
 * @param karensFirstDays day 1 of each sick period, in any of the employee's employments, whose karensavdrag a released run
 *                     made, from 13 months before the earliest sick row to pay (loaded only for employees with one): the
 *                     high-risk protection counts them ({@link se.servicekontor.payroll.rules.KarensHistory})
 * @param leaveStarts  per unsettled leave row (TJL, VAB, FPL) that begins the day after a settled row of the same code and
 *                     employment ends: that row's first day, where the whole leave begins (AB § 28's limit is on the leave)
 */
record EmployeeInput(long employeeId, LocalDate birthDate, List<Employment> employments, List<Deviation> deviations,
                     Amount previousNet, List<PaidSalary> paidSalaries, BigDecimal openClaim, BigDecimal agreedRecovery,
                     Map<Long, DeviationVariables.EarlierSickPeriod> earlierSickPeriods, List<LocalDate> karensFirstDays,
                     Map<Long, LocalDate> leaveStarts) {

    EmployeeInput {
        employments = List.copyOf(employments);
        deviations = List.copyOf(deviations);
        paidSalaries = List.copyOf(paidSalaries);
        openClaim = openClaim == null ? BigDecimal.ZERO.setScale(2) : openClaim;
        earlierSickPeriods = Map.copyOf(earlierSickPeriods);
        karensFirstDays = List.copyOf(karensFirstDays);
        leaveStarts = Map.copyOf(leaveStarts);
    }

    /** Without leave rows continuing settled ones. */
    EmployeeInput(long employeeId, LocalDate birthDate, List<Employment> employments, List<Deviation> deviations,
                  Amount previousNet, List<PaidSalary> paidSalaries, BigDecimal openClaim, BigDecimal agreedRecovery,
                  Map<Long, DeviationVariables.EarlierSickPeriod> earlierSickPeriods, List<LocalDate> karensFirstDays) {
        this(employeeId, birthDate, employments, deviations, previousNet, paidSalaries, openClaim, agreedRecovery, earlierSickPeriods,
                karensFirstDays, Map.of());
    }

    /** Without karensavdrag made by released runs. */
    EmployeeInput(long employeeId, LocalDate birthDate, List<Employment> employments, List<Deviation> deviations,
                  Amount previousNet, List<PaidSalary> paidSalaries, BigDecimal openClaim, BigDecimal agreedRecovery,
                  Map<Long, DeviationVariables.EarlierSickPeriod> earlierSickPeriods, Map<Long, LocalDate> leaveStarts) {
        this(employeeId, birthDate, employments, deviations, previousNet, paidSalaries, openClaim, agreedRecovery, earlierSickPeriods,
                List.of(), leaveStarts);
    }

    /** Without karensavdrag made by released runs and leave rows continuing settled ones. */
    EmployeeInput(long employeeId, LocalDate birthDate, List<Employment> employments, List<Deviation> deviations,
                  Amount previousNet, List<PaidSalary> paidSalaries, BigDecimal openClaim, BigDecimal agreedRecovery,
                  Map<Long, DeviationVariables.EarlierSickPeriod> earlierSickPeriods) {
        this(employeeId, birthDate, employments, deviations, previousNet, paidSalaries, openClaim, agreedRecovery, earlierSickPeriods,
                List.of(), Map.of());
    }

    /** Without sick periods settled by earlier runs. */
    EmployeeInput(long employeeId, LocalDate birthDate, List<Employment> employments, List<Deviation> deviations,
                  Amount previousNet, List<PaidSalary> paidSalaries, BigDecimal openClaim, BigDecimal agreedRecovery) {
        this(employeeId, birthDate, employments, deviations, previousNet, paidSalaries, openClaim, agreedRecovery, Map.of());
    }

    /** Without an agreed recovery. */
    EmployeeInput(long employeeId, LocalDate birthDate, List<Employment> employments, List<Deviation> deviations,
                  Amount previousNet, List<PaidSalary> paidSalaries, BigDecimal openClaim) {
        this(employeeId, birthDate, employments, deviations, previousNet, paidSalaries, openClaim, null);
    }

    /** Without retroactive pay to consider and without a claim. */
    EmployeeInput(long employeeId, LocalDate birthDate, List<Employment> employments, List<Deviation> deviations, Amount previousNet) {
        this(employeeId, birthDate, employments, deviations, previousNet, List.of(), null, null);
    }

    /** The sick period of the employment's latest sick row settled by a released run, if any. */
    Optional<DeviationVariables.EarlierSickPeriod> earlierSickPeriod(long employmentId) {
        return Optional.ofNullable(earlierSickPeriods.get(employmentId));
    }

    /** What released runs paid an employment for an earlier month as fixed salary and retroactive pay (MANADSLON + RETRO lines). */
    record PaidSalary(long employmentId, YearMonth month, BigDecimal amount) {
    }

    /**
     * An employment with its tax decision, bank account, salary history and rate history (oldest first).
     *
     * @param rate        the employment rate from the start date
     * @param rates       the dated rate changes after the start date; {@link #rateOn} gives the rate in force on a day
     * @param weeklyHours the average working hours a week (employment.weekly_hours); null when not loaded
     * @param schedule    the work schedule (employment.work_days_per_week): which days are work days
     */
    record Employment(long id, String costCentre, LocalDate start, LocalDate end, EmploymentForm form, BigDecimal rate,
                      TaxKind taxKind, Integer taxTable, Integer taxColumn, BigDecimal taxPercent, String taxDecisionRef,
                      String clearingNumber, String accountNumber, List<Salary> salaries, List<Rate> rates, BigDecimal weeklyHours,
                      WorkSchedule schedule) {

        Employment {
            salaries = List.copyOf(salaries);
            rates = List.copyOf(rates);
            schedule = schedule == null ? WorkSchedule.STANDARD : schedule;
        }

        /** On the standard Monday–Friday schedule. */
        Employment(long id, String costCentre, LocalDate start, LocalDate end, EmploymentForm form, BigDecimal rate,
                   TaxKind taxKind, Integer taxTable, Integer taxColumn, BigDecimal taxPercent, String taxDecisionRef,
                   String clearingNumber, String accountNumber, List<Salary> salaries, List<Rate> rates, BigDecimal weeklyHours) {
            this(id, costCentre, start, end, form, rate, taxKind, taxTable, taxColumn, taxPercent, taxDecisionRef, clearingNumber,
                    accountNumber, salaries, rates, weeklyHours, WorkSchedule.STANDARD);
        }

        /** With one rate from the start, no dated changes and without the weekly hours (not needed for monthly pay). */
        Employment(long id, String costCentre, LocalDate start, LocalDate end, EmploymentForm form, BigDecimal rate,
                   TaxKind taxKind, Integer taxTable, Integer taxColumn, BigDecimal taxPercent, String taxDecisionRef,
                   String clearingNumber, String accountNumber, List<Salary> salaries) {
            this(id, costCentre, start, end, form, rate, taxKind, taxTable, taxColumn, taxPercent, taxDecisionRef, clearingNumber,
                    accountNumber, salaries, List.of(), null);
        }

        /** With dated rate changes, without the weekly hours. */
        Employment(long id, String costCentre, LocalDate start, LocalDate end, EmploymentForm form, BigDecimal rate,
                   TaxKind taxKind, Integer taxTable, Integer taxColumn, BigDecimal taxPercent, String taxDecisionRef,
                   String clearingNumber, String accountNumber, List<Salary> salaries, List<Rate> rates) {
            this(id, costCentre, start, end, form, rate, taxKind, taxTable, taxColumn, taxPercent, taxDecisionRef, clearingNumber,
                    accountNumber, salaries, rates, null);
        }

        /** The employment rate in force on the day: the latest dated change on or before it, else the rate from the start. */
        BigDecimal rateOn(LocalDate day) {
            BigDecimal result = rate;
            for (Rate r : rates)
                if (!r.validFrom().isAfter(day))
                    result = r.rate();
            return result;
        }

        /** With the weekly hours (hourly sick pay), no dated rate changes. */
        Employment(long id, String costCentre, LocalDate start, LocalDate end, EmploymentForm form, BigDecimal rate,
                   TaxKind taxKind, Integer taxTable, Integer taxColumn, BigDecimal taxPercent, String taxDecisionRef,
                   String clearingNumber, String accountNumber, List<Salary> salaries, BigDecimal weeklyHours) {
            this(id, costCentre, start, end, form, rate, taxKind, taxTable, taxColumn, taxPercent, taxDecisionRef, clearingNumber,
                    accountNumber, salaries, List.of(), weeklyHours);
        }

        boolean activeIn(YearMonth month) {
            return !start.isAfter(month.atEndOfMonth()) && (end == null || !end.isBefore(month.atDay(1)));
        }

        /** The salary (monthly full-time, or hourly rate) in force on the day; null when none is recorded from before it. */
        BigDecimal salaryOn(LocalDate day) {
            BigDecimal result = null;
            for (Salary s : salaries)
                if (!s.validFrom().isAfter(day))
                    result = s.amount();
            return result;
        }

        /**
         * The days after from, up to and including to, on which a dated salary or employment rate change starts: sorted, each
         * once. Where the month's salary segments, and absences priced at their own days, are split.
         */
        List<LocalDate> changeDaysIn(LocalDate from, LocalDate to) {
            List<LocalDate> days = new ArrayList<>(0); // nearly always empty: this runs for every employee of a pay run
            for (Salary s : salaries)
                if (s.validFrom().isAfter(from) && !s.validFrom().isAfter(to) && !days.contains(s.validFrom()))
                    days.add(s.validFrom());
            for (Rate r : rates)
                if (r.validFrom().isAfter(from) && !r.validFrom().isAfter(to) && !days.contains(r.validFrom()))
                    days.add(r.validFrom());
            days.sort(null);
            return days;
        }

        /** A full-time salary at the employment rate in force on the day: × rate / 100, in öre, half up (as the salary segments). */
        BigDecimal atRateOn(BigDecimal fullTimeSalary, LocalDate day) {
            return fullTimeSalary.multiply(rateOn(day)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        }

        boolean hasBankAccount() {
            return clearingNumber != null && !clearingNumber.isBlank() && accountNumber != null && !accountNumber.isBlank();
        }
    }

    record Salary(LocalDate validFrom, BigDecimal amount) {
    }

    /** An employment rate in percent from a day after the employment's start. */
    record Rate(LocalDate validFrom, BigDecimal rate) {
    }

    /** An unsettled deviation: extent in percent (absences), hours or an amount. */
    record Deviation(long id, long employmentId, DeviationCode code, LocalDate from, LocalDate to, BigDecimal quantity,
                     BigDecimal amount) {
    }
}
