package se.servicekontor.supplierinvoice.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows the approval tests and the benchmark need: a department with cost centres, users with attest rights, and
 * received invoices (without files: the approval workflow never reads the bytes).
 */
final class ApprovalFixture {

    private final JdbcClient jdbc;

    ApprovalFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void department(String code, String name) {
        jdbc.sql("INSERT INTO department (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING").params(code, name).update();
    }

    void costCentre(String code, String department) {
        jdbc.sql("INSERT INTO cost_centre (code, name, department_id) SELECT ?, ?, id FROM department WHERE code = ? ON CONFLICT DO NOTHING")
                .params(code, "Ansvar " + code, department).update();
    }

    void user(String username, String department, String role) {
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, department_id) SELECT ?, ?, id FROM department WHERE code = ?
                ON CONFLICT DO NOTHING""").params(username, username, department).update();
        jdbc.sql("INSERT INTO user_role (user_id, role) SELECT id, ? FROM app_user WHERE username = ? ON CONFLICT DO NOTHING")
                .params(role, username).update();
    }

    void right(String username, String costCentre, String kind, BigDecimal limit, LocalDate from, LocalDate to, String substitute) {
        jdbc.sql("""
                INSERT INTO attest_right (user_id, cost_centre_id, kind, amount_limit, valid_from, valid_to, substitute_user_id)
                SELECT u.id, c.id, ?, ?, ?, ?, (SELECT id FROM app_user WHERE username = ?)
                FROM app_user u, cost_centre c WHERE u.username = ? AND c.code = ?""")
                .params(kind, limit, from, to, substitute, username, costCentre).update();
    }

    void route(String kind, String reference, String costCentre, String reviewer) {
        jdbc.sql("INSERT INTO invoice_route (kind, reference, cost_centre, reviewer) VALUES (?, ?, ?, ?)")
                .params(kind, reference, costCentre, reviewer).update();
    }

    /** A received original invoice; returns its id. net + 25 % VAT. */
    long invoice(String buyerReference, String number, BigDecimal net, LocalDate due) {
        String sha = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
        java.time.OffsetDateTime now = java.time.OffsetDateTime.parse("2026-03-02T08:00:00Z");
        long file = jdbc.sql("""
                INSERT INTO received_file (purpose, original_name, stored_path, sha256, size_bytes, status, received_by, received_at)
                VALUES ('supplier-invoice', ?, 'x', ?, 1, 'PROCESSED', 'test', ?) RETURNING id""")
                .params(number + ".xml", sha, now).query(Long.class).single();
        long inbox = jdbc.sql("""
                INSERT INTO inbox_file (claim_token, source, original_name, claimed_by, claimed_at, received_file_id, outcome)
                VALUES (?, 'UPLOAD', ?, 'test', ?, ?, 'RECEIVED') RETURNING id""")
                .params(UUID.randomUUID().toString(), number + ".xml", now, file).query(Long.class).single();
        BigDecimal vat = net.multiply(new BigDecimal("0.25")).setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal total = net.add(vat);
        return jdbc.sql("""
                INSERT INTO received_invoice (received_file_id, inbox_file_id, status, source_format, credit_note, type_code,
                    invoice_number, issue_date, due_date, currency, buyer_reference, seller_name, line_net, net, vat, total,
                    payable, received_at)
                VALUES (?, ?, 'RECEIVED', 'UBL', ?, ?, ?, ?, ?, 'SEK', ?, 'Leverantören AB', ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(file, inbox, net.signum() < 0, net.signum() < 0 ? "381" : "380", number, due.minusDays(30), due,
                        buyerReference, net, net, vat, total, total, now)
                .query(Long.class).single();
    }
}
