package se.servicekontor.organization;

/**
 * The code of a cost centre (ansvar), e.g. {@code 2110}: 1–20 letters, digits, '-' or '_', kept in
 * upper case. Invoices, pay lines and postings carry it; the attest register says who approves for it.
 */
public record CostCentreCode(String value) implements Comparable<CostCentreCode> {

    public CostCentreCode {
        value = OrganisationCode.normalise(value, "Ansvarskoden");
    }

    @Override
    public int compareTo(CostCentreCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
