package se.servicekontor.supplierinvoice.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.servicekontor.shared.OrganisationNumber;
import se.servicekontor.shared.SwedishCalendar;
import se.servicekontor.supplierinvoice.InvoiceId;
import se.servicekontor.supplierinvoice.InvoiceLookup;

/**
 * {@link InvoiceLookup} over the received invoice and its case. Expected payment: on the due date, moved to the
 * next bank day when it falls on a weekend or holiday (lag 1930:173 om beräkning av lagstadgad tid), never before
 * today for an approved invoice already past due; none for an invoice that will not be paid.
 */
@Service
class CaseLookup implements InvoiceLookup {

    private static final String SELECT = """
            SELECT i.id, i.status AS intake_status, i.invoice_number, i.credit_note, i.currency, i.payable, i.due_date,
                   i.note, i.received_at, c.state, c.state_since, c.assignee, c.stuck_reason, c.reject_comment,
                   c.returned_on, c.return_reason
            FROM received_invoice i LEFT JOIN invoice_case c ON c.invoice_id = i.id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseLookup(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<InvoiceStatus> find(InvoiceId id) {
        return jdbc.sql(SELECT + " WHERE i.id = ?").param(id.value()).query(this::map).optional();
    }

    @Override
    public List<InvoiceStatus> find(OrganisationNumber supplier, String invoiceNumber) {
        return jdbc.sql(SELECT + """
                 JOIN supplier s ON s.id = i.supplier_id
                WHERE s.organisation_number = ? AND i.invoice_number = ? ORDER BY i.received_at DESC, i.id DESC""")
                .params(supplier.digits(), invoiceNumber.strip()).query(this::map).list();
    }

    private InvoiceStatus map(ResultSet rs, int n) throws SQLException {
        String intake = rs.getString("intake_status");
        String state = rs.getString("state");
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        Instant received = rs.getObject("received_at", OffsetDateTime.class).toInstant();
        OffsetDateTime stateSince = rs.getObject("state_since", OffsetDateTime.class);
        Instant since = stateSince == null ? received : stateSince.toInstant();
        Status status;
        String step;
        String stuck = null;
        if ("DUPLICATE".equals(intake)) {
            status = Status.DUPLICATE;
            step = "dubblett, betalas inte";
            stuck = rs.getString("note");
        } else if ("MANUAL".equals(intake) || "QUARANTINED".equals(intake)) {
            status = Status.MANUAL_HANDLING;
            step = "manuell hantering i Ekonomicenter";
            stuck = rs.getString("note");
        } else if (state == null) {
            status = Status.RECEIVED;
            step = "mottagen, styrs till attest";
        } else {
            switch (InvoiceCase.State.valueOf(state)) {
                case UNROUTABLE -> {
                    status = Status.UNROUTABLE;
                    step = "ostyrd, i Ekonomicenters undantagskö";
                    stuck = rs.getString("stuck_reason");
                }
                case AWAITING_REVIEW -> {
                    status = Status.AWAITING_REVIEW;
                    step = "hos granskare (granskningsattest)";
                    stuck = rs.getString("stuck_reason");
                }
                case AWAITING_DECISION -> {
                    status = Status.AWAITING_DECISION;
                    step = "hos beslutsattestant (beslutsattest)";
                    stuck = rs.getString("stuck_reason");
                }
                case APPROVED -> {
                    status = Status.APPROVED;
                    step = "attesterad, väntar på betalning";
                }
                case REJECTED -> {
                    status = Status.REJECTED;
                    step = "avvisad av attestant, i Ekonomicenter";
                    stuck = "avvisad: " + rs.getString("reject_comment");
                }
                default -> {
                    status = Status.RETURNED_TO_SUPPLIER;
                    step = "returnerad till leverantören";
                    stuck = rs.getString("return_reason");
                }
            }
        }
        return new InvoiceStatus(new InvoiceId(rs.getLong("id")), rs.getString("invoice_number"), rs.getBoolean("credit_note"),
                rs.getString("currency"), rs.getBigDecimal("payable"), due, status, step, since,
                expectedPayment(status, due), stuck, rs.getObject("returned_on", LocalDate.class));
    }

    LocalDate expectedPayment(Status status, LocalDate due) {
        if (due == null) {
            return null;
        }
        return switch (status) {
            case APPROVED -> {
                LocalDate today = LocalDate.now(clock.withZone(Approvals.STOCKHOLM));
                yield SwedishCalendar.instance().bankDayOnOrAfter(due.isBefore(today) ? today : due);
            }
            case RECEIVED, AWAITING_REVIEW, AWAITING_DECISION -> SwedishCalendar.instance().bankDayOnOrAfter(due);
            default -> null;
        };
    }
}
