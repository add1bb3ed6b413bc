package se.servicekontor.payroll.timereport;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A deviation entered by hand on the employee's deviation page. */
public class DeviationForm {

    @NotNull(message = "{payroll.deviation.employment.required}")
    private Long employmentId;

    @NotNull(message = "{payroll.deviation.code.required}")
    private DeviationCode code;

    @NotNull(message = "{payroll.deviation.from.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    @DecimalMin(value = "0.01", message = "{payroll.deviation.quantity.positive}")
    @Digits(integer = 6, fraction = 2, message = "{payroll.deviation.quantity.positive}")
    private BigDecimal quantity;

    @DecimalMin(value = "0.01", message = "{payroll.deviation.amount.positive}")
    @Digits(integer = 9, fraction = 2, message = "{payroll.deviation.amount.positive}")
    private BigDecimal amount;

    @Size(max = 200)
    private String note;

    public Long getEmploymentId() { return employmentId; }
    public void setEmploymentId(Long employmentId) { this.employmentId = employmentId; }
    public DeviationCode getCode() { return code; }
    public void setCode(DeviationCode code) { this.code = code; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    /** An absence without an end date yet (issue 12): the pay run pays it month by month until an end is reported. */
    private boolean ongoing;

    public boolean isOngoing() { return ongoing; }
    public void setOngoing(boolean ongoing) { this.ongoing = ongoing; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null || note.isBlank() ? null : note.strip(); }
}
