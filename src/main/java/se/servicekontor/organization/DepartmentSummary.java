package se.servicekontor.organization;

/** A department (förvaltning) as other modules see it: its code and name. */
public record DepartmentSummary(DepartmentCode code, String name) {
}
