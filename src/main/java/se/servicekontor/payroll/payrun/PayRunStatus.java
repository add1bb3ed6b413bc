package se.servicekontor.payroll.payrun;

/** Where a pay run is in its life: RUNNING → CALCULATED (or FAILED) → RELEASED, or SUPERSEDED by a newer run. */
public enum PayRunStatus {
    RUNNING("Pågår"), CALCULATED("Beräknad"), FAILED("Misslyckad"), RELEASED("Attesterad"), SUPERSEDED("Ersatt");

    private final String swedish;

    PayRunStatus(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
