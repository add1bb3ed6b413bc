package se.servicekontor.supplierinvoice.intake;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.servicekontor.supplierinvoice.intake.ReceivedInvoice.Status;
import se.servicekontor.supplierinvoice.intake.validation.RuleFinding;

/**
 * {@code received_invoice} and its VAT breakdown: written by the intake job, read by the Inkorg pages.
 * An invoice is saved as an original unless the database already holds one with the same bytes or the same
 * supplier + number + kind + amount (unique columns set on originals only); then it is saved as a duplicate
 * of that one. The check and the insert are one statement, so two partitions cannot both save an original.
 */
@Repository
public class ReceivedInvoices {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    ReceivedInvoices(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** What the writer saves for one file. {@code content} is null for a plain PDF (and an unreadable quarantined file). */
    record NewInvoice(long receivedFileId, long inboxFileId, Status status, Long supplierId, String sourceFormat,
                      InvoiceContent content, String sha256, String dedupeKey, String ruleSet, Integer lineCount, String note,
                      Instant receivedAt) {
    }

    /** The saved row: its id, and the original when it was saved as a duplicate. */
    record Saved(long id, Long duplicateOf) {
        boolean duplicate() {
            return duplicateOf != null;
        }
    }

    Saved save(NewInvoice invoice) {
        List<Object[]> vat = new ArrayList<>();
        Saved saved = save(invoice, vat);
        insertVat(vat);
        return saved;
    }

    /** Saves the invoice row now and adds its VAT breakdown rows to {@code vat}, for one {@link #insertVat} per chunk. */
    Saved save(NewInvoice invoice, List<Object[]> vat) {
        Long id = insert(invoice, invoice.status(), invoice.sha256(), invoice.dedupeKey(), null, invoice.note(), true);
        if (id != null) {
            vat.addAll(vatRows(id, invoice.content()));
            return new Saved(id, null);
        }
        Map<String, Object> original = jdbc.sql("""
                SELECT id, CASE WHEN dedupe_sha256 = :sha THEN 'bytes' ELSE 'number' END AS why
                FROM received_invoice WHERE dedupe_sha256 = :sha OR dedupe_key = :key ORDER BY id LIMIT 1""")
                .param("sha", invoice.sha256()).param("key", invoice.dedupeKey())
                .query().singleRow();
        long originalId = ((Number) original.get("id")).longValue();
        String note = "bytes".equals(original.get("why"))
                ? "Dubblett: samma fil som faktura " + originalId + " i inkorgen."
                : "Dubblett: samma leverantör, fakturanummer och belopp som faktura " + originalId + " i inkorgen.";
        Long duplicateId = insert(invoice, Status.DUPLICATE, null, null, originalId, note, false);
        vat.addAll(vatRows(duplicateId, invoice.content()));
        return new Saved(duplicateId, originalId);
    }

    private Long insert(NewInvoice invoice, Status status, String sha, String key, Long duplicateOf, String note, boolean onConflictNothing) {
        InvoiceContent content = invoice.content();
        ParsedInvoice h = content == null ? null : content.header();
        ParsedInvoice.Totals t = h == null ? null : h.totals();
        BigDecimal sign = content == null ? BigDecimal.ONE : content.sign();
        var keys = new GeneratedKeyHolder();
        int rows = jdbc.sql("""
                INSERT INTO received_invoice (received_file_id, inbox_file_id, status, duplicate_of, supplier_id, source_format,
                    credit_note, type_code, invoice_number, issue_date, due_date, currency, buyer_reference, order_reference,
                    seller_name, line_net, allowances, charges, net, vat, vat_accounting_currency, total, prepaid, rounding,
                    payable, line_count, rule_set, note, dedupe_sha256, dedupe_key, received_at)
                VALUES (:file, :inbox, :status, :duplicateOf, :supplier, :format, :credit, :type, :number, :issued, :due,
                    :currency, :buyerRef, :orderRef, :seller, :lineNet, :allowances, :charges, :net, :vat, :vatAcc, :total,
                    :prepaid, :rounding, :payable, :lines, :ruleSet, :note, :sha, :key, :receivedAt)""" + (onConflictNothing ? " ON CONFLICT DO NOTHING" : ""))
                .param("file", invoice.receivedFileId()).param("inbox", invoice.inboxFileId()).param("status", status.name())
                .param("duplicateOf", duplicateOf).param("supplier", invoice.supplierId()).param("format", invoice.sourceFormat())
                .param("credit", content != null && content.creditNote())
                .param("type", h == null ? null : cut(h.typeCode(), 10)).param("number", h == null ? null : cut(h.invoiceNumber(), 200))
                .param("issued", h == null ? null : h.issueDate()).param("due", h == null ? null : h.dueDate())
                .param("currency", h == null ? null : cut(h.currency(), 3))
                .param("buyerRef", h == null ? null : cut(h.buyerReference(), 200))
                .param("orderRef", content == null ? null : cut(content.orderReference(), 200))
                .param("seller", h == null ? null : cut(h.sellerName() != null ? h.sellerName()
                        : content.seller() == null ? null : content.seller().name(), 300))
                .param("lineNet", signed(t == null ? null : t.lineNet(), sign))
                .param("allowances", signed(t == null ? null : t.allowances(), sign))
                .param("charges", signed(t == null ? null : t.charges(), sign))
                .param("net", signed(t == null ? null : t.withoutVat(), sign))
                .param("vat", signed(t == null ? null : t.vat(), sign))
                .param("vatAcc", signed(t == null ? null : t.vatInAccountingCurrency(), sign))
                .param("total", signed(t == null ? null : t.withVat(), sign))
                .param("prepaid", signed(t == null ? null : t.prepaid(), sign))
                .param("rounding", signed(t == null ? null : t.rounding(), sign))
                .param("payable", signed(t == null ? null : t.amountDue(), sign))
                .param("lines", invoice.lineCount()).param("ruleSet", cut(invoice.ruleSet(), 100)).param("note", cut(note, 1000))
                .param("sha", sha).param("key", key)
                .param("receivedAt", OffsetDateTime.ofInstant(invoice.receivedAt(), ZoneOffset.UTC))
                .update(keys, "id");
        return rows == 0 ? null : Objects.requireNonNull(keys.getKey()).longValue();
    }

    private static List<Object[]> vatRows(long invoiceId, InvoiceContent content) {
        if (content == null) {
            return List.of();
        }
        List<Object[]> rows = new ArrayList<>();
        for (InvoiceContent.VatBreakdown vat : content.vatBreakdown()) {
            if (vat.taxableAmount() == null || vat.taxAmount() == null || vat.category() == null) {
                continue;
            }
            rows.add(new Object[] {invoiceId, cut(vat.category(), 5), vat.rate(), vat.taxableAmount().multiply(content.sign()),
                    vat.taxAmount().multiply(content.sign()), cut(vat.exemptionReason(), 500)});
        }
        return rows;
    }

    /** Inserts VAT breakdown rows ({@link #save(NewInvoice, List)}) in one JDBC batch. */
    void insertVat(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO received_invoice_vat (invoice_id, category, rate, taxable_amount, tax_amount, exemption_reason)
                    VALUES (?, ?, ?, ?, ?, ?)""", rows, new int[] {java.sql.Types.BIGINT, java.sql.Types.VARCHAR,
                    java.sql.Types.NUMERIC, java.sql.Types.NUMERIC, java.sql.Types.NUMERIC, java.sql.Types.VARCHAR});
        }
    }

    /** The duplicate key: supplier, kind, invoice number, currency and amount due as the document states them. */
    static String dedupeKey(String supplierKey, InvoiceContent content) {
        ParsedInvoice h = content.header();
        BigDecimal due = h.totals().amountDue();
        return cut(supplierKey + "|" + (content.creditNote() ? "C" : "I") + "|" + h.invoiceNumber().strip().toUpperCase(Locale.ROOT)
                + "|" + h.currency() + "|" + (due == null ? "" : due.stripTrailingZeros().toPlainString()), 600);
    }

    // reading ------------------------------------------------------------------------------------------

    /** What the Inkorg list can be filtered on. */
    public record Filter(Status status, String query, int page, int size) {
        public Filter {
            size = size <= 0 ? 50 : Math.min(size, 200);
            page = Math.max(0, page);
        }
    }

    /** One page of the Inkorg. */
    public record Page(List<ReceivedInvoice> invoices, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    public Page list(Filter filter) {
        String where = " WHERE (:status = '' OR i.status = :status) AND (:q = '' OR LOWER(COALESCE(s.name, i.seller_name, '')) LIKE :like"
                + " OR COALESCE(s.organisation_number, '') LIKE :digits OR LOWER(COALESCE(i.invoice_number, '')) LIKE :like"
                + " OR LOWER(COALESCE(i.buyer_reference, '')) LIKE :like OR LOWER(f.original_name) LIKE :like)";
        String q = filter.query() == null ? "" : filter.query().strip().toLowerCase(Locale.ROOT);
        String status = filter.status() == null ? "" : filter.status().name();
        long total = jdbc.sql("SELECT COUNT(*) " + FROM + where)
                .param("status", status).param("q", q).param("like", "%" + q + "%").param("digits", "%" + q.replace("-", "") + "%")
                .query(Long.class).single();
        List<ReceivedInvoice> invoices = jdbc.sql(SELECT + FROM + where + " ORDER BY i.id DESC LIMIT :limit OFFSET :offset")
                .param("status", status).param("q", q).param("like", "%" + q + "%").param("digits", "%" + q.replace("-", "") + "%")
                .param("limit", filter.size()).param("offset", (long) filter.page() * filter.size())
                .query(ReceivedInvoices::map).list();
        return new Page(withVat(invoices), filter.page(), filter.size(), total);
    }

    public Optional<ReceivedInvoice> find(long id) {
        return jdbc.sql(SELECT + FROM + " WHERE i.id = ?").param(id).query(ReceivedInvoices::map).optional()
                .map(i -> withVat(List.of(i)).get(0));
    }

    public Optional<ReceivedInvoice> findByReceivedFile(long receivedFileId) {
        return jdbc.sql(SELECT + FROM + " WHERE i.received_file_id = ?").param(receivedFileId).query(ReceivedInvoices::map).optional()
                .map(i -> withVat(List.of(i)).get(0));
    }

    /** The first invoice received from a file with these exact bytes (not a duplicate of another), if any. */
    public Optional<ReceivedInvoice> findOriginalBySha256(String sha256) {
        return jdbc.sql(SELECT + FROM + " WHERE f.sha256 = ? AND i.duplicate_of IS NULL ORDER BY i.id LIMIT 1").param(sha256)
                .query(ReceivedInvoices::map).optional();
    }

    /** Duplicates saved of this invoice. */
    public List<Long> duplicatesOf(long id) {
        return jdbc.sql("SELECT id FROM received_invoice WHERE duplicate_of = ? ORDER BY id").param(id).query(Long.class).list();
    }

    /** Invoices per status, every status present (0 when none). */
    public Map<Status, Long> countByStatus() {
        Map<Status, Long> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) FROM received_invoice GROUP BY status")
                .query(rs -> {
                    counts.put(Status.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** Keeps the warnings validation gave a received invoice's file. */
    void saveFindings(long receivedFileId, List<RuleFinding> findings) {
        IntakeFindings.replace(jdbc, receivedFileId, findings);
    }

    /** The warnings validation gave a received invoice's file. */
    public List<RuleFinding> findings(long receivedFileId) {
        return IntakeFindings.of(jdbc, receivedFileId);
    }

    private List<ReceivedInvoice> withVat(List<ReceivedInvoice> invoices) {
        if (invoices.isEmpty()) {
            return invoices;
        }
        Map<Long, List<ReceivedInvoice.Vat>> vat = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT invoice_id, category, rate, taxable_amount, tax_amount, exemption_reason FROM received_invoice_vat
                WHERE invoice_id IN (:ids) ORDER BY invoice_id, rate DESC, id""")
                .param("ids", invoices.stream().map(ReceivedInvoice::id).toList())
                .query(rs -> {
                    vat.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ReceivedInvoice.Vat(rs.getString(2),
                            rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6)));
                });
        return invoices.stream().map(i -> i.withVat(vat.getOrDefault(i.id(), List.of()))).collect(Collectors.toList());
    }

    private static final String SELECT = """
            SELECT i.id, i.received_file_id, i.status, i.duplicate_of, i.supplier_id, s.name AS supplier_name,
                   s.organisation_number, s.bank_review, i.source_format, i.credit_note, i.type_code, i.invoice_number,
                   i.issue_date, i.due_date, i.currency, i.buyer_reference, i.order_reference, i.seller_name, i.line_net,
                   i.allowances, i.charges, i.net, i.vat, i.vat_accounting_currency, i.total, i.prepaid, i.rounding, i.payable,
                   i.line_count, i.rule_set, i.note, f.original_name, f.sha256, i.received_at""";

    private static final String FROM = " " + """
            FROM received_invoice i JOIN received_file f ON f.id = i.received_file_id
            LEFT JOIN supplier s ON s.id = i.supplier_id""";

    private static ReceivedInvoice map(ResultSet rs, int n) throws SQLException {
        long duplicateOf = rs.getLong("duplicate_of");
        Long duplicate = rs.wasNull() ? null : duplicateOf;
        long supplierId = rs.getLong("supplier_id");
        Long supplier = rs.wasNull() ? null : supplierId;
        int lineCount = rs.getInt("line_count");
        Integer lines = rs.wasNull() ? null : lineCount;
        return new ReceivedInvoice(rs.getLong("id"), rs.getLong("received_file_id"), Status.valueOf(rs.getString("status")),
                duplicate, supplier, rs.getString("supplier_name"), rs.getString("organisation_number"),
                rs.getBoolean("bank_review"), rs.getString("source_format"), rs.getBoolean("credit_note"),
                rs.getString("type_code"), rs.getString("invoice_number"), rs.getObject("issue_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), rs.getString("currency"), rs.getString("buyer_reference"),
                rs.getString("order_reference"), rs.getString("seller_name"), rs.getBigDecimal("line_net"),
                rs.getBigDecimal("allowances"), rs.getBigDecimal("charges"), rs.getBigDecimal("net"), rs.getBigDecimal("vat"),
                rs.getBigDecimal("vat_accounting_currency"), rs.getBigDecimal("total"), rs.getBigDecimal("prepaid"),
                rs.getBigDecimal("rounding"), rs.getBigDecimal("payable"), lines, rs.getString("rule_set"),
                rs.getString("note"), rs.getString("original_name"), rs.getString("sha256"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(), List.of());
    }

    private static BigDecimal signed(BigDecimal amount, BigDecimal sign) {
        return amount == null ? null : amount.multiply(sign);
    }

    static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    Instant now() {
        return clock.instant();
    }
}
