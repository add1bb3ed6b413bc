package se.servicekontor.organization.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a department head or manager may see of the register: the cost centres the attest register
 * gives them on a day (approvers), or all cost centres of their department (managers). Every query
 * takes the user's name and filters in SQL, never in the page.
 */
@Component
@Transactional(readOnly = true)
class DepartmentScope {

    private final JdbcClient jdbc;

    DepartmentScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cost centres where the user holds an attest right valid on the day, with their employee counts. */
    List<CostCentreRow> approverCostCentres(String username, LocalDate on) {
        return jdbc.sql(COST_CENTRES + """
                WHERE c.id IN (SELECT a.cost_centre_id FROM attest_right a JOIN app_user u ON u.id = a.user_id
                               WHERE u.username = ? AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?))
                ORDER BY c.code""")
                .params(normalise(username), on, on)
                .query((rs, n) -> new CostCentreRow(rs.getString("code"), rs.getString("name"), rs.getInt("employees")))
                .list();
    }

    /** All cost centres of the user's own department. */
    List<CostCentreRow> departmentCostCentres(String username) {
        return jdbc.sql(COST_CENTRES + """
                WHERE c.department_id = (SELECT u.department_id FROM app_user u WHERE u.username = ?)
                ORDER BY c.code""")
                .param(normalise(username))
                .query((rs, n) -> new CostCentreRow(rs.getString("code"), rs.getString("name"), rs.getInt("employees")))
                .list();
    }

    /** The user's own attest rights valid on the day. */
    List<RightRow> rightsOf(String username, LocalDate on) {
        return jdbc.sql("""
                SELECT c.code, c.name, a.kind, a.amount_limit, a.valid_from, a.valid_to, s.display_name AS substitute
                FROM attest_right a JOIN app_user u ON u.id = a.user_id
                JOIN cost_centre c ON c.id = a.cost_centre_id
                LEFT JOIN app_user s ON s.id = a.substitute_user_id
                WHERE u.username = ? AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?)
                ORDER BY c.code, a.kind""")
                .params(normalise(username), on, on)
                .query((rs, n) -> new RightRow(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                        rs.getBigDecimal("amount_limit"), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class), rs.getString("substitute")))
                .list();
    }

    private static final String COST_CENTRES = """
            SELECT c.code, c.name,
                   (SELECT count(*) FROM employee_placement e WHERE e.cost_centre_id = c.id) AS employees
            FROM cost_centre c
            """;

    private static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    record CostCentreRow(String code, String name, int employees) {
    }

    record RightRow(String costCentre, String costCentreName, String kind, BigDecimal amountLimit,
                    LocalDate validFrom, LocalDate validTo, String substitute) {
    }
}
