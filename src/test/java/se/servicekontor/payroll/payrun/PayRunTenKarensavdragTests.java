package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
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
 * The high-risk protection over released runs (Sjuklönelagen 6 §): no karensavdrag in a new sick period when the employee had
 * ten in the twelve months before its day 1. September's and October's one-day sick periods are paid by the released October
 * and November runs; December's run pays November's rows — the 10th period makes its karensavdrag, the 11th none.
 * <p>
 * By hand for a monthly salary of 31 200 kr at 100 % (as PayRunSickPeriodAcrossTheMonthEndTests): lost pay a sick work day is
 * AB § 28's day value, in September and November (30 days) 31 200 × 7 / 150 = 1 456.00, sick pay 80 % = 1 164.80; in October
 * (31 days) 31 200 × 7 / 155 = 1 409.03, sick pay 1 127.22; karensavdrag 20 % of 31 200 × 12 × 0.8 / 52 = 5 760.00 → 1 152.00.
 * A one-day period in September or November with a karensavdrag thus pays 1 164.80 − 1 152.00 = 12.80, without one 1 164.80;
 * one in October takes 1 127.22 of the karensavdrag and leaves 24.78 for a relapse. Hourly 182.50 kr, 20 h a week:
 * karensavdrag 0.2 × 0.8 × 182.50 × 20 = 584.00; a 4-hour shift's sick pay 0.8 × 182.50 × 4 = 584.00.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=ten-karensavdrag") // a context, and so a database, of its own
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayRunTenKarensavdragTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;

    /**
     * Nine periods paid by released runs: Tue 1, Tue 8 (relapse Fri 11, 3 days later — no karensavdrag, not counted), Thu 17,
     * Thu 24 September; Thu 1, 8, 15, 22, 29 October. November: Tue 3 (5 days after 29 October: continues that period), Wed 11
     * (the 10th), Thu 19 (the 11th).
     */
    long anna;
    long annaRelapse;
    long annaNov3;
    long annaNov11;
    long annaNov19;
    /** As Anna without 1 September: eight before, so 11 November is the 9th and 19 November the 10th — both make one. */
    long bo;
    /** Monthly employment: SJK Tue 1, Tue 8, Thu 17, Thu 24 September, Wed 11 November; hourly: SJT 4 h on the five October Thursdays and Thu 19 November. */
    long cillaMonthly;
    long cillaHourly;

    PayRunId octoberRun;
    PayRunId novemberRun;
    PayRunId decemberRun;

    @BeforeAll
    void twoReleasedRunsAndDecember() {
        long annaEmployee = employee("19800315123", "Anna");
        anna = monthly(annaEmployee);
        bo = monthly(employee("19810416234", "Bo"));
        for (long e : new long[] {anna, bo}) {
            if (e == anna)
                sick(e, "2026-09-01");
            sick(e, "2026-09-08");
            long relapse = sick(e, "2026-09-11");
            if (e == anna)
                annaRelapse = relapse;
            for (String day : List.of("2026-09-17", "2026-09-24", "2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22", "2026-10-29"))
                sick(e, day);
        }
        annaNov3 = sick(anna, "2026-11-03");
        annaNov11 = sick(anna, "2026-11-11");
        annaNov19 = sick(anna, "2026-11-19");
        sick(bo, "2026-11-03");
        sick(bo, "2026-11-11");
        sick(bo, "2026-11-19");

        long cilla = employee("19820517345", "Cilla");
        cillaMonthly = monthly(cilla);
        cillaHourly = hourly(cilla);
        for (String day : List.of("2026-09-01", "2026-09-08", "2026-09-17", "2026-09-24", "2026-11-11"))
            sick(cillaMonthly, day);
        for (String day : List.of("2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22", "2026-10-29", "2026-11-19"))
            sickHours(cillaHourly, day, "4");

        octoberRun = TestPayRuns.released(payRuns, jobRepository, OCTOBER);
        novemberRun = TestPayRuns.released(payRuns, jobRepository, NOVEMBER);
        decemberRun = TestPayRuns.calculated(payRuns, jobRepository, payRuns.startPreliminary(DECEMBER, "lon1"));
    }

    @Test
    void theReleasedRunsRecordWhichRowsMadeAKarensavdrag() {
        // September: four one-day periods with a karensavdrag each (0.00 paid), the relapse on 11 September without (1 152.00)
        assertThat(sickLines(octoberRun, anna)).extracting(t -> t.toList().get(1)).containsExactly(
                new BigDecimal("-1456.00"), new BigDecimal("12.80"), new BigDecimal("-1456.00"), new BigDecimal("12.80"),
                new BigDecimal("-1456.00"), new BigDecimal("1164.80"), new BigDecimal("-1456.00"), new BigDecimal("12.80"),
                new BigDecimal("-1456.00"), new BigDecimal("12.80"));
        assertThat(karens(octoberRun, annaRelapse)).isNull();
        // 1, 8, 17, 24 September + 1, 8, 15, 22, 29 October: nine
        assertThat(jdbc.sql("""
                SELECT count(*) FROM pay_run_deviation p JOIN employment e ON e.employee_id = p.employee_id
                WHERE e.id = ? AND p.karens = 'MADE' AND p.pay_run_id IN (?, ?)""")
                .params(anna, octoberRun.value(), novemberRun.value()).query(Integer.class).single()).isEqualTo(9);
    }

    @Test
    void theEleventhPeriodInTwelveMonthsIsPaidWithoutKarensavdrag() {
        // 3 November continues 29 October's period (no new karensavdrag, the 24.78 October left): 1 164.80 − 24.78 = 1 140.02.
        // 11 November: 9 before it → the 10th, 1 164.80 − 1 152.00 = 12.80. 19 November: 10 in 19 November 2025 – 18 November
        // 2026 → none: 1 164.80.
        assertThat(sickLines(decemberRun, anna)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-1456.00")), tuple("SJUKLON", new BigDecimal("1140.02")),
                tuple("SJUKAVDRAG", new BigDecimal("-1456.00")), tuple("SJUKLON", new BigDecimal("12.80")),
                tuple("SJUKAVDRAG", new BigDecimal("-1456.00")), tuple("SJUKLON", new BigDecimal("1164.80")));
        // gross 31 200.00 − 3 × 1 456.00 + 1 140.02 + 12.80 + 1 164.80 = 29 149.62
        assertThat(gross(decemberRun, anna)).isEqualTo(new BigDecimal("29149.62"));
        assertThat(karens(decemberRun, annaNov3)).isNull();
        assertThat(karens(decemberRun, annaNov11)).isEqualTo("MADE");
        assertThat(karens(decemberRun, annaNov19)).isEqualTo("WAIVED");
        assertThat(payRuns.errors(decemberRun)).filteredOn(e -> e.code().equals("NO_KARENS_HIGH_RISK"))
                .filteredOn(e -> e.employmentId() == anna).singleElement().satisfies(e -> {
                    assertThat(e.severity()).isEqualTo(Severity.WARNING);
                    assertThat(e.message()).contains("Inget karensavdrag", "2026-11-19", "tio karensavdrag de senaste tolv månaderna",
                            "sjuklönelagen 6 §");
                });
    }

    @Test
    void withNineBeforeItTheTenthPeriodStillMakesItsKarensavdrag() {
        // Bo: 8 September relapse on 11 September not counted; 11 November is his 9th, 19 November his 10th: 12.80 each
        assertThat(sickLines(decemberRun, bo)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-1456.00")), tuple("SJUKLON", new BigDecimal("1140.02")),
                tuple("SJUKAVDRAG", new BigDecimal("-1456.00")), tuple("SJUKLON", new BigDecimal("12.80")),
                tuple("SJUKAVDRAG", new BigDecimal("-1456.00")), tuple("SJUKLON", new BigDecimal("12.80")));
        assertThat(payRuns.errors(decemberRun)).filteredOn(e -> e.code().equals("NO_KARENS_HIGH_RISK"))
                .noneMatch(e -> e.employmentId() == bo);
    }

    @Test
    void theKarensavdragOfAllTheEmployeesEmploymentsCount() {
        // Released: 4 periods in the monthly employment (September) and 5 in the hourly one (October) = 9. December's run:
        // 11 November (monthly) is the 10th: 12.80; the shift on 19 November (hourly) the 11th: 584.00 with no karensavdrag
        assertThat(sickLines(decemberRun, cillaMonthly)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-1456.00")), tuple("SJUKLON", new BigDecimal("12.80")));
        assertThat(sickLines(decemberRun, cillaHourly)).containsExactly(tuple("SJUKLONTIM", new BigDecimal("584.00")));
        assertThat(sickLines(novemberRun, cillaHourly)).extracting(t -> t.toList().get(1)).containsOnly(new BigDecimal("0.00"));
        assertThat(payRuns.errors(decemberRun)).filteredOn(e -> e.code().equals("NO_KARENS_HIGH_RISK"))
                .extracting(RunError::employmentId).containsExactlyInAnyOrder(anna, cillaHourly);
    }

    /** pay_run_deviation.karens the run recorded for the deviation (null: the row began no karensavdrag). */
    private String karens(PayRunId run, long deviation) {
        return jdbc.sql("SELECT karens FROM pay_run_deviation WHERE pay_run_id = ? AND deviation_id = ?")
                .params(run.value(), deviation).query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    /** code and amount of the employment's sick lines, in payslip order. */
    private List<Tuple> sickLines(PayRunId run, long employment) {
        return jdbc.sql("SELECT code, amount FROM pay_line WHERE pay_run_id = ? AND employment_id = ? AND code LIKE 'SJUK%' ORDER BY seq")
                .params(run.value(), employment).query((rs, n) -> tuple(rs.getString(1), rs.getBigDecimal(2))).list();
    }

    private BigDecimal gross(PayRunId run, long employment) {
        return rows().gross(run, employment);
    }

    private long employee(String elevenDigits, String first) {
        return rows().employee(elevenDigits, first, "Karens");
    }

    /** From 1 September 2026, 31 200 kr full time, table 33 column 1, with a bank account; returns the employment. */
    private long monthly(long employee) {
        return rows().monthly(employee, "2026-09-01", "31200");
    }

    /** Hourly-paid from 2 September 2026 (one employment per start day) until further notice, 182.50 kr an hour, 20 hours a week. */
    private long hourly(long employee) {
        return rows().hourly(employee, "2026-09-02", null, "182.50");
    }

    /** A one-day SJK row; returns its id. */
    private long sick(long employment, String day) {
        return rows().deviation(employment, "SICK_LEAVE", day, day, null);
    }

    /** An SJT row: hours of one booked shift lost to sickness; returns its id. */
    private long sickHours(long employment, String day, String hours) {
        return rows().deviation(employment, "SICK_HOURS", day, day, hours);
    }

    private TestRows rows() {
        return new TestRows(jdbc);
    }
}
