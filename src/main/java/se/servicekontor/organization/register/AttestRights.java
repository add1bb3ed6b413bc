package se.servicekontor.organization.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.platform.audit.AuditTrail;

/** The attest register. Every new or changed line is audited with before → after. */
@Repository
public class AttestRights {

    private static final String SELECT = """
            SELECT u.username AS holder, c.code AS cost_centre, a.kind, a.amount_limit, a.valid_from, a.valid_to,
                   s.username AS substitute
            FROM attest_right a
            JOIN app_user u ON u.id = a.user_id
            JOIN cost_centre c ON c.id = a.cost_centre_id
            LEFT JOIN app_user s ON s.id = a.substitute_user_id""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    AttestRights(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Creates the line or updates its limit, end and substitute; writes nothing when all are right.
     * Overlap with other periods is the caller's check ({@link #periodsOf}).
     *
     * @throws IllegalArgumentException if the holder, substitute or cost centre does not exist
     */
    public Change save(AttestRight right, String actor) {
        long holderId = userId(right.holder());
        Long substituteId = right.substitute() == null ? null : userId(right.substitute());
        long costCentreId = jdbc.sql("SELECT id FROM cost_centre WHERE code = ?").param(right.costCentre().value())
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("Okänt ansvar " + right.costCentre()));
        Optional<AttestRight> existing = periodsOf(right.holder(), right.costCentre(), right.kind()).stream()
                .filter(right::sameKey).findFirst();
        if (existing.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO attest_right (user_id, cost_centre_id, kind, amount_limit, valid_from, valid_to, substitute_user_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(holderId, costCentreId, right.kind().name(), right.amountLimit(), right.period().from(),
                            right.period().to(), substituteId)
                    .update();
            audit.record(actor, "organisation.attest.created", right.subject(), null, right.describe());
            return Change.CREATED;
        }
        if (existing.get().sameAs(right)) {
            return Change.UNCHANGED;
        }
        jdbc.sql("""
                UPDATE attest_right SET amount_limit = ?, valid_to = ?, substitute_user_id = ?
                WHERE user_id = ? AND cost_centre_id = ? AND kind = ? AND valid_from = ?""")
                .params(right.amountLimit(), right.period().to(), substituteId,
                        holderId, costCentreId, right.kind().name(), right.period().from())
                .update();
        audit.record(actor, "organisation.attest.updated", right.subject(), existing.get().describe(), right.describe());
        return Change.UPDATED;
    }

    /** All lines of this holder, cost centre and kind, oldest period first. */
    public List<AttestRight> periodsOf(String holder, CostCentreCode costCentre, AttestKind kind) {
        return jdbc.sql(SELECT + " WHERE u.username = ? AND c.code = ? AND a.kind = ? ORDER BY a.valid_from")
                .params(holder, costCentre.value(), kind.name())
                .query(AttestRights::map).list();
    }

    /** The cost centres where the user holds a right (either kind) valid on the day. */
    public Set<CostCentreCode> costCentresOf(String holder, LocalDate on) {
        return new TreeSet<>(jdbc.sql("""
                SELECT DISTINCT c.code FROM attest_right a
                JOIN app_user u ON u.id = a.user_id
                JOIN cost_centre c ON c.id = a.cost_centre_id
                WHERE u.username = ? AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?)""")
                .params(holder, on, on)
                .query((rs, n) -> new CostCentreCode(rs.getString(1))).list());
    }

    /** Every line (all periods) of these cost centres. */
    public List<AttestRight> ofCostCentres(Set<CostCentreCode> codes) {
        return jdbc.sql(SELECT + " WHERE c.code IN (:codes) ORDER BY c.code, a.kind, u.username, a.valid_from")
                .param("codes", codes.stream().map(CostCentreCode::value).toList())
                .query(AttestRights::map).list();
    }

    /** Every line where the user is the holder or the substitute. */
    public List<AttestRight> naming(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = ? OR s.username = ? ORDER BY c.code, a.kind, a.valid_from")
                .params(username, username).query(AttestRights::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM attest_right").query(Long.class).single();
    }

    /** One page of the register ordered by cost centre, kind, holder and start (the overview in Administration). */
    public List<AttestRight> page(int offset, int limit) {
        return jdbc.sql(SELECT + " ORDER BY c.code, a.kind, u.username, a.valid_from OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(offset, limit).query(AttestRights::map).list();
    }

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("Okänd användare " + username));
    }

    private static AttestRight map(ResultSet rs, int n) throws SQLException {
        return new AttestRight(rs.getString("holder"), new CostCentreCode(rs.getString("cost_centre")),
                AttestKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount_limit"),
                new ValidityPeriod(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)),
                rs.getString("substitute"));
    }
}
