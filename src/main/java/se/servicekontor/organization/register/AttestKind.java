package se.servicekontor.organization.register;

/** The two steps of attest on a supplier invoice. */
public enum AttestKind {
    /** Granskningsattest: goods or services received, price right. */
    REVIEW("granskning"),
    /** Beslutsattest: the budget holder's decision. */
    DECISION("beslut");

    private final String swedish;

    AttestKind(String swedish) {
        this.swedish = swedish;
    }

    /** The word the workbook and the pages use: granskning or beslut. */
    public String swedish() {
        return swedish;
    }
}
