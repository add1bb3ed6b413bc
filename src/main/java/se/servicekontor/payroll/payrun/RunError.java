package se.servicekontor.payroll.payrun;

/**
 * One entry of the error list (fellista). {@code employeeId} and {@code employmentId} say which page fixes
 * it: the employee (/lonecenter/anstallda/{employeeId}) or the employment's edit page; null employmentId
 * means the employee as a whole.
 */
public record RunError(long employeeId, String employeeName, Long employmentId, String code, Severity severity,
                       String message) {
}
