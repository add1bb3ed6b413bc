package se.servicekontor.payroll.claims;

import jakarta.validation.constraints.Size;

/** The recovery per month agreed with the employee; an empty amount returns to the configured percentage. */
class AgreementForm {

    private String amount;

    @Size(max = 500, message = "{payroll.claims.note.size}")
    private String note;

    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
