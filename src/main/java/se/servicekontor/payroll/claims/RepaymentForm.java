package se.servicekontor.payroll.claims;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A repayment received by bank transfer. The amount is text, read as kronor the Swedish way ("1 234,50") by the controller. */
class RepaymentForm {

    private String amount;

    @NotNull(message = "{payroll.claims.receivedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    @Size(max = 100, message = "{payroll.claims.reference.size}")
    private String reference;

    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
}
