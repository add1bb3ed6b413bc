package se.servicekontor.supplierinvoice.supplier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.shared.FourEyes;
import se.servicekontor.supplierinvoice.supplier.SupplierFacts.Account;

/**
 * The supplier register. Intake registers each received invoice's seller here (created, or updated where the
 * invoice says something new); economy officers edit it. A payment account that a known supplier did not
 * have before is flagged for review: no payment until another officer has confirmed it. Every change is
 * written to the audit trail. Methods join the caller's transaction (the intake job's chunk).
 */
@Service
public class Suppliers {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    Suppliers(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Registers the seller of a received invoice and returns the supplier's id.
     *
     * @param invoiceRef how the audit trail and the review reason name the invoice, e.g. "faktura 1234 (fil 56)"
     * @param actor      who received it (the user who started the run, or {@link AuditTrail#SYSTEM})
     */
    @Transactional
    public long registerFromInvoice(SupplierFacts facts, String invoiceRef, String actor) {
        String key = facts.key();
        for (int attempt = 1; ; attempt++) {
            Optional<Supplier> existing = findByKey(key);
            if (existing.isEmpty()) {
                if (insert(key, facts, actor)) {
                    Supplier created = findByKey(key).orElseThrow();
                    audit.record(actor, "supplier.created", subject(created), null, describe(created) + " (från " + invoiceRef + ")");
                    return created.id();
                }
                continue; // created concurrently by another partition: update it instead
            }
            if (updateFromInvoice(existing.get(), facts, invoiceRef, actor)) {
                return existing.get().id();
            }
            if (attempt >= 5) {
                throw new IllegalStateException("Leverantören " + key + " ändrades samtidigt flera gånger; försök igen");
            }
        }
    }

    private boolean insert(String key, SupplierFacts facts, String actor) {
        List<Account> accounts = facts.accounts();
        OffsetDateTime now = now();
        return jdbc.sql("""
                INSERT INTO supplier (supplier_key, name, organisation_number, legal_id, vat_number, street, postal_code, city,
                    country_code, peppol_id, f_skatt, bankgiro, plusgiro, iban, bic, other_account, payment_accounts,
                    bank_review, created_at, updated_at, updated_by)
                VALUES (:key, :name, :orgNr, :legalId, :vat, :street, :postalCode, :city, :country, :peppolId, :fSkatt,
                    :bankgiro, :plusgiro, :iban, :bic, :other, :accounts, FALSE, :now, :now, :actor)
                ON CONFLICT DO NOTHING""")
                .param("key", key).param("name", nameOf(facts)).param("orgNr", facts.organisationNumber())
                .param("legalId", cut(facts.legalId(), 100)).param("vat", cut(facts.vatNumber(), 40))
                .param("street", cut(facts.street(), 300)).param("postalCode", cut(facts.postalCode(), 30))
                .param("city", cut(facts.city(), 150)).param("country", country(facts.countryCode()))
                .param("peppolId", cut(facts.peppolId(), 120)).param("fSkatt", facts.fSkatt())
                .param("bankgiro", firstOf(accounts, Account.Kind.BANKGIRO, 8)).param("plusgiro", firstOf(accounts, Account.Kind.PLUSGIRO, 8))
                .param("iban", firstOf(accounts, Account.Kind.IBAN, 34)).param("bic", bicOf(accounts))
                .param("other", firstOf(accounts, Account.Kind.OTHER, 100)).param("accounts", cut(facts.canonicalAccounts(), 400))
                .param("now", now).param("actor", actor)
                .update() == 1;
    }

    /** Applies what the invoice says; false when the supplier changed under us (retry). */
    private boolean updateFromInvoice(Supplier current, SupplierFacts facts, String invoiceRef, String actor) {
        String newAccounts = facts.canonicalAccounts();
        boolean accountsChange = newAccounts != null && !tokens(current.paymentAccounts()).containsAll(tokens(newAccounts));
        boolean review = accountsChange && current.paymentAccounts() != null;
        Map<String, String[]> changed = new LinkedHashMap<>();
        compare(changed, "namn", current.name(), nameOf(facts));
        compare(changed, "organisationsnummer", current.organisationNumber(), facts.organisationNumber());
        compare(changed, "momsnummer", current.vatNumber(), cut(facts.vatNumber(), 40));
        compare(changed, "gatuadress", current.street(), cut(facts.street(), 300));
        compare(changed, "postnummer", current.postalCode(), cut(facts.postalCode(), 30));
        compare(changed, "ort", current.city(), cut(facts.city(), 150));
        compare(changed, "land", current.countryCode(), country(facts.countryCode()));
        compare(changed, "Peppol-id", current.peppolId(), cut(facts.peppolId(), 120));
        if (facts.fSkatt() && !current.fSkatt()) {
            changed.put("F-skatt", new String[] {"nej", "ja"});
        }
        if (accountsChange) {
            changed.put("betalkonton", new String[] {current.accountsText(), PaymentAccountsText.of(newAccounts)});
        }
        if (changed.isEmpty()) {
            return true;
        }
        List<Account> accounts = accountsChange ? facts.accounts() : List.of();
        String reason = review ? "Betalkontot ändrades av " + invoiceRef + ": " + PaymentAccountsText.of(newAccounts)
                + " (tidigare " + current.accountsText() + "). Kontrollera med leverantören på känt telefonnummer innan betalning." : null;
        int updated = jdbc.sql("""
                UPDATE supplier SET
                    name = COALESCE(:name, name), organisation_number = COALESCE(:orgNr, organisation_number),
                    vat_number = COALESCE(:vat, vat_number), street = COALESCE(:street, street),
                    postal_code = COALESCE(:postalCode, postal_code), city = COALESCE(:city, city),
                    country_code = COALESCE(:country, country_code), peppol_id = COALESCE(:peppolId, peppol_id),
                    f_skatt = (f_skatt OR :fSkatt),
                    bankgiro = CASE WHEN :accountsChange THEN :bankgiro ELSE bankgiro END,
                    plusgiro = CASE WHEN :accountsChange THEN :plusgiro ELSE plusgiro END,
                    iban = CASE WHEN :accountsChange THEN :iban ELSE iban END,
                    bic = CASE WHEN :accountsChange THEN :bic ELSE bic END,
                    other_account = CASE WHEN :accountsChange THEN :other ELSE other_account END,
                    payment_accounts = CASE WHEN :accountsChange THEN :accounts ELSE payment_accounts END,
                    bank_review = (bank_review OR :review),
                    bank_review_reason = CASE WHEN :review THEN :reason ELSE bank_review_reason END,
                    previous_accounts = CASE WHEN :review THEN payment_accounts ELSE previous_accounts END,
                    bank_changed_at = CASE WHEN :review THEN :now ELSE bank_changed_at END,
                    bank_changed_by = CASE WHEN :review THEN :changedBy ELSE bank_changed_by END,
                    updated_at = :now, updated_by = :actor
                WHERE id = :id AND COALESCE(payment_accounts, '') = :expectedAccounts""")
                .param("name", nameOf(facts)).param("orgNr", facts.organisationNumber()).param("vat", cut(facts.vatNumber(), 40))
                .param("street", cut(facts.street(), 300)).param("postalCode", cut(facts.postalCode(), 30))
                .param("city", cut(facts.city(), 150)).param("country", country(facts.countryCode()))
                .param("peppolId", cut(facts.peppolId(), 120)).param("fSkatt", facts.fSkatt())
                .param("accountsChange", accountsChange)
                .param("bankgiro", firstOf(accounts, Account.Kind.BANKGIRO, 8)).param("plusgiro", firstOf(accounts, Account.Kind.PLUSGIRO, 8))
                .param("iban", firstOf(accounts, Account.Kind.IBAN, 34)).param("bic", bicOf(accounts))
                .param("other", firstOf(accounts, Account.Kind.OTHER, 100)).param("accounts", cut(newAccounts, 400))
                .param("review", review).param("reason", cut(reason, 1000)).param("now", now()).param("actor", actor)
                // the supplier's invoice changed it, not the officer who started the run: any officer may confirm
                .param("changedBy", AuditTrail.SYSTEM)
                .param("id", current.id()).param("expectedAccounts", Objects.requireNonNullElse(current.paymentAccounts(), ""))
                .update();
        if (updated == 0) {
            return false;
        }
        String before = changed.entrySet().stream().map(e -> e.getKey() + ": " + Objects.requireNonNullElse(e.getValue()[0], "–"))
                .collect(Collectors.joining("; "));
        String after = changed.entrySet().stream().map(e -> e.getKey() + ": " + Objects.requireNonNullElse(e.getValue()[1], "–"))
                .collect(Collectors.joining("; "));
        audit.record(actor, review ? "supplier.bankAccountChanged" : "supplier.updatedFromInvoice", subject(current), before,
                after + " (från " + invoiceRef + ")");
        return true;
    }

    /** Saves an officer's edit. A changed payment account is held for review by another officer. */
    @Transactional
    public void update(long id, SupplierEdit edit, String actor) {
        Supplier current = find(id).orElseThrow(() -> new NoSuchSupplier(id));
        boolean accountsChange = !Objects.equals(edit.bankgiro(), current.bankgiro())
                || !Objects.equals(edit.plusgiro(), current.plusgiro()) || !Objects.equals(edit.iban(), current.iban())
                || !Objects.equals(edit.otherAccount(), current.otherAccount());
        String accounts = accountsChange ? SupplierFacts.canonical(edit.accounts()) : current.paymentAccounts();
        boolean review = accountsChange && accounts != null;
        jdbc.sql("""
                UPDATE supplier SET name = :name, organisation_number = :orgNr, vat_number = :vat, street = :street,
                    postal_code = :postalCode, city = :city, country_code = :country, peppol_id = :peppolId, f_skatt = :fSkatt,
                    bankgiro = :bankgiro, plusgiro = :plusgiro, iban = :iban, bic = :bic, other_account = :other,
                    payment_accounts = :accounts,
                    bank_review = CASE WHEN :accountsChange THEN :review ELSE bank_review END,
                    bank_review_reason = CASE WHEN :accountsChange THEN :reason ELSE bank_review_reason END,
                    previous_accounts = CASE WHEN :accountsChange THEN payment_accounts ELSE previous_accounts END,
                    bank_changed_at = CASE WHEN :accountsChange THEN :now ELSE bank_changed_at END,
                    bank_changed_by = CASE WHEN :accountsChange THEN :actor ELSE bank_changed_by END,
                    updated_at = :now, updated_by = :actor
                WHERE id = :id""")
                .param("name", edit.name()).param("orgNr", edit.organisationNumber()).param("vat", edit.vatNumber())
                .param("street", edit.street()).param("postalCode", edit.postalCode()).param("city", edit.city())
                .param("country", edit.countryCode()).param("peppolId", edit.peppolId()).param("fSkatt", edit.fSkatt())
                .param("bankgiro", edit.bankgiro()).param("plusgiro", edit.plusgiro()).param("iban", edit.iban())
                .param("bic", edit.bic()).param("other", edit.otherAccount()).param("accounts", accounts)
                .param("accountsChange", accountsChange)
                .param("review", review)
                .param("reason", review ? "Betalkontot ändrades i leverantörsregistret av " + actor
                        + ". En annan handläggare ska kontrollera det med leverantören innan betalning." : null)
                .param("now", now()).param("actor", actor).param("id", id)
                .update();
        Supplier after = find(id).orElseThrow();
        audit.record(actor, accountsChange ? "supplier.bankAccountChanged" : "supplier.updated", subject(after),
                describe(current), describe(after));
    }

    /** Confirms a changed payment account after checking it with the supplier; not by whoever changed it. */
    @Transactional
    public void confirmAccounts(long id, String actor) {
        Supplier current = find(id).orElseThrow(() -> new NoSuchSupplier(id));
        if (!current.bankReview()) {
            throw new SupplierRefused("Leverantörens betalkonto väntar inte på granskning.");
        }
        if (FourEyes.samePerson(actor, current.bankChangedBy())) {
            throw new SupplierRefused("Du ändrade själv betalkontot. En annan handläggare ska godkänna ändringen.");
        }
        jdbc.sql("UPDATE supplier SET bank_review = FALSE, updated_at = ?, updated_by = ? WHERE id = ? AND bank_review")
                .params(now(), actor, id).update();
        audit.record(actor, "supplier.bankAccountConfirmed", subject(current),
                "granskas: " + current.accountsText() + " (tidigare " + current.previousAccountsText() + ")",
                "godkänt: " + current.accountsText());
    }

    /**
     * Rejects a changed payment account (the supplier did not confirm it): the accounts go back to what they were
     * before the change and the review ends; the reason is audited. Anyone but the system may reject, also the
     * officer who made the change (an undo).
     */
    @Transactional
    public void rejectAccounts(long id, String reason, String actor) {
        Supplier current = find(id).orElseThrow(() -> new NoSuchSupplier(id));
        if (!current.bankReview()) {
            throw new SupplierRefused("Leverantörens betalkonto väntar inte på granskning.");
        }
        if (reason == null || reason.isBlank()) {
            throw new SupplierRefused("Skriv varför ändringen avvisas, till exempel vad leverantören svarade.");
        }
        Map<String, String> previous = new LinkedHashMap<>();
        String canonical = current.previousAccounts() == null || current.previousAccounts().isBlank() ? null : current.previousAccounts();
        if (canonical != null) {
            for (String token : canonical.split(";")) {
                int colon = token.indexOf(':');
                previous.putIfAbsent(colon < 0 ? "OTHER" : token.substring(0, colon), colon < 0 ? token : token.substring(colon + 1));
            }
        }
        jdbc.sql("""
                UPDATE supplier SET bankgiro = :bankgiro, plusgiro = :plusgiro, iban = :iban, other_account = :other,
                    payment_accounts = :accounts, previous_accounts = NULL, bank_review = FALSE, bank_review_reason = NULL,
                    updated_at = :now, updated_by = :actor
                WHERE id = :id AND bank_review""")
                .param("bankgiro", previous.get("BG")).param("plusgiro", previous.get("PG")).param("iban", previous.get("IBAN"))
                .param("other", previous.getOrDefault("OTHER", previous.get("KONTO")))
                .param("accounts", canonical).param("now", now()).param("actor", actor).param("id", id)
                .update();
        audit.record(actor, "supplier.bankAccountRejected", subject(current),
                "granskas: " + current.accountsText() + " (tidigare " + current.previousAccountsText() + ")",
                "avvisat, tillbaka till: " + (canonical == null ? "inget konto" : current.previousAccountsText()) + " – " + reason.strip());
    }

    public Optional<Supplier> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Suppliers::map).optional();
    }

    public Optional<Supplier> findByKey(String key) {
        return jdbc.sql(SELECT + " WHERE supplier_key = ?").param(key).query(Suppliers::map).optional();
    }

    /** Suppliers by name, organisation number or VAT number (case-insensitive part), those under review first if asked. */
    public List<Supplier> search(String query, boolean underReviewOnly, int limit) {
        String like = "%" + (query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return jdbc.sql(SELECT + " " + """
                 WHERE (LOWER(name) LIKE :q OR COALESCE(organisation_number, '') LIKE :qDigits OR LOWER(COALESCE(vat_number, '')) LIKE :q)
                   AND (:all OR bank_review)
                 ORDER BY bank_review DESC, name, id LIMIT :limit""")
                .param("q", like).param("qDigits", like.replace("-", "")).param("all", !underReviewOnly).param("limit", limit)
                .query(Suppliers::map).list();
    }

    public long countUnderReview() {
        return jdbc.sql("SELECT COUNT(*) FROM supplier WHERE bank_review").query(Long.class).single();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM supplier").query(Long.class).single();
    }

    private static final String SELECT = """
            SELECT id, supplier_key, name, organisation_number, legal_id, vat_number, street, postal_code, city, country_code,
                   peppol_id, f_skatt, bankgiro, plusgiro, iban, bic, other_account, payment_accounts, bank_review,
                   bank_review_reason, previous_accounts, bank_changed_at, bank_changed_by, created_at, updated_at, updated_by
            FROM supplier""";

    private static Supplier map(ResultSet rs, int n) throws SQLException {
        return new Supplier(rs.getLong("id"), rs.getString("supplier_key"), rs.getString("name"),
                rs.getString("organisation_number"), rs.getString("legal_id"), rs.getString("vat_number"),
                rs.getString("street"), rs.getString("postal_code"), rs.getString("city"), rs.getString("country_code"),
                rs.getString("peppol_id"), rs.getBoolean("f_skatt"), rs.getString("bankgiro"), rs.getString("plusgiro"),
                rs.getString("iban"), rs.getString("bic"), rs.getString("other_account"), rs.getString("payment_accounts"),
                rs.getBoolean("bank_review"), rs.getString("bank_review_reason"), rs.getString("previous_accounts"),
                instant(rs, "bank_changed_at"), rs.getString("bank_changed_by"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getString("updated_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static void compare(Map<String, String[]> changed, String field, String current, String fromInvoice) {
        if (fromInvoice != null && !fromInvoice.equals(current)) {
            changed.put(field, new String[] {current, fromInvoice});
        }
    }

    private static Set<String> tokens(String canonical) {
        return canonical == null || canonical.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(canonical.split(";")));
    }

    private static String nameOf(SupplierFacts facts) {
        String name = facts.name() == null || facts.name().isBlank() ? "Okänd leverantör" : facts.name().strip();
        return cut(name, 300);
    }

    private static String country(String code) {
        return code == null || code.strip().length() != 2 ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static String firstOf(List<Account> accounts, Account.Kind kind, int max) {
        return accounts.stream().filter(a -> a.kind() == kind).map(a -> kind == Account.Kind.OTHER ? a.id().strip()
                        : a.id().replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT))
                .filter(id -> id.length() <= max).findFirst().orElse(null);
    }

    private static String bicOf(List<Account> accounts) {
        return accounts.stream().map(Account::bic).filter(b -> b != null && b.strip().matches("[A-Za-z0-9]{8}|[A-Za-z0-9]{11}"))
                .map(String::strip).findFirst().orElse(null);
    }

    static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    private static String subject(Supplier supplier) {
        return "leverantör " + supplier.id() + " " + supplier.name();
    }

    private static String describe(Supplier s) {
        return "namn: " + s.name() + "; organisationsnummer: " + Objects.requireNonNullElse(s.organisationNumber(), "–")
                + "; momsnummer: " + Objects.requireNonNullElse(s.vatNumber(), "–") + "; F-skatt: " + (s.fSkatt() ? "ja" : "nej")
                + "; betalkonton: " + (s.accountsText().isEmpty() ? "–" : s.accountsText());
    }

    /** No supplier with that id. */
    public static class NoSuchSupplier extends RuntimeException {
        NoSuchSupplier(long id) {
            super("Leverantör " + id + " finns inte.");
        }
    }

    /** An officer's action the register refuses, with the reason. */
    public static class SupplierRefused extends RuntimeException {
        SupplierRefused(String message) {
            super(message);
        }
    }
}
