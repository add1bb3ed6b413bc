package se.servicekontor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Swedish formats as Språkrådet and the Swedish bank and tax documents write them. */
class FormatsTests {

    static final char NBSP = '\u00a0';
    final Formats fmt = new Formats(Clock.system(ZoneId.of("Europe/Stockholm")));

    @Test
    void amountsHaveSpaceGroupingDecimalCommaAndKronor() {
        assertThat(fmt.amount(new BigDecimal("1234.50"))).isEqualTo("1" + NBSP + "234,50" + NBSP + "kr");
        assertThat(fmt.amount(new BigDecimal("-0.5"))).isEqualTo("−0,50" + NBSP + "kr");
        assertThat(fmt.amount(null)).isEmpty();
    }

    @Test
    void numbersAreGroupedInThousands() {
        assertThat(fmt.number(1204)).isEqualTo("1" + NBSP + "204");
        assertThat(fmt.number(12)).isEqualTo("12");
    }

    @Test
    void instantsAreShownInStockholmTimeSummerAndWinter() {
        assertThat(fmt.dateTime(Instant.parse("2026-01-15T11:05:00Z"))).isEqualTo("2026-01-15 12:05");
        assertThat(fmt.dateTime(Instant.parse("2026-07-15T11:05:00Z"))).isEqualTo("2026-07-15 13:05");
        assertThat(fmt.iso(Instant.parse("2026-07-15T11:05:09Z"))).isEqualTo("2026-07-15T13:05:09+02:00");
        assertThat(fmt.date(LocalDate.of(2026, 3, 5))).isEqualTo("2026-03-05");
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertThat(fmt.duration(Duration.ofSeconds(45))).isEqualTo("45" + NBSP + "s");
        assertThat(fmt.duration(Duration.ofSeconds(125))).isEqualTo("2" + NBSP + "min 5" + NBSP + "s");
        assertThat(fmt.duration(Duration.ofMinutes(80))).isEqualTo("1" + NBSP + "h 20" + NBSP + "min");
    }
}
