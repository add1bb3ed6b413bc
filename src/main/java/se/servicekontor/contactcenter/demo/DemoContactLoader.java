package se.servicekontor.contactcenter.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.servicekontor.contactcenter.indicators.ServiceIndicators;

/**
 * Demo profile: on the first start, three months of the contact centre's work — about 600 contacts by kund1
 * and kund2 over phone, e-mail, visits and the web, most answered directly, some callers calling again within
 * a week — and the service indicators computed from them, so Kundcenter's pages have something real on them.
 * Deterministic (a fixed seed): every new demo database gets the same month.
 */
@Component
@Profile("demo")
class DemoContactLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoContactLoader.class);
    // Fictitious suppliers' organisation numbers with valid check digits, and invoice numbers they ask about
    private static final List<String> SUPPLIERS = List.of("5560360793", "2120000142", "5566778899", "2021006255");
    private static final List<String> CHANNELS = List.of("PHONE", "PHONE", "PHONE", "EMAIL", "EMAIL", "VISIT", "WEB");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ServiceIndicators indicators;

    DemoContactLoader(JdbcClient jdbc, Clock clock, ServiceIndicators indicators) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.indicators = indicators;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadOnce() {
        if (jdbc.sql("SELECT COUNT(*) FROM contact_log").query(Long.class).single() > 0)
            return;
        Random random = new Random(20261208L);
        Instant end = clock.instant();
        Instant start = end.minus(Duration.ofDays(90));
        int contacts = 0;
        for (Instant at = start; at.isBefore(end); at = at.plus(Duration.ofMinutes(150 + random.nextInt(120)))) {
            LocalDate day = LocalDate.ofInstant(at, clock.getZone());
            int hour = at.atZone(clock.getZone()).getHour();
            if (day.getDayOfWeek().getValue() > 5 || hour < 8 || hour > 16)
                continue;
            boolean supplier = random.nextInt(100) < 55;
            String subject = supplier ? (random.nextInt(10) < 8 ? "INVOICE" : "INVOICE_ADDRESS")
                    : List.of("PAY", "PAYDAY", "PAYDAY", "OTHER").get(random.nextInt(4));
            String caller = supplier ? "org:" + SUPPLIERS.get(random.nextInt(SUPPLIERS.size()))
                    : random.nextInt(3) == 0 ? null : "person:" + String.format("%064x", random.nextInt(400));
            boolean direct = random.nextInt(100) < 78;
            String ref = "INVOICE".equals(subject) ? "F-2026-" + (100 + random.nextInt(60)) : null;
            insert(at, random.nextBoolean() ? "kund1" : "kund2", CHANNELS.get(random.nextInt(CHANNELS.size())), subject, direct,
                    direct ? null : (supplier ? "ECONOMY" : "PAYROLL"), caller, ref);
            contacts++;
            // Some callers who were not answered directly call again a couple of days later
            if (!direct && caller != null && random.nextInt(2) == 0) {
                insert(at.plus(Duration.ofDays(1 + random.nextInt(4))), "kund1", "PHONE", subject, true, null, caller, ref);
                contacts++;
            }
        }
        java.time.YearMonth now = java.time.YearMonth.now(clock);
        for (int i = 3; i >= 0; i--)
            indicators.compute(now.minusMonths(i));
        log.info("Demo contact centre: {} contacts over 90 days, indicators computed", contacts);
    }

    private void insert(Instant at, String agent, String channel, String subject, boolean direct, String handedOver,
                        String caller, String ref) {
        if (at.isAfter(clock.instant()))
            return;
        jdbc.sql("""
                        INSERT INTO contact_log (logged_at, agent, channel, subject, answered_directly, handed_over_to, caller_key, subject_ref)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), agent, channel, subject, direct, handedOver, caller, ref)
                .update();
    }
}
