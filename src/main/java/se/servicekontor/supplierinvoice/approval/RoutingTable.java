package se.servicekontor.supplierinvoice.approval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.platform.audit.AuditTrail;

/**
 * The routing table (Ekonomicenter → Styrning): a buyer reference (BT-10), an order reference (BT-13) or a
 * supplier's organisation number names the cost centre and its reviewer. References compare in upper case
 * without surrounding space. Changes are audited.
 */
@Repository
class RoutingTable {

    /** What a row matches on, in the order routing tries them. */
    enum Kind { BUYER_REF, ORDER_REF, SUPPLIER }

    record Route(long id, Kind kind, String reference, CostCentreCode costCentre, String reviewer) {
        String describe() {
            return kind + " " + reference + " → ansvar " + costCentre + ", granskare " + reviewer;
        }
    }

    /** Where an invoice goes, or why it goes nowhere (Swedish, for the exception queue). */
    record Decision(Route route, String unroutableReason) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RoutingTable(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** BT-10 first, then BT-13, then the supplier; the reason names the reference that was not known. */
    Decision decide(String buyerReference, String orderReference, String supplierOrganisationNumber) {
        Optional<Route> route = find(Kind.BUYER_REF, buyerReference)
                .or(() -> find(Kind.ORDER_REF, orderReference))
                .or(() -> find(Kind.SUPPLIER, supplierOrganisationNumber));
        if (route.isPresent()) {
            return new Decision(route.get(), null);
        }
        if (buyerReference == null || buyerReference.isBlank()) {
            return new Decision(null, "referens saknas");
        }
        return new Decision(null, "okänd referens '" + buyerReference.strip() + "'");
    }

    Optional<Route> find(Kind kind, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, kind, reference, cost_centre, reviewer FROM invoice_route WHERE kind = ? AND reference = ?")
                .params(kind.name(), key(reference)).query(RoutingTable::map).optional();
    }

    List<Route> all() {
        return jdbc.sql("SELECT id, kind, reference, cost_centre, reviewer FROM invoice_route ORDER BY kind, reference")
                .query(RoutingTable::map).list();
    }

    /** Adds the row or changes its cost centre and reviewer. */
    void save(Kind kind, String reference, CostCentreCode costCentre, String reviewer, String actor) {
        String ref = key(reference);
        Optional<Route> before = find(kind, ref);
        Route after = new Route(0, kind, ref, costCentre, reviewer.strip().toLowerCase(Locale.ROOT));
        if (before.isPresent()) {
            jdbc.sql("UPDATE invoice_route SET cost_centre = ?, reviewer = ? WHERE id = ?")
                    .params(costCentre.value(), after.reviewer(), before.get().id()).update();
        } else {
            jdbc.sql("INSERT INTO invoice_route (kind, reference, cost_centre, reviewer) VALUES (?, ?, ?, ?)")
                    .params(kind.name(), ref, costCentre.value(), after.reviewer()).update();
        }
        audit.record(actor, "supplierinvoice.route.saved", "styrning " + kind + " " + ref,
                before.map(Route::describe).orElse(null), after.describe());
    }

    void delete(long id, String actor) {
        jdbc.sql("SELECT id, kind, reference, cost_centre, reviewer FROM invoice_route WHERE id = ?").param(id)
                .query(RoutingTable::map).optional().ifPresent(r -> {
                    jdbc.sql("DELETE FROM invoice_route WHERE id = ?").param(id).update();
                    audit.record(actor, "supplierinvoice.route.deleted", "styrning " + r.kind() + " " + r.reference(),
                            r.describe(), null);
                });
    }

    static String key(String reference) {
        return reference.strip().toUpperCase(Locale.ROOT);
    }

    private static Route map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Route(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("reference"),
                new CostCentreCode(rs.getString("cost_centre")), rs.getString("reviewer"));
    }
}
