package se.servicekontor.organization.register;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.servicekontor.organization.DepartmentCode;
import se.servicekontor.platform.audit.AuditTrail;

/** The departments (förvaltningar), by code. Creating or renaming one is audited. */
@Repository
public class Departments {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Departments(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<Department> find(DepartmentCode code) {
        return jdbc.sql("SELECT id, code, name FROM department WHERE code = ?").param(code.value())
                .query((rs, n) -> new Department(rs.getLong("id"), new DepartmentCode(rs.getString("code")), rs.getString("name")))
                .optional();
    }

    /** Creates the department or renames it; writes nothing when the name is already right. */
    public Change save(DepartmentCode code, String name, String actor) {
        Objects.requireNonNull(name, "name");
        Optional<Department> existing = find(code);
        if (existing.isEmpty()) {
            jdbc.sql("INSERT INTO department (code, name) VALUES (?, ?)").params(code.value(), name).update();
            audit.record(actor, "organisation.department.created", subject(code), null, name);
            return Change.CREATED;
        }
        if (existing.get().name().equals(name)) {
            return Change.UNCHANGED;
        }
        jdbc.sql("UPDATE department SET name = ? WHERE id = ?").params(name, existing.get().id()).update();
        audit.record(actor, "organisation.department.updated", subject(code), existing.get().name(), name);
        return Change.UPDATED;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM department").query(Long.class).single();
    }

    /** Every department with how many cost centres, users and employees it has, by code. */
    public List<DepartmentOverview> overview() {
        return jdbc.sql("""
                SELECT d.code, d.name,
                       (SELECT count(*) FROM cost_centre c WHERE c.department_id = d.id) AS cost_centres,
                       (SELECT count(*) FROM employee_placement e JOIN cost_centre c ON c.id = e.cost_centre_id
                         WHERE c.department_id = d.id) AS employees
                FROM department d ORDER BY d.code""")
                .query((rs, n) -> new DepartmentOverview(new DepartmentCode(rs.getString("code")), rs.getString("name"),
                        rs.getInt("cost_centres"), rs.getInt("employees")))
                .list();
    }

    private static String subject(DepartmentCode code) {
        return "förvaltning " + code.value();
    }

    /** A department as stored. */
    public record Department(long id, DepartmentCode code, String name) {
    }

    /** One line of the overview in Administration. */
    public record DepartmentOverview(DepartmentCode code, String name, int costCentres, int employees) {
    }
}
