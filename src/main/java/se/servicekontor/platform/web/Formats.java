package se.servicekontor.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/**
 * Swedish formats for every page, whatever the interface language: {@code 2026-11-14 13:05} in the
 * office's time zone, {@code 1 204}, {@code 1 234,50 kr}, {@code 2 min 5 s}. Templates call it as
 * {@code ${@fmt.dateTime(x)}}; each method returns an empty string for null.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final java.util.Locale SWEDISH = LanguageConfiguration.SWEDISH;

    private final ZoneId zone;

    Formats(Clock clock) {
        this.zone = clock.getZone();
    }

    /** Date and time to the minute in Europe/Stockholm. */
    public String dateTime(Object value) {
        ZonedDateTime at = zoned(value);
        return at == null ? "" : DATE_TIME.format(at);
    }

    /** Date and time to the second in Europe/Stockholm. */
    public String dateTimeSeconds(Object value) {
        ZonedDateTime at = zoned(value);
        return at == null ? "" : DATE_TIME_SECONDS.format(at);
    }

    /** Machine-readable form for {@code <time datetime>}. */
    public String iso(Object value) {
        ZonedDateTime at = zoned(value);
        return at == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withNano(0));
    }

    public String date(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        ZonedDateTime at = zoned(value);
        return at != null ? DATE.format(at) : DATE.format(value);
    }

    /** A whole number with Swedish digit grouping: 1 204. */
    public String number(Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(SWEDISH).format(value);
    }

    /** An amount in kronor: 1 234,50 kr. */
    public String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value) + "\u00a0kr";
    }

    /** A duration as people say it: 45 s, 2 min 5 s, 1 h 20 min. */
    public String duration(Duration duration) {
        if (duration == null || duration.isNegative()) {
            return "";
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + "\u00a0s";
        }
        if (seconds < 3600) {
            return (seconds / 60) + "\u00a0min " + (seconds % 60) + "\u00a0s";
        }
        return (seconds / 3600) + "\u00a0h " + ((seconds % 3600) / 60) + "\u00a0min";
    }

    /**
     * Spring Batch keeps times as LocalDateTime in the JVM's zone; everything else is an Instant or
     * carries its offset. All are shown in the office's zone.
     */
    private ZonedDateTime zoned(Object value) {
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (value instanceof LocalDate) {
            return null;
        }
        return null;
    }
}
