package se.servicekontor.payroll.payrun;

import java.time.LocalDate;

import se.servicekontor.shared.Amount;

/** One pay line of an employee in a run (payslip line); taxable lines make up gross pay. */
public record PayLineView(int seq, long employmentId, String costCentre, String code, String text, Amount amount,
                          boolean taxable, LocalDate earnedFrom, LocalDate earnedTo) {
}
