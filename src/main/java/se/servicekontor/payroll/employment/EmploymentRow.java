package se.servicekontor.payroll.employment;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.servicekontor.shared.Amount;
import se.servicekontor.shared.BankAccount;
import se.servicekontor.shared.PersonalIdentityNumber;

/**
 * One employee with one employment, its salary from a date and perhaps a new employment rate from a later date, as the
 * import file (or the Ny anställning form) states them. Optional parts are null: end date, address, tax decision, bank
 * account, rate change.
 */
record EmploymentRow(PersonalIdentityNumber person, String firstName, String lastName, String streetAddress,
                     String postalCode, String city, boolean protectedIdentity, String costCentre, EmploymentForm form,
                     LocalDate startDate, LocalDate endDate, Amount salary, LocalDate salaryFrom, BigDecimal employmentRate,
                     BigDecimal weeklyHours, TaxKind taxKind, Integer taxTable, Integer taxColumn, BigDecimal taxPercent,
                     String taxDecisionRef, BankAccount bankAccount, BigDecimal vacationBalance, String pensionPlan,
                     DatedRate rateChange) {

    /** A new employment rate (tjänstgöringsgrad, percent) from a day after the employment's start. */
    record DatedRate(LocalDate validFrom, BigDecimal rate) {
    }

    /** A row without a dated rate change. */
    EmploymentRow(PersonalIdentityNumber person, String firstName, String lastName, String streetAddress, String postalCode,
                  String city, boolean protectedIdentity, String costCentre, EmploymentForm form, LocalDate startDate,
                  LocalDate endDate, Amount salary, LocalDate salaryFrom, BigDecimal employmentRate, BigDecimal weeklyHours,
                  TaxKind taxKind, Integer taxTable, Integer taxColumn, BigDecimal taxPercent, String taxDecisionRef,
                  BankAccount bankAccount, BigDecimal vacationBalance, String pensionPlan) {
        this(person, firstName, lastName, streetAddress, postalCode, city, protectedIdentity, costCentre, form, startDate,
                endDate, salary, salaryFrom, employmentRate, weeklyHours, taxKind, taxTable, taxColumn, taxPercent,
                taxDecisionRef, bankAccount, vacationBalance, pensionPlan, null);
    }

    /** The employee's part, as text for the audit trail (never the full personnummer, nor a protected person's name or address). */
    String employeeText() {
        return Employments.employeeText(firstName, lastName, streetAddress, postalCode, city, protectedIdentity);
    }
}
