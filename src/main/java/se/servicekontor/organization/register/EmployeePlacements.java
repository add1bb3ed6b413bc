package se.servicekontor.organization.register;

import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.servicekontor.organization.CostCentreCode;

/**
 * Where each employee is placed: cost centre, protected identity (skyddad identitet), linked user.
 * Keyed by the 12-digit personal identity number. Not audited one by one: placements are not money,
 * approvals or roles; the import's own audit entry counts them. Nothing here is ever logged with the
 * personal identity number.
 */
@Repository
public class EmployeePlacements {

    private final JdbcClient jdbc;

    EmployeePlacements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the placement or updates it; writes nothing when it is already right.
     *
     * @throws IllegalArgumentException if the cost centre does not exist
     */
    public Change save(Placement placement) {
        Optional<Placement> existing = find(placement.personalIdentityNumber());
        if (existing.isPresent() && existing.get().equals(placement)) {
            return Change.UNCHANGED;
        }
        // the cost centre's id is looked up in the same statement: no row written = no such cost centre
        int written = existing.isEmpty()
                ? jdbc.sql("""
                        INSERT INTO employee_placement (personal_identity_number, first_name, last_name, cost_centre_id,
                                                        protected_identity, username)
                        SELECT ?, ?, ?, c.id, ?, ? FROM cost_centre c WHERE c.code = ?""")
                        .params(placement.personalIdentityNumber(), placement.firstName(), placement.lastName(),
                                placement.protectedIdentity(), placement.username(), placement.costCentre().value())
                        .update()
                : jdbc.sql("""
                        UPDATE employee_placement SET first_name = ?, last_name = ?, protected_identity = ?, username = ?,
                               cost_centre_id = (SELECT c.id FROM cost_centre c WHERE c.code = ?)
                        WHERE personal_identity_number = ? AND EXISTS (SELECT 1 FROM cost_centre c WHERE c.code = ?)""")
                        .params(placement.firstName(), placement.lastName(), placement.protectedIdentity(), placement.username(),
                                placement.costCentre().value(), placement.personalIdentityNumber(), placement.costCentre().value())
                        .update();
        if (written == 0) {
            throw new IllegalArgumentException("Okänt ansvar " + placement.costCentre());
        }
        return existing.isEmpty() ? Change.CREATED : Change.UPDATED;
    }

    public Optional<Placement> find(String personalIdentityNumber) {
        return jdbc.sql("""
                SELECT e.personal_identity_number, e.first_name, e.last_name, c.code, e.protected_identity, e.username
                FROM employee_placement e JOIN cost_centre c ON c.id = e.cost_centre_id
                WHERE e.personal_identity_number = ?""")
                .param(personalIdentityNumber)
                .query((rs, n) -> new Placement(rs.getString(1), rs.getString(2), rs.getString(3),
                        new CostCentreCode(rs.getString(4)), rs.getBoolean(5), rs.getString(6)))
                .optional();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM employee_placement").query(Long.class).single();
    }

    /**
     * One employee's placement.
     *
     * @param personalIdentityNumber 12 digits, YYYYMMDDNNNC
     * @param username               the linked user, or null
     */
    public record Placement(String personalIdentityNumber, String firstName, String lastName, CostCentreCode costCentre,
                            boolean protectedIdentity, String username) {
        public Placement {
            Objects.requireNonNull(personalIdentityNumber, "personalIdentityNumber");
            Objects.requireNonNull(costCentre, "costCentre");
        }

        @Override
        public String toString() { // never the identity number or names: this may end up in a log
            return "Placement[" + costCentre + (protectedIdentity ? ", skyddad identitet" : "") + "]";
        }
    }
}
