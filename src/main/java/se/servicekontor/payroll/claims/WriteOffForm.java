package se.servicekontor.payroll.claims;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A write-off (avskrivning): how much of the claim the employer gives up, and why. */
class WriteOffForm {

    private String amount;

    @NotBlank(message = "{payroll.claims.reason.required}")
    @Size(max = 500, message = "{payroll.claims.reason.size}")
    private String reason;

    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
