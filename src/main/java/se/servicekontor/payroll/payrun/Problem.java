package se.servicekontor.payroll.payrun;

/** One finding for the error list of a run, before it is stored: which employment (null = the employee), code, severity, message. */
record Problem(Long employmentId, String code, Severity severity, String message) {

    static Problem error(Long employmentId, String code, String message) {
        return new Problem(employmentId, code, Severity.ERROR, message);
    }

    static Problem warning(Long employmentId, String code, String message) {
        return new Problem(employmentId, code, Severity.WARNING, message);
    }
}
