package se.servicekontor.payroll.payrun;

/** An error (fel) blocks the final run and its release; a warning (varning) is shown for review. */
public enum Severity {
    ERROR("Fel"), WARNING("Varning");

    private final String swedish;

    Severity(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
