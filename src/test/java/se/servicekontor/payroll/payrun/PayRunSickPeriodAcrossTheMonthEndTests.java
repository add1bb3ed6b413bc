package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.testing.PostgresTest;

/**
 * A sick period over the end of October 2026, reported as two rows (eftersläp): October's row is paid in November's run, the
 * November row in December's. After November's run is released, December's continues the period — day 1 stays in October and
 * no second karensavdrag is made (Sjuklönelagen 7 §: a new period within five days of the last one continues it; DOMAIN.md §3:
 * "the rest continues on the next days"). On PostgreSQL, in a database of its own: only these employees are in the runs.
 * <p>
 * Worked by hand for a monthly salary of 31 200 kr at 100 %: lost pay a sick work day is AB § 28's day value (issue 12), in
 * October (31 days) 31 200 × 7 / 155 = 1 409.032… → 1 409.03, sick pay 80 % = 1 127.224 → 1 127.22; in November (30 days)
 * 31 200 × 7 / 150 = 1 456.00, sick pay 1 164.80; an average week's sick pay 31 200 × 12 × 0.8 / 52 = 5 760.00, karensavdrag 20 % = 1 152.00; calendar-day
 * pay from day 15 31 200 × 12 / 365 = 1 025.75 (1 025.753… rounded). 28 October 2026 is a Wednesday, 1 November a Sunday.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=sick-period-month-end") // a context, and so a database, of its own
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayRunSickPeriodAcrossTheMonthEndTests {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    static final LocalDate OCTOBER_28 = LocalDate.of(2026, 10, 28);

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;

    /** Sick 28–31 October and 1–6 November: one period. */
    long continued;
    long continuedOctober;
    long continuedNovember;
    /** Sick 21–23 October and 1–6 November: nine days apart (more than five), two periods. */
    long control;
    long controlNovember;
    /** Sick 25 % on Friday 30 October only, and 25 % 1–6 November: October's part cannot carry the karensavdrag. */
    long partTime;
    long partTimeOctober;
    long partTimeNovember;
    /** Sick 28–31 October and 1–13 November: day 15 is 11 November. */
    long longer;
    long longerNovember;

    /** Sick 28–31 October and 1–6 November, the October row settled as before V27 recorded sick periods. */
    long legacy;
    long legacyNovember;

    /** Hourly-paid (182.50 kr, 20 hours a week): SJT 2 hours on Friday 30 October and 6 hours on Monday 2 November. */
    long hourly;
    long hourlyNovember;

    PayRunId novemberRun;
    PayRunId decemberRun;

    @BeforeAll
    void twoRunsOneMonthApart() {
        continued = employment("19800315123", "Cecilia");
        continuedOctober = sick(continued, "2026-10-28", "2026-10-31", null);
        continuedNovember = sick(continued, "2026-11-01", "2026-11-06", null);
        control = employment("19810416234", "Kalle");
        sick(control, "2026-10-21", "2026-10-23", null);
        controlNovember = sick(control, "2026-11-01", "2026-11-06", null);
        partTime = employment("19820517345", "Petra");
        partTimeOctober = sick(partTime, "2026-10-30", "2026-10-30", "25");
        partTimeNovember = sick(partTime, "2026-11-01", "2026-11-06", "25");
        longer = employment("19830618456", "Lars");
        sick(longer, "2026-10-28", "2026-10-31", null);
        longerNovember = sick(longer, "2026-11-01", "2026-11-13", null);
        legacy = employment("19840719567", "Greta");
        long legacyOctober = sick(legacy, "2026-10-28", "2026-10-31", null);
        legacyNovember = sick(legacy, "2026-11-01", "2026-11-06", null);
        hourly = hourlyEmployment("19850820678", "Tove");
        sickHours(hourly, "2026-10-30", "2");
        hourlyNovember = sickHours(hourly, "2026-11-02", "6");

        calculated(payRuns.startPreliminary(NOVEMBER, "lon1"));
        novemberRun = calculated(payRuns.startFinal(NOVEMBER, "lon1"));
        payRuns.release(novemberRun, "lon2");
        jdbc.sql("UPDATE pay_run_deviation SET sick_first_day = NULL, karens_left = NULL WHERE deviation_id = ?").param(legacyOctober).update();
        decemberRun = calculated(payRuns.startPreliminary(DECEMBER, "lon1"));
    }

    @Test
    void novembersRunPaysOctobersPartWithOneKarensavdragAndRecordsTheSickPeriod() {
        // 28–30 October (Wed–Fri; Saturday 31 is no work day): 3 × 1 409.03 = 4 227.09 deducted;
        // sick pay 3 × 1 127.22 = 3 381.66 − karensavdrag 1 152.00 = 2 229.66; nothing of the karensavdrag left
        assertThat(sickLines(novemberRun, continued)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-4227.09")),
                tuple("SJUKLON", new BigDecimal("2229.66")));
        assertThat(sickPeriod(novemberRun, continuedOctober)).isEqualTo(tuple(OCTOBER_28, new BigDecimal("0.00")));
        assertThat(jdbc.sql("SELECT settled_by_pay_run_id FROM deviation WHERE id = ?").param(continuedOctober).query(Long.class).single())
                .isEqualTo(novemberRun.value());
    }

    @Test
    void decembersRunContinuesThePeriodWithoutASecondKarensavdrag() {
        // 2–6 November (Mon–Fri) are days 6–10 of the period from 28 October: 5 × 1 456.00 = 7 280.00 deducted;
        // sick pay 5 × 1 164.80 = 5 824.00, no karensavdrag (without the earlier period: 5 824.00 − 1 152.00 = 4 672.00)
        assertThat(sickLines(decemberRun, continued)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-7280.00")),
                tuple("SJUKLON", new BigDecimal("5824.00")));
        assertThat(line(decemberRun, continued, "SJUKLON")).contains("karensavdrag 0.00");
        assertThat(sickPeriod(decemberRun, continuedNovember)).isEqualTo(tuple(OCTOBER_28, new BigDecimal("0.00")));
        // gross 31 200.00 − 7 280.00 + 5 824.00 = 29 744.00
        assertThat(gross(decemberRun, continued)).isEqualTo(new BigDecimal("29744.00"));
    }

    @Test
    void rowsMoreThanFiveDaysApartAreTwoPeriodsWithTwoKarensavdrag() {
        // October: 21–23 October (Wed–Fri), as above: −4 227.09 and 3 381.66 − 1 152.00 = 2 229.66
        assertThat(sickLines(novemberRun, control)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-4227.09")),
                tuple("SJUKLON", new BigDecimal("2229.66")));
        // 23 October → 1 November is 9 days (> 5): a new period from 1 November with its own karensavdrag:
        // 5 × 1 456.00 = 7 280.00 deducted; sick pay 5 × 1 164.80 = 5 824.00 − 1 152.00 = 4 672.00
        assertThat(sickLines(decemberRun, control)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-7280.00")),
                tuple("SJUKLON", new BigDecimal("4672.00")));
        assertThat(sickPeriod(decemberRun, controlNovember)).isEqualTo(tuple(LocalDate.of(2026, 11, 1), new BigDecimal("0.00")));
        // gross 31 200.00 − 7 280.00 + 4 672.00 = 28 592.00
        assertThat(gross(decemberRun, control)).isEqualTo(new BigDecimal("28592.00"));
    }

    @Test
    void whatOctobersPartCouldNotCarryIsTakenInDecember() {
        // Friday 30 October at 25 %: lost 1 409.03 × 25 % = 352.2575 → 352.26, sick pay 80 % = 281.808 → 281.81; the
        // karensavdrag 1 152.00 (not scaled by the extent) takes all 281.81 → paid 0.00, 1 152.00 − 281.81 = 870.19 left
        assertThat(sickLines(novemberRun, partTime)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-352.26")),
                tuple("SJUKLON", new BigDecimal("0.00")));
        assertThat(sickPeriod(novemberRun, partTimeOctober)).isEqualTo(tuple(LocalDate.of(2026, 10, 30), new BigDecimal("870.19")));
        // 2–6 November at 25 %: 1 456.00 × 25 % = 364.00, 5 × 364.00 = 1 820.00 deducted; sick pay 80 % = 291.20,
        // 5 × 291.20 = 1 456.00 − the 870.19 left = 585.81 (a new karensavdrag would have left 1 456.00 − 1 152.00 = 304.00)
        assertThat(sickLines(decemberRun, partTime)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-1820.00")),
                tuple("SJUKLON", new BigDecimal("585.81")));
        assertThat(line(decemberRun, partTime, "SJUKLON")).contains("karensavdrag 870.19");
        assertThat(sickPeriod(decemberRun, partTimeNovember)).isEqualTo(tuple(LocalDate.of(2026, 10, 30), new BigDecimal("0.00")));
    }

    @Test
    void theDaysAreCountedFromOctoberSoDay15FallsOnThe11thOfNovember() {
        // Day 1 = 28 October → day 14 = 10 November, day 15 = 11 November. Sick pay for 2–6 and 9–10 November (7 work days):
        // 7 × 1 456.00 = 10 192.00 deducted, 7 × 1 164.80 = 8 153.60 paid (no karensavdrag: October's part took it);
        // 11–13 November are days 15–17: 3 calendar days × 1 025.75 = 3 077.25 deducted, + 10 % = 307.725 → 307.73 (AB)
        assertThat(sickLines(decemberRun, longer)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-10192.00")),
                tuple("SJUKLON", new BigDecimal("8153.60")),
                tuple("SJUKAVDRAGKAL", new BigDecimal("-3077.25")),
                tuple("SJUKLON15", new BigDecimal("307.73")));
        assertThat(payRuns.errors(decemberRun)).filteredOn(e -> e.code().equals("ANMALAN_DAG15"))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("2026-10-28", "2026-11-11"));
        assertThat(sickPeriod(decemberRun, longerNovember)).extracting(t -> t.toList().get(0)).isEqualTo(OCTOBER_28);
    }

    @Test
    void aRowSettledBeforeSickPeriodsWereRecordedIsContinuedFromItsOwnFirstDay() {
        // No sick_first_day: the run that paid it began the period on its from_date, 28 October; its karensavdrag left is
        // unknown and counts as nothing. December as for the continued period: −7 280.00 and 5 824.00 without a karensavdrag.
        assertThat(sickLines(decemberRun, legacy)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-7280.00")),
                tuple("SJUKLON", new BigDecimal("5824.00")));
        assertThat(sickPeriod(decemberRun, legacyNovember)).isEqualTo(tuple(OCTOBER_28, new BigDecimal("0.00")));
    }

    @Test
    void aSickShiftOfAnHourlyEmployeeContinuesThePeriodOfTheMonthBefore() {
        // karensavdrag 0.2 × 0.8 × 182.50 × 20 = 584.00. Friday 30 October, 2 h: sick pay 0.8 × 182.50 × 2 = 292.00, all taken
        // by the karensavdrag → 0.00 paid, 584.00 − 292.00 = 292.00 left.
        assertThat(sickLines(novemberRun, hourly)).containsExactly(tuple("SJUKLONTIM", new BigDecimal("0.00")));
        // Monday 2 November (3 days after 30 October), 6 h: 0.8 × 182.50 × 6 = 876.00 − the 292.00 left = 584.00
        // (a new period would have taken a new 584.00 → 292.00)
        assertThat(sickLines(decemberRun, hourly)).containsExactly(tuple("SJUKLONTIM", new BigDecimal("584.00")));
        assertThat(sickPeriod(decemberRun, hourlyNovember)).isEqualTo(tuple(LocalDate.of(2026, 10, 30), new BigDecimal("0.00")));
    }

    /** code and amount of the employment's sick lines, in payslip order. */
    private List<Tuple> sickLines(PayRunId run, long employment) {
        return jdbc.sql("SELECT code, amount FROM pay_line WHERE pay_run_id = ? AND employment_id = ? AND code LIKE 'SJUK%' ORDER BY seq")
                .params(run.value(), employment).query((rs, n) -> tuple(rs.getString(1), rs.getBigDecimal(2))).list();
    }

    private String line(PayRunId run, long employment, String code) {
        return jdbc.sql("SELECT text FROM pay_line WHERE pay_run_id = ? AND employment_id = ? AND code = ?")
                .params(run.value(), employment, code).query(String.class).single();
    }

    /** sick_first_day and karens_left the run recorded for the deviation. */
    private Tuple sickPeriod(PayRunId run, long deviation) {
        return jdbc.sql("SELECT sick_first_day, karens_left FROM pay_run_deviation WHERE pay_run_id = ? AND deviation_id = ?")
                .params(run.value(), deviation).query((rs, n) -> tuple(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2))).single();
    }

    private BigDecimal gross(PayRunId run, long employment) {
        return rows().gross(run, employment);
    }

    /** A monthly-paid employee from 1 October 2026, 31 200 kr full time, table 33 column 1, with a bank account; returns the employment. */
    private long employment(String elevenDigits, String first) {
        return rows().monthly(rows().employee(elevenDigits, first, "Sjuk"), "2026-10-01", "31200");
    }

    /** An hourly-paid employee from 1 October 2026, 182.50 kr an hour, 20 hours a week; returns the employment. */
    private long hourlyEmployment(String elevenDigits, String first) {
        return rows().hourly(rows().employee(elevenDigits, first, "Sjuk"), "2026-10-01", null, "182.50");
    }

    /** An SJT row: hours of one booked shift lost to sickness; returns its id. */
    private long sickHours(long employment, String day, String hours) {
        return rows().deviation(employment, "SICK_HOURS", day, day, hours);
    }

    /** An SJK row (extent in percent, null = all day); returns its id. */
    private long sick(long employment, String from, String to, String extent) {
        return rows().deviation(employment, "SICK_LEAVE", from, to, extent);
    }

    private PayRunId calculated(PayRunId id) {
        return TestPayRuns.calculated(payRuns, jobRepository, id);
    }

    private TestRows rows() {
        return new TestRows(jdbc);
    }
}
