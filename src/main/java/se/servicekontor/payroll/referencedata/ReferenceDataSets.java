package se.servicekontor.payroll.referencedata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link ReferenceDataSet}s; a change saves only if nobody changed the row meanwhile (version). */
@Repository
class ReferenceDataSets {

    private static final String COLUMNS = """
            id, kind, income_year, status, sha256, file_name, source, unconfirmed, summary, proposed_by, proposed_at,
            confirmed_by, confirmed_at, version""";

    private static final RowMapper<ReferenceDataSet> ROW = (rs, n) -> new ReferenceDataSet(rs.getLong("id"),
            ReferenceDataKind.valueOf(rs.getString("kind")), rs.getInt("income_year"), ReferenceDataSet.Status.valueOf(rs.getString("status")),
            rs.getString("sha256"), rs.getString("file_name"), rs.getString("source"), rs.getBoolean("unconfirmed"), rs.getString("summary"),
            rs.getString("proposed_by"), instant(rs.getObject("proposed_at", OffsetDateTime.class)), rs.getString("confirmed_by"),
            instant(rs.getObject("confirmed_at", OffsetDateTime.class)), rs.getInt("version"));

    private final JdbcClient jdbc;

    ReferenceDataSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ReferenceDataKind kind, int year, ReferenceDataSet.Status status, String content, String fileName, String source,
                boolean unconfirmed, String summary, String proposedBy, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder(); // no RETURNING: H2 runs this too
        jdbc.sql("""
                INSERT INTO reference_data_set (kind, income_year, status, content, sha256, file_name, source, unconfirmed, summary,
                    proposed_by, proposed_at, confirmed_by, confirmed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(kind.name(), year, status.name(), content, sha256(content), fileName, source, unconfirmed, summary, proposedBy,
                        utc(at), status == ReferenceDataSet.Status.ACTIVE ? proposedBy : null,
                        status == ReferenceDataSet.Status.ACTIVE ? utc(at) : null)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<ReferenceDataSet> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reference_data_set WHERE id = ?").param(id).query(ROW).optional();
    }

    /** Every set, newest year first, then kind, then newest first. */
    List<ReferenceDataSet> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reference_data_set ORDER BY income_year DESC, kind, id DESC").query(ROW).list();
    }

    /** The active sets, oldest year first (the order a later set replaces an earlier open-ended value). */
    List<ReferenceDataSet> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reference_data_set WHERE status = 'ACTIVE' ORDER BY income_year, id").query(ROW).list();
    }

    Optional<ReferenceDataSet> active(ReferenceDataKind kind, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reference_data_set WHERE status = 'ACTIVE' AND kind = ? AND income_year = ?")
                .params(kind.name(), year).query(ROW).optional();
    }

    /** A set of the kind and year with exactly this content, proposed or active. */
    Optional<ReferenceDataSet> same(ReferenceDataKind kind, int year, String content) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reference_data_set WHERE kind = ? AND income_year = ? AND sha256 = ?"
                        + " AND status IN ('PROPOSED', 'ACTIVE') ORDER BY id DESC")
                .params(kind.name(), year, sha256(content)).query(ROW).list().stream().findFirst();
    }

    String content(long id) {
        return jdbc.sql("SELECT content FROM reference_data_set WHERE id = ?").param(id).query((rs, n) -> rs.getString(1)).single();
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM reference_data_set").query(Long.class).single() > 0;
    }

    boolean exists(ReferenceDataKind kind, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM reference_data_set WHERE kind = ? AND income_year = ?").params(kind.name(), year)
                .query(Long.class).single() > 0;
    }

    /** Saves a state change; false when someone else changed the set since it was read. */
    boolean save(ReferenceDataSet set, Instant at) {
        return jdbc.sql("""
                UPDATE reference_data_set SET status = ?, confirmed_by = ?, confirmed_at = ?, ended_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(set.status().name(), set.confirmedBy(), utc(set.confirmedAt()),
                        set.status() == ReferenceDataSet.Status.REPLACED || set.status() == ReferenceDataSet.Status.WITHDRAWN ? utc(at) : null,
                        set.id(), set.version())
                .update() == 1;
    }

    /** Changes whenever a set or the pay calendar changes: a pay run reloads its data when this differs. */
    String fingerprint() {
        String sets = jdbc.sql("SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(version), 0) FROM reference_data_set")
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3)).single();
        String calendar = jdbc.sql("SELECT COUNT(*), MAX(changed_at) FROM pay_calendar_month")
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getObject(2, OffsetDateTime.class)).single();
        return sets + "|" + calendar;
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
