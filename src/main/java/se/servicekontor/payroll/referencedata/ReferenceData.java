package se.servicekontor.payroll.referencedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.servicekontor.payroll.referencedata.PayReferenceData.UnconfirmedSet;
import se.servicekontor.payroll.rules.ContributionRates;
import se.servicekontor.payroll.rules.OneOffTax;
import se.servicekontor.payroll.rules.PayCalendar;
import se.servicekontor.payroll.rules.ReferenceValues;
import se.servicekontor.payroll.rules.TaxTables;
import se.servicekontor.platform.audit.AuditTrail;

/**
 * Payroll's dated reference data in the database: import and proposal of a year's set (checked line by line
 * before anything is stored), confirmation (four-eyes where the kind needs it), audit, and the active data for
 * the pay rules ({@link #current()}, read again only when something changed). Seeded on first start from the
 * files shipped under {@code reference-data/}, so a fresh installation computes 2026 without network access.
 */
@Service
public class ReferenceData {

    /** The shipped files (kind, year, classpath, source) seeded as active sets on first start. */
    record Seed(ReferenceDataKind kind, int year, String path, String source, boolean unconfirmed) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed(ReferenceDataKind.TAX_TABLES, 2026, "/reference-data/skatteverket/allmanna-tabeller-manad-2026.txt",
                    "Skatteverket, allmänna skattetabeller månadslön 2026 (SKV 433), levererad med programmet", false),
            new Seed(ReferenceDataKind.ONE_OFF_TAX, 2026, "/reference-data/skatteverket/engangsbelopp-2026.csv",
                    "Skatteverket, tabell för engångsbelopp 2026, kolumn 1 enligt tredje part (SKVFS 2025:21) — EJ BEKRÄFTAD, se SOURCE.txt", true),
            new Seed(ReferenceDataKind.CONTRIBUTION_RATES, 2026, "/reference-data/employer-contributions.csv",
                    "Skatteverket, arbetsgivaravgifter 2026; SFS 2026:100 (ungdomsnedsättning); prop. 2025/26:66", false),
            new Seed(ReferenceDataKind.PAYROLL_VALUES, 2025, "/reference-data/payroll-values.csv",
                    "Skatteverket, Belopp och procent 2025–2026; AKAP-KR; AB 25 — källa per rad, rader märkta UNCONFIRMED ej bekräftade", false));

    static final String SYSTEM = "system";

    private final ReferenceDataSets sets;
    private final PayCalendarMonths calendarMonths;
    private final AuditTrail audit;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private volatile Loaded loaded;

    private record Loaded(String fingerprint, PayReferenceData data) {
    }

    ReferenceData(ReferenceDataSets sets, PayCalendarMonths calendarMonths, AuditTrail audit, Clock clock, JdbcClient jdbc,
                  PlatformTransactionManager transactionManager) {
        this.sets = sets;
        this.calendarMonths = calendarMonths;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    // --- seeding ---------------------------------------------------------------------------------------

    /** Stores the shipped files as active sets, each only if its kind and year have no set yet. */
    public synchronized void seed() {
        transaction.executeWithoutResult(status -> {
            for (Seed seed : SEEDS) {
                if (sets.exists(seed.kind(), seed.year()))
                    continue;
                String content = bundled(seed.path());
                Object parsed = ReferenceDataFiles.parse(seed.kind(), seed.year(), content);
                long id = sets.insert(seed.kind(), seed.year(), ReferenceDataSet.Status.ACTIVE, content, seed.path().substring(seed.path().lastIndexOf('/') + 1),
                        seed.source(), seed.unconfirmed(), ReferenceDataFiles.summary(parsed), SYSTEM, clock.instant());
                audit.record(SYSTEM, "payroll.referencedata.seeded", "referensdata " + id, null, sets.find(id).orElseThrow().describe());
            }
        });
    }

    private static String bundled(String path) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(path)) {
            if (in == null)
                throw new IllegalStateException("The shipped reference data file is missing: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- what the pay rules read ---------------------------------------------------------------------

    /** The active reference data; read from the database again only when a set or the pay calendar changed. */
    public PayReferenceData current() {
        Loaded now = loaded;
        String fingerprint = sets.fingerprint();
        if (now != null && now.fingerprint().equals(fingerprint))
            return now.data();
        synchronized (this) {
            if (!sets.any())
                seed();
            fingerprint = sets.fingerprint();
            if (loaded == null || !loaded.fingerprint().equals(fingerprint))
                loaded = new Loaded(fingerprint, load());
            return loaded.data();
        }
    }

    private PayReferenceData load() {
        Map<Integer, TaxTables> taxTables = new HashMap<>();
        List<OneOffTax> oneOff = new ArrayList<>();
        List<ContributionRates> rates = new ArrayList<>();
        List<ReferenceValues> values = new ArrayList<>();
        List<UnconfirmedSet> unconfirmed = new ArrayList<>();
        for (ReferenceDataSet set : sets.active()) {
            Object parsed = ReferenceDataFiles.parse(set.kind(), set.year(), sets.content(set.id()));
            switch (set.kind()) {
                case TAX_TABLES -> taxTables.put(set.year(), (TaxTables) parsed);
                case ONE_OFF_TAX -> oneOff.add((OneOffTax) parsed);
                case CONTRIBUTION_RATES -> rates.add((ContributionRates) parsed);
                case PAYROLL_VALUES -> values.add((ReferenceValues) parsed);
            }
            if (set.unconfirmed())
                unconfirmed.add(new UnconfirmedSet(set.kind(), set.year(), set.source()));
        }
        return new PayReferenceData(taxTables, OneOffTax.of(oneOff), ContributionRates.of(rates), ReferenceValues.of(values),
                new PayCalendar(calendarMonths.paydays()), unconfirmed);
    }

    // --- import, proposal, confirmation ----------------------------------------------------------------

    /** The outcome of an import or proposal: the set, and whether it was already there (same kind, year and content). */
    public record Proposal(long id, boolean alreadyThere, boolean alreadyActive) {
    }

    /**
     * Imports Skatteverket's monthly tax-table file for a year, checked line by line before anything is stored, as a
     * proposal to preview and activate. The same file again changes nothing.
     *
     * @throws ReferenceDataRefused naming the line of the first problem; nothing is stored
     */
    public Proposal importTaxTables(int year, String fileName, byte[] file, String actor) {
        // The file is plain ASCII; ISO-8859-1 keeps one character per byte, so a stray byte is refused by the line-length check
        String content = new String(file, StandardCharsets.ISO_8859_1);
        return propose(ReferenceDataKind.TAX_TABLES, year, fileName, content,
                "Skatteverket, allmänna skattetabeller månadslön " + year + " (fil " + (fileName == null ? "?" : fileName) + ")", false, actor);
    }

    /**
     * Proposes a year's set of a kind (entered on the page or imported), checked before anything is stored.
     *
     * @param source      where the values come from, in words
     * @param unconfirmed the values are not yet confirmed by law (the pay run warns while they are used)
     */
    public Proposal propose(ReferenceDataKind kind, int year, String fileName, String content, String source, boolean unconfirmed,
                            String actor) {
        if (source == null || source.isBlank())
            throw new ReferenceDataRefused("referencedata.refused.source");
        if (content == null || content.isBlank())
            throw new ReferenceDataRefused("referencedata.refused.empty");
        Object parsed = ReferenceDataFiles.check(kind, year, content);
        return transaction.execute(status -> {
            Optional<ReferenceDataSet> same = sets.same(kind, year, content);
            if (same.isPresent())
                return new Proposal(same.get().id(), true, same.get().status() == ReferenceDataSet.Status.ACTIVE);
            long id = sets.insert(kind, year, ReferenceDataSet.Status.PROPOSED, content, fileName, source.strip(), unconfirmed,
                    ReferenceDataFiles.summary(parsed), actor, clock.instant());
            audit.record(actor, "payroll.referencedata.proposed", "referensdata " + id, null, sets.find(id).orElseThrow().describe());
            return new Proposal(id, false, false);
        });
    }

    /**
     * Activates a proposed set; it replaces the year's active set of the kind, but a year's tax tables only until a
     * released pay run of that year used them. Audited with before → after.
     */
    public void confirm(long id, String actor) {
        transaction.executeWithoutResult(status -> {
            ReferenceDataSet set = set(id);
            Optional<ReferenceDataSet> previous = sets.active(set.kind(), set.year());
            if (previous.isPresent() && set.kind() == ReferenceDataKind.TAX_TABLES && releasedRunsIn(set.year()) > 0)
                throw new ReferenceDataRefused("referencedata.refused.usedByReleasedRun", set.year());
            Instant now = clock.instant();
            set.confirm(actor, now);
            if (previous.isPresent()) {
                previous.get().replace();
                if (!sets.save(previous.get(), now))
                    throw new ReferenceDataRefused("referencedata.refused.concurrent", previous.get().id());
            }
            if (!sets.save(set, now))
                throw new ReferenceDataRefused("referencedata.refused.concurrent", id);
            audit.record(actor, "payroll.referencedata.activated", "referensdata " + set.kind() + " " + set.year(),
                    previous.map(ReferenceDataSet::describe).orElse(null), set.describe());
        });
    }

    /** Takes a proposal back. */
    public void withdraw(long id, String actor) {
        transaction.executeWithoutResult(status -> {
            ReferenceDataSet set = set(id);
            String before = set.describe();
            set.withdraw();
            if (!sets.save(set, clock.instant()))
                throw new ReferenceDataRefused("referencedata.refused.concurrent", id);
            audit.record(actor, "payroll.referencedata.withdrawn", "referensdata " + id, before, set.describe());
        });
    }

    private ReferenceDataSet set(long id) {
        return sets.find(id).orElseThrow(() -> new ReferenceDataRefused("referencedata.refused.unknown", id));
    }

    private long releasedRunsIn(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM pay_run WHERE status = 'RELEASED' AND period LIKE ?").param(year + "-%")
                .query(Long.class).single();
    }

    // --- what a month needs --------------------------------------------------------------------------

    /** One thing a payment month lacks: its message key and arguments (Swedish and English bundles). */
    public record Missing(String key, List<Object> args) {
        public Object[] arguments() {
            return args.toArray();
        }
    }

    /** What a payment month's run would lack; empty when the month can be calculated. */
    public List<Missing> missing(YearMonth month) {
        return missing(current(), month);
    }

    /** What a payment month lacks in the given data. */
    public static List<Missing> missing(PayReferenceData data, YearMonth month) {
        List<Missing> missing = new ArrayList<>();
        LocalDate payday = data.calendar().payday(month);
        int year = payday.getYear();
        if (data.taxTables(year).isEmpty())
            missing.add(new Missing("referencedata.missing.taxTables", List.of(String.valueOf(year))));
        // Everyone from 100 to 15 years old at the payday's year has a contribution rate
        List<Integer> uncovered = new ArrayList<>();
        for (int born = year - 100; born <= year - 15; born++)
            if (!data.contributionRates().covers(payday, born))
                uncovered.add(born);
        if (!uncovered.isEmpty())
            missing.add(new Missing("referencedata.missing.contributions", List.of(String.valueOf(year), uncovered.get(0) + "–" + uncovered.get(uncovered.size() - 1))));
        if (!data.oneOffTax().columnsOn(payday).contains(1))
            missing.add(new Missing("referencedata.missing.oneOff", List.of(String.valueOf(year))));
        // A figure is missing when its rows have run out before the payday (a yearly figure for a year not entered);
        // one that only starts later (OB rates from 1 April) does not hold back the months before it
        Map<String, Boolean> started = new TreeMap<>();
        for (ReferenceValues.Value v : data.values().all())
            started.merge(v.name(), !v.validFrom().isAfter(payday), Boolean::logicalOr);
        List<String> lacking = started.entrySet().stream()
                .filter(e -> e.getValue() && !data.values().has(e.getKey(), payday)).map(Map.Entry::getKey).toList();
        if (!lacking.isEmpty())
            missing.add(new Missing("referencedata.missing.values", List.of(String.valueOf(year), String.join(", ", lacking))));
        return missing;
    }

    // --- the page ------------------------------------------------------------------------------------

    /** Every set, newest year first. */
    public List<SetView> sets() {
        return sets.all().stream().map(SetView::of).toList();
    }

    public Optional<SetView> find(long id) {
        return sets.find(id).map(SetView::of);
    }

    /** The stored text of a set (for download, and as the template of next year's proposal). */
    public String content(long id) {
        return sets.content(id);
    }

    /** The active set of a kind and year. */
    public Optional<SetView> active(ReferenceDataKind kind, int year) {
        return sets.active(kind, year).map(SetView::of);
    }

    /** A set as the page shows it. */
    public record SetView(long id, ReferenceDataKind kind, int year, String status, String fileName, String source, boolean unconfirmed,
                          String summary, String sha256, String proposedBy, Instant proposedAt, String confirmedBy, Instant confirmedAt) {
        static SetView of(ReferenceDataSet s) {
            return new SetView(s.id(), s.kind(), s.year(), s.status().name(), s.fileName(), s.source(), s.unconfirmed(), s.summary(),
                    s.sha256(), s.proposedBy(), s.proposedAt(), s.confirmedBy(), s.confirmedAt());
        }

        public boolean proposed() {
            return "PROPOSED".equals(status);
        }

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    /** The tax tables of a proposed or active set beside last year's: rows per table and sample lookups. */
    public record TaxTablePreview(SetView set, Map<Integer, Integer> rowsPerTable, Map<Integer, Integer> lastYearRows,
                                  List<Sample> samples) {
    }

    /** Tax on an income in a table and column, this year and (when there are tables) last year. */
    public record Sample(int table, int column, long income, long tax, Long lastYearTax) {
    }

    static final List<long[]> SAMPLES = List.of(new long[] {33, 1, 35_000}, new long[] {33, 1, 25_000}, new long[] {32, 1, 45_000},
            new long[] {30, 1, 20_000}, new long[] {33, 3, 35_000}, new long[] {33, 1, 90_000}, new long[] {34, 6, 30_000});

    public TaxTablePreview taxTablePreview(long id) {
        ReferenceDataSet set = set(id);
        if (set.kind() != ReferenceDataKind.TAX_TABLES)
            throw new ReferenceDataRefused("referencedata.refused.unknown", id);
        TaxTables tables = (TaxTables) ReferenceDataFiles.parse(set.kind(), set.year(), sets.content(id));
        Optional<TaxTables> lastYear = current().taxTables(set.year() - 1);
        Map<Integer, Integer> rows = new LinkedHashMap<>();
        Map<Integer, Integer> lastRows = new LinkedHashMap<>();
        for (int table : tables.tableNumbers()) {
            rows.put(table, tables.table(table).rows());
            lastYear.filter(t -> t.tableNumbers().contains(table)).ifPresent(t -> lastRows.put(table, t.table(table).rows()));
        }
        List<Sample> samples = new ArrayList<>();
        for (long[] s : SAMPLES) {
            int table = (int) s[0];
            int column = (int) s[1];
            if (!tables.tableNumbers().contains(table))
                continue;
            Long last = lastYear.filter(t -> t.tableNumbers().contains(table)).map(t -> t.monthlyTax(table, column, s[2])).orElse(null);
            samples.add(new Sample(table, column, s[2], tables.monthlyTax(table, column, s[2]), last));
        }
        return new TaxTablePreview(SetView.of(set), rows, lastRows, samples);
    }

    Clock clock() {
        return clock;
    }
}
