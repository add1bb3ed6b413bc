package se.servicekontor.contactcenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.contactcenter.indicators.ServiceIndicators;
import se.servicekontor.testing.PostgresTest;

/**
 * The service indicators of a month, worked out by hand: 5 contacts in March 2031, 4 answered directly
 * (4/5 = 0.8000); 4 with a known caller of which 2 repeat an earlier contact by the same caller within 7
 * days (org A on 10 March after 5 March; person B on 20 March after 16 March; org A on 28 March is 18 days
 * after 10 March, no repeat) → 2/4 = 0.5000.
 */
@PostgresTest
class ServiceIndicatorsTests {

    @Autowired ServiceIndicators indicators;
    @Autowired JdbcClient jdbc;

    void contact(String at, boolean direct, String caller, String subject) {
        jdbc.sql("""
                INSERT INTO contact_log (logged_at, agent, channel, subject, answered_directly, handed_over_to, caller_key)
                VALUES (?, 'kund1', 'PHONE', ?, ?, ?, ?)""")
                .params(OffsetDateTime.parse(at), subject, direct, direct ? null : "ECONOMY", caller).update();
    }

    @Test
    void aMonthsSharesAndRepeatsAsCountedByHand() {
        jdbc.sql("DELETE FROM contact_log WHERE logged_at >= '2031-02-01' AND logged_at < '2031-05-01'").update();
        contact("2031-03-05T09:00:00+01:00", true, "org:5560360793", "INVOICE");
        contact("2031-03-10T09:00:00+01:00", false, "org:5560360793", "INVOICE");
        contact("2031-03-16T09:00:00+01:00", true, "person:" + "b".repeat(64), "PAY");
        contact("2031-03-20T09:00:00+01:00", true, "person:" + "b".repeat(64), "PAY");
        contact("2031-03-28T09:00:00+01:00", true, null, "PAYDAY");

        Map<String, BigDecimal> march = indicators.compute(YearMonth.of(2031, 3));

        assertThat(march.get(ServiceIndicators.CONTACTS)).isEqualByComparingTo("5");
        assertThat(march.get(ServiceIndicators.ANSWERED_DIRECTLY_SHARE)).isEqualByComparingTo("0.8000");
        assertThat(march.get(ServiceIndicators.REPEAT_SHARE)).isEqualByComparingTo("0.5000");
        assertThat(march.get(ServiceIndicators.SUBJECT_PREFIX + "PAY")).isEqualByComparingTo("2");

        // computing the month again replaces it: the same values, no second row
        indicators.compute(YearMonth.of(2031, 3));
        assertThat(indicators.stored(YearMonth.of(2031, 3), YearMonth.of(2031, 3)).get(YearMonth.of(2031, 3)))
                .containsEntry(ServiceIndicators.ANSWERED_DIRECTLY_SHARE, new BigDecimal("0.8000"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_indicator WHERE period = '2031-03' AND name = 'contacts'").query(Long.class).single())
                .isEqualTo(1);
    }
}
