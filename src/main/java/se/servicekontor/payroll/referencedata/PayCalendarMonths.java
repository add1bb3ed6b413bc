package se.servicekontor.payroll.referencedata;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.servicekontor.payroll.PayrollProperties;
import se.servicekontor.payroll.rules.PayCalendar;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.shared.SwedishCalendar;

/**
 * The pay calendar per year: generated from the rule (payday the 25th or the bank day before; the deviation
 * cut-off a number of bank days before payday), each month editable by an administrator, audited.
 */
@Repository
public class PayCalendarMonths {

    /** One month of the pay calendar; {@code byHand} when an administrator set it. */
    public record Month(YearMonth month, LocalDate payday, LocalDate cutOff, boolean byHand, String changedBy) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final int cutOffBankDays;
    private final SwedishCalendar calendar = SwedishCalendar.instance();

    PayCalendarMonths(JdbcClient jdbc, AuditTrail audit, Clock clock, PayrollProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.cutOffBankDays = properties.deviationCutOffBankDays();
    }

    /** The paydays set per month, for {@link PayCalendar}. */
    Map<YearMonth, LocalDate> paydays() {
        Map<YearMonth, LocalDate> paydays = new HashMap<>();
        jdbc.sql("SELECT period, payday FROM pay_calendar_month")
                .query((rs, n) -> paydays.put(YearMonth.parse(rs.getString(1).strip()), rs.getObject(2, LocalDate.class))).list();
        return paydays;
    }

    /** The stored months of a year (empty when not generated). */
    public List<Month> year(int year) {
        return jdbc.sql("SELECT period, payday, cut_off, by_hand, changed_by FROM pay_calendar_month WHERE period LIKE ? ORDER BY period")
                .param(year + "-%")
                .query((rs, n) -> new Month(YearMonth.parse(rs.getString(1).strip()), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getString(5))).list();
    }

    /** The months of a year by the rule. */
    // DOMAIN.md §3 Pay calendar: payday the 25th, or the preceding bank day; deviations reported by the cut-off
    public List<Month> ruled(int year) {
        PayCalendar rule = new PayCalendar();
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            LocalDate payday = rule.ruledPayday(month);
            months.add(new Month(month, payday, calendar.addBankDays(payday, -cutOffBankDays), false, null));
        }
        return months;
    }

    /** Stores a year's months from the rule; months already stored are kept. Returns how many were added. */
    @Transactional
    public int generate(int year, String actor) {
        int added = 0;
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Month m : ruled(year))
            added += jdbc.sql("""
                    INSERT INTO pay_calendar_month (period, payday, cut_off, changed_by, changed_at, by_hand)
                    SELECT ?, ?, ?, ?, ?, FALSE WHERE NOT EXISTS (SELECT 1 FROM pay_calendar_month WHERE period = ?)""")
                    .params(m.month().toString(), m.payday(), m.cutOff(), actor, now, m.month().toString()).update();
        if (added > 0)
            audit.record(actor, "payroll.paycalendar.generated", "lönekalender " + year, null, added + " månader enligt regeln");
        return added;
    }

    /** Sets one month's payday and cut-off by hand: the payday a bank day in the month, the cut-off before it. */
    @Transactional
    public void set(YearMonth month, LocalDate payday, LocalDate cutOff, String actor) {
        if (!YearMonth.from(payday).equals(month) || !calendar.isBankDay(payday))
            throw new ReferenceDataRefused("referencedata.calendar.refused.payday", payday, month);
        if (!cutOff.isBefore(payday))
            throw new ReferenceDataRefused("referencedata.calendar.refused.cutOff", cutOff, payday);
        generate(month.getYear(), actor);
        Month before = year(month.getYear()).stream().filter(m -> m.month().equals(month)).findFirst().orElseThrow();
        jdbc.sql("UPDATE pay_calendar_month SET payday = ?, cut_off = ?, changed_by = ?, changed_at = ?, by_hand = TRUE WHERE period = ?")
                .params(payday, cutOff, actor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), month.toString()).update();
        audit.record(actor, "payroll.paycalendar.changed", "lönekalender " + month,
                "lönedag " + before.payday() + ", brytdag " + before.cutOff(), "lönedag " + payday + ", brytdag " + cutOff);
    }
}
