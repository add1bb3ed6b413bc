package se.servicekontor.payroll.timereport;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.platform.audit.AuditTrail;

/** Deviations per employment: lookups for the import's row rules, inserts and removals, all audited. */
@Repository
public class Deviations {

    /** The employment a deviation belongs to, with the employee's personnummer (for the natural key). */
    public record EmploymentRef(long employmentId, long employeeId, String personalIdentityNumber, EmploymentForm form,
                                LocalDate start, LocalDate end) {
        boolean covers(LocalDate from, LocalDate to) {
            return !from.isBefore(start) && (end == null || !to.isAfter(end));
        }
    }

    /** A stored deviation as the pages show it. */
    public record Stored(long id, long employmentId, DeviationCode code, LocalDate from, LocalDate to, BigDecimal quantity,
                         BigDecimal amount, String note, String source, String recordedBy) {
    }

    private static final String ABSENCE_CODES = "'" + String.join("','", Arrays.stream(DeviationCode.values())
            .filter(c -> c.kind() == DeviationCode.Kind.ABSENCE).map(Enum::name).toList()) + "'";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Deviations(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The employee's employments, by start date; empty when the personnummer is not in payroll. */
    public List<EmploymentRef> employmentsOf(String personalIdentityNumber) {
        return jdbc.sql("""
                SELECT m.id, e.id, e.personal_identity_number, m.form, m.start_date, m.end_date
                FROM employment m JOIN payroll_employee e ON e.id = m.employee_id
                WHERE e.personal_identity_number = ? ORDER BY m.start_date""")
                .param(personalIdentityNumber)
                .query((rs, n) -> new EmploymentRef(rs.getLong(1), rs.getLong(2), rs.getString(3).strip(),
                        EmploymentForm.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list();
    }

    public Optional<EmploymentRef> employment(long employmentId) {
        return jdbc.sql("""
                SELECT m.id, e.id, e.personal_identity_number, m.form, m.start_date, m.end_date
                FROM employment m JOIN payroll_employee e ON e.id = m.employee_id WHERE m.id = ?""")
                .param(employmentId)
                .query((rs, n) -> new EmploymentRef(rs.getLong(1), rs.getLong(2), rs.getString(3).strip(),
                        EmploymentForm.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .optional();
    }

    public boolean exists(String naturalKey) {
        return jdbc.sql("SELECT count(*) FROM deviation WHERE natural_key = ?").param(naturalKey).query(Long.class).single() > 0;
    }

    /** An absence of the employee (any employment) that shares a day with [from, to], if any. */
    public Optional<Stored> overlappingAbsence(long employeeId, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " WHERE m.employee_id = ? AND d.code IN (" + ABSENCE_CODES + ") AND d.from_date <= ? AND "
                        + "(d.to_date IS NULL OR d.to_date >= ?) ORDER BY d.from_date")
                .params(employeeId, to, from).query(Deviations::map).list().stream().findFirst();
    }

    /** Stores an imported deviation once; returns false when its natural key is already there. */
    @Transactional
    public boolean importOnce(Deviation d, String naturalKey, String actor) {
        if (exists(naturalKey))
            return false;
        insert(d, "IMPORT", naturalKey, actor);
        return true;
    }

    /** Stores a deviation entered by hand. */
    @Transactional
    public void addManual(Deviation d, String actor) {
        insert(d, "MANUAL", "manual-" + UUID.randomUUID(), actor);
    }

    /** Removes a deviation (a correction); audited with what it was. */
    @Transactional
    public void remove(long id, String actor) {
        Stored s = find(id).orElseThrow();
        requireUnsettled(id);
        jdbc.sql("DELETE FROM deviation WHERE id = ?").param(id).update();
        audit.record(actor, "payroll.deviation.removed", "avvikelse " + id + " anställning " + s.employmentId(), text(s), null);
    }

    /**
     * Refuses a change to a deviation a released pay run has paid: its period is locked, and a correction is a
     * new deviation (paid by the next run).
     */
    void requireUnsettled(long id) {
        Optional<String> period = jdbc.sql("""
                SELECT r.period FROM deviation d JOIN pay_run r ON r.id = d.settled_by_pay_run_id WHERE d.id = ?""")
                .param(id).query(String.class).optional();
        if (period.isPresent())
            throw new SettledDeviationChange("Avvikelsen är betald med lönen för " + period.get().strip()
                    + " och perioden är låst; den kan inte ändras. Registrera en rättelse som en ny avvikelse, så tas den med i nästa lönekörning.");
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query(Deviations::map).optional();
    }

    /** The employee's deviations that touch the month, by date. */
    public List<Stored> forEmployee(long employeeId, YearMonth month) {
        return jdbc.sql(SELECT + " WHERE m.employee_id = ? AND d.from_date <= ? AND (d.to_date IS NULL OR d.to_date >= ?) "
                        + "ORDER BY d.from_date, d.id")
                .params(employeeId, month.atEndOfMonth(), month.atDay(1)).query(Deviations::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM deviation").query(Long.class).single();
    }

    /**
     * Stores a deviation, an absence over month ends as one row per calendar month ({@link Deviation#byMonth}): the first part
     * with the natural key, each later one with "/YYYY-MM" after it. Audited once, with the parts.
     */
    private void insert(Deviation d, String source, String naturalKey, String actor) {
        List<Deviation> parts = d.byMonth();
        for (Deviation part : parts)
            insertRow(part, source, part == parts.get(0) ? naturalKey : naturalKey + "/" + YearMonth.from(part.from()), actor);
        audit.record(actor, "payroll.deviation.created", "anställning " + d.employmentId(), null,
                d.code().code() + " " + d.from() + "–" + (d.to() == null ? "pågående" : d.to())
                        + (d.quantity() == null ? "" : " antal " + d.quantity().toPlainString())
                        + (d.amount() == null ? "" : " belopp " + d.amount().toPlainString()) + " (" + source + ")"
                        + (parts.size() > 1 ? ", " + parts.size() + " rader, en per månad" : ""));
    }

    private void insertRow(Deviation d, String source, String naturalKey, String actor) {
        jdbc.sql("""
                INSERT INTO deviation (employment_id, code, from_date, to_date, quantity, amount, note, source, natural_key, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.employmentId(), d.code().name(), d.from(), d.to(), d.quantity(), d.amount(), d.note(), source,
                        naturalKey, actor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    /**
     * Closes the elapsed months of every ongoing absence (no end date) that began on or before {@code through}, the last day
     * of the earning month a pay run settles: the row ends at its first month's end, a row per later month up to
     * {@code through} follows, and the rest goes on from the day after as a new ongoing row. Idempotent: a second call finds
     * nothing ongoing from before {@code through}. Audited per row.
     *
     * @return the number of ongoing rows closed
     */
    // DOMAIN.md decisions (2026-12-08): an ongoing row is paid month by month, never waiting for its end
    @Transactional
    public int closeOngoingThrough(LocalDate through, String actor) {
        record Open(long id, Deviation deviation, String source, String naturalKey) {
        }
        List<Open> open = jdbc.sql("""
                SELECT id, employment_id, code, from_date, quantity, amount, note, source, natural_key FROM deviation
                WHERE to_date IS NULL AND from_date <= ? ORDER BY id FOR UPDATE""")
                .param(through)
                .query((rs, n) -> new Open(rs.getLong(1), new Deviation(rs.getLong(2), DeviationCode.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), null, rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7)),
                        rs.getString(8), rs.getString(9)))
                .list();
        for (Open o : open) {
            List<Deviation> parts = o.deviation().closedThrough(through);
            jdbc.sql("UPDATE deviation SET to_date = ? WHERE id = ? AND to_date IS NULL").params(parts.get(0).to(), o.id()).update();
            for (Deviation part : parts.subList(1, parts.size()))
                insertRow(part, o.source(), o.naturalKey() + "/" + (part.ongoing() ? "+" : "") + YearMonth.from(part.from()), actor);
            audit.record(actor, "payroll.deviation.closedMonthly", "avvikelse " + o.id() + " anställning " + o.deviation().employmentId(),
                    o.deviation().code().code() + " " + o.deviation().from() + "–pågående",
                    parts.stream().map(p -> p.from() + "–" + (p.to() == null ? "pågående" : p.to())).collect(java.util.stream.Collectors.joining(", ")));
        }
        return open.size();
    }

    private static String text(Stored s) {
        return s.code().code() + " " + s.from() + "–" + (s.to() == null ? "pågående" : s.to()) + (s.quantity() == null ? "" : " antal " + s.quantity().toPlainString())
                + (s.amount() == null ? "" : " belopp " + s.amount().toPlainString());
    }

    private static final String SELECT = """
            SELECT d.id, d.employment_id, d.code, d.from_date, d.to_date, d.quantity, d.amount, d.note, d.source, d.recorded_by
            FROM deviation d JOIN employment m ON m.id = d.employment_id""";

    private static Stored map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stored(rs.getLong(1), rs.getLong(2), DeviationCode.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9),
                rs.getString(10));
    }
}
