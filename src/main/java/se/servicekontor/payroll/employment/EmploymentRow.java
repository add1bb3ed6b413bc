package se.servicekontor.payroll.employment;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.servicekontor.shared.Amount;
import se.servicekontor.shared.BankAccount;
import se.servicekontor.shared.PersonalIdentityNumber;

/**
 * One employee with one employment and its salary from a date, as the import file (or the edit form)
 * states them. Optional parts are null: end date, address, tax decision, bank account.
 */
record EmploymentRow(PersonalIdentityNumber person, String firstName, String lastName, String streetAddress,
                     String postalCode, String city, boolean protectedIdentity, String costCentre, EmploymentForm form,
                     LocalDate startDate, LocalDate endDate, Amount salary, LocalDate salaryFrom, BigDecimal employmentRate,
                     BigDecimal weeklyHours, TaxKind taxKind, Integer taxTable, Integer taxColumn, BigDecimal taxPercent,
                     String taxDecisionRef, BankAccount bankAccount, BigDecimal vacationBalance, String pensionPlan) {

    /** The employee's part, as text for the audit trail (never the full personnummer or a protected address). */
    String employeeText() {
        return "namn=" + firstName + " " + lastName + "; adress=" + (protectedIdentity ? "(skyddad)" : streetAddress + ", "
                + postalCode + " " + city) + "; skyddad=" + protectedIdentity;
    }
}
