package se.servicekontor.payroll.employment;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The edit form of an employment; messages are Swedish keys in i18n/payroll. */
public class EmploymentEditForm {

    @NotBlank(message = "{payroll.edit.costCentre.required}")
    @Size(max = 20)
    private String costCentre;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @NotNull(message = "{payroll.edit.rate.required}")
    @DecimalMin(value = "1", message = "{payroll.edit.rate.range}")
    @DecimalMax(value = "100", message = "{payroll.edit.rate.range}")
    @Digits(integer = 3, fraction = 2, message = "{payroll.edit.rate.digits}")
    private BigDecimal employmentRate;

    @NotNull(message = "{payroll.edit.hours.required}")
    @DecimalMin(value = "0.5", message = "{payroll.edit.hours.range}")
    @DecimalMax(value = "60", message = "{payroll.edit.hours.range}")
    @Digits(integer = 3, fraction = 2, message = "{payroll.edit.hours.digits}")
    private BigDecimal weeklyHours;

    /** The work schedule: days a week from Monday (issue 12); empty keeps the one recorded. */
    @jakarta.validation.constraints.Min(value = 1, message = "{payroll.edit.workDays.range}")
    @jakarta.validation.constraints.Max(value = 7, message = "{payroll.edit.workDays.range}")
    private Integer workDaysPerWeek;

    private TaxKind taxKind;

    @Min(value = 29, message = "{payroll.edit.taxTable.range}")
    @Max(value = 42, message = "{payroll.edit.taxTable.range}")
    private Integer taxTable;

    @Min(value = 1, message = "{payroll.edit.taxColumn.range}")
    @Max(value = 6, message = "{payroll.edit.taxColumn.range}")
    private Integer taxColumn;

    @DecimalMin(value = "0.01", message = "{payroll.edit.taxPercent.range}")
    @DecimalMax(value = "99.99", message = "{payroll.edit.taxPercent.range}")
    @Digits(integer = 3, fraction = 2, message = "{payroll.edit.taxPercent.digits}")
    private BigDecimal taxPercent;

    @Size(max = 100)
    private String taxDecisionRef;

    @Size(max = 10)
    private String clearingNumber;

    @Size(max = 20)
    private String accountNumber;

    // Saved vacation days (Semesterlagen 18 §: days beyond 20 may be saved, kept at most five years); 99 is a sanity bound
    @NotNull(message = "{payroll.edit.vacationBalance.required}")
    @DecimalMin(value = "0", message = "{payroll.edit.vacationBalance.range}")
    @DecimalMax(value = "99", message = "{payroll.edit.vacationBalance.range}")
    @Digits(integer = 3, fraction = 1, message = "{payroll.edit.vacationBalance.digits}")
    private BigDecimal vacationBalance;

    static EmploymentEditForm of(Employments.EmploymentView e) {
        EmploymentEditForm form = new EmploymentEditForm();
        form.costCentre = e.costCentre();
        form.endDate = e.endDate();
        form.employmentRate = e.employmentRate();
        form.weeklyHours = e.weeklyHours();
        form.workDaysPerWeek = e.workDaysPerWeek();
        form.taxKind = e.taxKind();
        form.taxTable = e.taxTable();
        form.taxColumn = e.taxColumn();
        form.taxPercent = e.taxPercent();
        form.taxDecisionRef = e.taxDecisionRef();
        form.clearingNumber = e.clearingNumber();
        form.accountNumber = e.accountNumber();
        form.vacationBalance = e.vacationBalance();
        return form;
    }

    public String getCostCentre() { return costCentre; }
    public void setCostCentre(String costCentre) { this.costCentre = costCentre == null ? null : costCentre.strip().toUpperCase(java.util.Locale.ROOT); }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public BigDecimal getEmploymentRate() { return employmentRate; }
    public void setEmploymentRate(BigDecimal employmentRate) { this.employmentRate = employmentRate; }
    public BigDecimal getWeeklyHours() { return weeklyHours; }
    public void setWeeklyHours(BigDecimal weeklyHours) { this.weeklyHours = weeklyHours; }
    public Integer getWorkDaysPerWeek() { return workDaysPerWeek; }
    public void setWorkDaysPerWeek(Integer workDaysPerWeek) { this.workDaysPerWeek = workDaysPerWeek; }
    public TaxKind getTaxKind() { return taxKind; }
    public void setTaxKind(TaxKind taxKind) { this.taxKind = taxKind; }
    public Integer getTaxTable() { return taxTable; }
    public void setTaxTable(Integer taxTable) { this.taxTable = taxTable; }
    public Integer getTaxColumn() { return taxColumn; }
    public void setTaxColumn(Integer taxColumn) { this.taxColumn = taxColumn; }
    public BigDecimal getTaxPercent() { return taxPercent; }
    public void setTaxPercent(BigDecimal taxPercent) { this.taxPercent = taxPercent; }
    public String getTaxDecisionRef() { return taxDecisionRef; }
    public void setTaxDecisionRef(String taxDecisionRef) { this.taxDecisionRef = blankToNull(taxDecisionRef); }
    public String getClearingNumber() { return clearingNumber; }
    public void setClearingNumber(String clearingNumber) { this.clearingNumber = blankToNull(clearingNumber); }
    /** The officer has confirmed with the bank an account whose check digit holds only as a rule (Swedbank 8xxx-x). */
    private boolean bankConfirmed;

    public boolean isBankConfirmed() { return bankConfirmed; }
    public void setBankConfirmed(boolean bankConfirmed) { this.bankConfirmed = bankConfirmed; }
    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String accountNumber) { this.accountNumber = blankToNull(accountNumber); }

    public BigDecimal getVacationBalance() { return vacationBalance; }
    public void setVacationBalance(BigDecimal vacationBalance) { this.vacationBalance = vacationBalance; }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
