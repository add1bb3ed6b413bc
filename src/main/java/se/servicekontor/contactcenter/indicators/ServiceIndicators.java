package se.servicekontor.contactcenter.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.servicekontor.contactcenter.contactlog.ContactLog.Subject;

/**
 * The contact centre's service indicators per month (DOMAIN.md §1): contacts, the share answered directly,
 * the share of contacts that repeat an earlier one by the same caller within 7 days, and contacts per subject.
 * A month is computed whole and replaces what was there, so running the job twice changes nothing.
 */
@Service
public class ServiceIndicators {

    public static final String CONTACTS = "contacts";
    public static final String ANSWERED_DIRECTLY_SHARE = "contacts.answeredDirectlyShare";
    public static final String REPEAT_SHARE = "contacts.repeatShare";
    public static final String SUBJECT_PREFIX = "contacts.subject.";

    private final JdbcClient jdbc;
    private final Clock clock;

    ServiceIndicators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Computes and stores one month's indicators; returns them by name. indicatorJob never runs twice at once. */
    @Transactional
    public Map<String, BigDecimal> compute(YearMonth month) {
        ZoneId zone = clock.getZone();
        OffsetDateTime from = month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        long contacts = count("SELECT COUNT(*) FROM contact_log WHERE logged_at >= :from AND logged_at < :to", from, to);
        long direct = count("SELECT COUNT(*) FROM contact_log WHERE logged_at >= :from AND logged_at < :to AND answered_directly", from, to);
        // A repeat: the same caller had another contact in the 7 days before this one
        long repeats = count("""
                SELECT COUNT(*) FROM contact_log c WHERE c.logged_at >= :from AND c.logged_at < :to AND c.caller_key IS NOT NULL
                 AND EXISTS (SELECT 1 FROM contact_log p WHERE p.caller_key = c.caller_key AND p.id <> c.id
                             AND p.logged_at <= c.logged_at AND p.logged_at >= c.logged_at - INTERVAL '7' DAY
                             AND (p.logged_at < c.logged_at OR p.id < c.id))""", from, to);
        long identified = count("SELECT COUNT(*) FROM contact_log WHERE logged_at >= :from AND logged_at < :to AND caller_key IS NOT NULL", from, to);
        values.put(CONTACTS, BigDecimal.valueOf(contacts));
        values.put(ANSWERED_DIRECTLY_SHARE, share(direct, contacts));
        values.put(REPEAT_SHARE, share(repeats, identified));
        for (Subject subject : Subject.values())
            values.put(SUBJECT_PREFIX + subject.name(), BigDecimal.valueOf(count(
                    "SELECT COUNT(*) FROM contact_log WHERE logged_at >= :from AND logged_at < :to AND subject = '" + subject.name() + "'",
                    from, to)));
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("DELETE FROM service_indicator WHERE period = ?").param(month.toString()).update();
        values.forEach((name, value) -> jdbc.sql("INSERT INTO service_indicator (period, name, measure, computed_at) VALUES (?, ?, ?, ?)")
                .params(month.toString(), name, value, now).update());
        return values;
    }

    /** The stored indicators of the months from {@code first} to {@code last}: month → name → value. */
    public Map<YearMonth, Map<String, BigDecimal>> stored(YearMonth first, YearMonth last) {
        Map<YearMonth, Map<String, BigDecimal>> months = new TreeMap<>();
        record Row(String period, String name, BigDecimal measure) {
        }
        List<Row> rows = jdbc.sql("SELECT period, name, measure FROM service_indicator WHERE period >= ? AND period <= ? ORDER BY period, name")
                .params(first.toString(), last.toString()).query(Row.class).list();
        for (Row row : rows)
            months.computeIfAbsent(YearMonth.parse(row.period()), m -> new LinkedHashMap<>()).put(row.name(), row.measure());
        return months;
    }

    private long count(String sql, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(sql).param("from", from).param("to", to).query(Long.class).single();
    }

    /** A share 0–1 to four decimals; 0 of 0 is 0. */
    static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
