package se.servicekontor.organization.register;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.CostCentreSummary;
import se.servicekontor.organization.DepartmentCode;
import se.servicekontor.platform.audit.AuditTrail;

/** The cost centres (ansvar), by code, each owned by one department. Changes are audited. */
@Repository
public class CostCentres {

    private static final String SELECT = """
            SELECT c.id, c.code, c.name, d.code AS department FROM cost_centre c
            JOIN department d ON d.id = c.department_id""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CostCentres(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<CostCentre> find(CostCentreCode code) {
        return jdbc.sql(SELECT + " WHERE c.code = ?").param(code.value()).query(CostCentres::map).optional();
    }

    /**
     * Creates the cost centre or updates its name and department; writes nothing when both are right.
     *
     * @throws IllegalArgumentException if the department does not exist
     */
    public Change save(CostCentreCode code, String name, DepartmentCode department, String actor) {
        Objects.requireNonNull(name, "name");
        long departmentId = jdbc.sql("SELECT id FROM department WHERE code = ?").param(department.value())
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("Okänd förvaltning " + department));
        Optional<CostCentre> existing = find(code);
        CostCentre wanted = new CostCentre(existing.map(CostCentre::id).orElse(0L), code, name, department);
        if (existing.isEmpty()) {
            jdbc.sql("INSERT INTO cost_centre (code, name, department_id) VALUES (?, ?, ?)")
                    .params(code.value(), name, departmentId).update();
            audit.record(actor, "organisation.costcentre.created", subject(code), null, wanted.describe());
            return Change.CREATED;
        }
        if (existing.get().equals(wanted)) {
            return Change.UNCHANGED;
        }
        jdbc.sql("UPDATE cost_centre SET name = ?, department_id = ? WHERE id = ?")
                .params(name, departmentId, wanted.id()).update();
        audit.record(actor, "organisation.costcentre.updated", subject(code), existing.get().describe(), wanted.describe());
        return Change.UPDATED;
    }

    public boolean exists(CostCentreCode code) {
        return jdbc.sql("SELECT count(*) FROM cost_centre WHERE code = ?").param(code.value()).query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM cost_centre").query(Long.class).single();
    }

    /** The named cost centres that exist, by code. */
    public List<CostCentreSummary> summaries(Set<CostCentreCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE c.code IN (:codes) ORDER BY c.code")
                .param("codes", codes.stream().map(CostCentreCode::value).toList())
                .query(CostCentres::map).list().stream()
                .map(c -> new CostCentreSummary(c.code(), c.name(), c.department()))
                .toList();
    }

    private static CostCentre map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CostCentre(rs.getLong("id"), new CostCentreCode(rs.getString("code")), rs.getString("name"),
                new DepartmentCode(rs.getString("department")));
    }

    private static String subject(CostCentreCode code) {
        return "ansvar " + code.value();
    }

    /** A cost centre as stored. */
    public record CostCentre(long id, CostCentreCode code, String name, DepartmentCode department) {
        String describe() {
            return code + " " + name + " (förvaltning " + department + ")";
        }
    }
}
