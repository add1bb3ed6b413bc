package se.servicekontor.supplierinvoice.approval;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL reads of the approval pages (lists stay on SQL; changes go through {@link InvoiceCase}). Every query is
 * scoped by the caller's cost centres in SQL.
 */
@Repository
class InboxQueries {

    static final int PAGE = 200;

    private static final String SELECT = """
            SELECT c.invoice_id, c.state, c.invoice_number, c.credit_note, c.currency, c.net, c.vat, c.total, c.due_date,
                   c.issue_date, c.state_since, c.received_at, c.cost_centre, c.assignee, c.stuck_reason, c.coded_by,
                   c.reviewed_by, c.supplier_org_number, c.reject_comment, c.rejected_by, c.return_reason, c.reminded_on,
                   c.escalated_to, COALESCE(s.name, i.seller_name) AS supplier_name,
                   (SELECT count(*) FROM invoice_coding_line l WHERE l.invoice_id = c.invoice_id) AS lines,
                   c.net - (SELECT COALESCE(sum(l.amount), 0) FROM invoice_coding_line l WHERE l.invoice_id = c.invoice_id) AS difference
            FROM invoice_case c JOIN received_invoice i ON i.id = c.invoice_id
            LEFT JOIN supplier s ON s.id = c.supplier_id""";

    private final JdbcClient jdbc;

    InboxQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One invoice of the lists. */
    record Row(long id, InvoiceCase.State state, String invoiceNumber, boolean creditNote, String currency, BigDecimal net,
               BigDecimal vat, BigDecimal total, LocalDate dueDate, LocalDate issueDate, Instant stateSince,
               Instant receivedAt, String costCentre, String assignee, String stuckReason, String codedBy,
               String reviewedBy, String supplierOrganisationNumber, String rejectComment, String rejectedBy,
               String returnReason, LocalDate remindedOn, String escalatedTo, String supplierName, int lines,
               BigDecimal difference) {

        boolean fullyCoded() {
            return lines > 0 && difference.signum() == 0;
        }

        long daysWaiting(LocalDate today) {
            return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(
                    stateSince.atZone(Approvals.STOCKHOLM).toLocalDate(), today));
        }

        boolean overdue(LocalDate today) {
            return dueDate != null && dueDate.isBefore(today);
        }
    }

    /** What waits for these approvers (the user and the absent holders they substitute for) on these cost centres, earliest due first. */
    List<Row> waitingFor(Collection<String> assignees, Collection<String> costCentres, int page) {
        if (assignees.isEmpty() || costCentres.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                 WHERE c.assignee IN (:who) AND c.state IN ('AWAITING_REVIEW', 'AWAITING_DECISION')
                   AND c.cost_centre IN (:cc)
                ORDER BY c.due_date, c.invoice_id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY""")
                .param("who", List.copyOf(assignees)).param("cc", List.copyOf(costCentres))
                .param("offset", page * PAGE).param("size", PAGE)
                .query(InboxQueries::map).list();
    }

    long countWaitingFor(Collection<String> assignees, Collection<String> costCentres) {
        if (assignees.isEmpty() || costCentres.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                SELECT count(*) FROM invoice_case c WHERE c.assignee IN (:who)
                   AND c.state IN ('AWAITING_REVIEW', 'AWAITING_DECISION') AND c.cost_centre IN (:cc)""")
                .param("who", List.copyOf(assignees)).param("cc", List.copyOf(costCentres)).query(Long.class).single();
    }

    /** One invoice, only when it belongs to one of these cost centres (a changed id in the URL finds nothing). */
    Optional<Row> find(long id, Collection<String> costCentres) {
        if (costCentres.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE c.invoice_id = :id AND c.cost_centre IN (:cc)")
                .param("id", id).param("cc", List.copyOf(costCentres)).query(InboxQueries::map).optional();
    }

    /** Ekonomicenter's exception queue: unroutable and rejected invoices, oldest first. */
    List<Row> exceptions() {
        return jdbc.sql(SELECT + " WHERE c.state IN ('UNROUTABLE', 'REJECTED') ORDER BY c.state_since, c.invoice_id FETCH NEXT 500 ROWS ONLY")
                .query(InboxQueries::map).list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE c.invoice_id = ?").param(id).query(InboxQueries::map).optional();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("invoice_id"), InvoiceCase.State.valueOf(rs.getString("state")), rs.getString("invoice_number"),
                rs.getBoolean("credit_note"), rs.getString("currency"), rs.getBigDecimal("net"), rs.getBigDecimal("vat"),
                rs.getBigDecimal("total"), rs.getObject("due_date", LocalDate.class), rs.getObject("issue_date", LocalDate.class),
                rs.getObject("state_since", OffsetDateTime.class).toInstant(),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("cost_centre"),
                rs.getString("assignee"), rs.getString("stuck_reason"), rs.getString("coded_by"), rs.getString("reviewed_by"),
                rs.getString("supplier_org_number"), rs.getString("reject_comment"), rs.getString("rejected_by"),
                rs.getString("return_reason"), rs.getObject("reminded_on", LocalDate.class), rs.getString("escalated_to"),
                rs.getString("supplier_name"), rs.getInt("lines"), rs.getBigDecimal("difference"));
    }
}
