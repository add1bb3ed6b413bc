package se.servicekontor.payroll.employment;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new employment rate (tjänstgöringsgrad) from a date after the employment's start (backdated allowed: the pay run
 * pays the difference as retroactive pay).
 */
public class RateChangeForm {

    @NotNull(message = "{payroll.rate.from.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @NotNull(message = "{payroll.rate.required}")
    @DecimalMin(value = "1", message = "{payroll.rate.range}")
    @DecimalMax(value = "100", message = "{payroll.rate.range}")
    @Digits(integer = 3, fraction = 2, message = "{payroll.rate.digits}")
    private BigDecimal rate;

    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public BigDecimal getRate() { return rate; }
    public void setRate(BigDecimal rate) { this.rate = rate; }
}
