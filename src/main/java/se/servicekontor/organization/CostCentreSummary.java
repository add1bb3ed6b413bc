package se.servicekontor.organization;

/** A cost centre (ansvar) as other modules see it: its code, name and the department that owns it. */
public record CostCentreSummary(CostCentreCode code, String name, DepartmentCode department) {
}
