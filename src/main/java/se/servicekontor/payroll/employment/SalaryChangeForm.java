package se.servicekontor.payroll.employment;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** A new salary from a date (backdated allowed: the pay run pays the difference as retroactive pay). */
public class SalaryChangeForm {

    @NotNull(message = "{payroll.salary.from.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @NotNull(message = "{payroll.salary.amount.required}")
    @DecimalMin(value = "0.01", message = "{payroll.salary.amount.positive}")
    @Digits(integer = 8, fraction = 2, message = "{payroll.salary.amount.digits}")
    private BigDecimal amount;

    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
}
