package se.servicekontor.organization;

/**
 * The code of a department (förvaltning), e.g. {@code UTB}: 1–20 letters, digits, '-' or '_', kept in
 * upper case so that "utb" in a workbook means the same department.
 */
public record DepartmentCode(String value) {

    public DepartmentCode {
        value = OrganisationCode.normalise(value, "Förvaltningskoden");
    }

    @Override
    public String toString() {
        return value;
    }
}
