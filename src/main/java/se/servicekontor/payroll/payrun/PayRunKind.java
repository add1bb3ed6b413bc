package se.servicekontor.payroll.payrun;

/** Preliminär körning (a dry run, repeatable) or slutlig körning (the one that is released and paid). */
public enum PayRunKind {
    PRELIMINARY("Preliminär"), FINAL("Slutlig");

    private final String swedish;

    PayRunKind(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
