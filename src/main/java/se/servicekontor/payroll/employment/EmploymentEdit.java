package se.servicekontor.payroll.employment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the edit form may change on an employment (already validated).
 *
 * @param workDaysPerWeek the work schedule, days a week from Monday (1–7); null keeps the one recorded
 */
public record EmploymentEdit(String costCentre, LocalDate endDate, BigDecimal employmentRate, BigDecimal weeklyHours,
                             TaxKind taxKind, Integer taxTable, Integer taxColumn, BigDecimal taxPercent,
                             String taxDecisionRef, String clearingNumber, String accountNumber,
                             BigDecimal vacationBalance, Integer workDaysPerWeek) {

    /** Keeping the work schedule as recorded. */
    public EmploymentEdit(String costCentre, LocalDate endDate, BigDecimal employmentRate, BigDecimal weeklyHours,
                          TaxKind taxKind, Integer taxTable, Integer taxColumn, BigDecimal taxPercent,
                          String taxDecisionRef, String clearingNumber, String accountNumber, BigDecimal vacationBalance) {
        this(costCentre, endDate, employmentRate, weeklyHours, taxKind, taxTable, taxColumn, taxPercent, taxDecisionRef, clearingNumber,
                accountNumber, vacationBalance, null);
    }
}
