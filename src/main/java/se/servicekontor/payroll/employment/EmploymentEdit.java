package se.servicekontor.payroll.employment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the edit form may change on an employment (already validated). */
public record EmploymentEdit(String costCentre, LocalDate endDate, BigDecimal employmentRate, BigDecimal weeklyHours,
                             TaxKind taxKind, Integer taxTable, Integer taxColumn, BigDecimal taxPercent,
                             String taxDecisionRef, String clearingNumber, String accountNumber,
                             BigDecimal vacationBalance) {
}
