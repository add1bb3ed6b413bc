package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

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
 * A short hourly employment (agreed for less than a month) earns sick pay only after 14 calendar days employed
 * (Sjuklönelagen 3 §). A sick period that begins before that runs on all the same: its days count from its first sick day
 * (7 §: the sjuklöneperiod is the first 14 calendar days of the sickness), and because no sick pay carried a karensavdrag
 * before, its first paid shift makes it (6 §) — in the same run, and in the next month's run when the period goes on over
 * the month end.
 * <p>
 * By hand, 182.50 kr an hour and 20 hours a week: karensavdrag 0.2 × 0.8 × 182.50 × 20 = 584.00; a 6-hour shift's sick pay
 * 0.8 × 182.50 × 6 = 876.00, with the karensavdrag 876.00 − 584.00 = 292.00.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=sick-before-qualifying") // a context, and so a database, of its own
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayRunSickBeforeQualifyingTests {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;

    /**
     * Employed 20 October – 18 November 2026 (shorter than a month): 20 October – 2 November are the 14 days, sick pay from
     * 3 November. SJT Fri 30 October 4 h (no sick pay); Tue 3, Fri 6, Wed 11 and Fri 13 November 6 h each — at most five days
     * apart, one period from 30 October: days 5, 8, 13 and 15.
     */
    long dan;
    long danOctober30;
    long danNovember3;
    /**
     * Employed 1–27 October 2026: sick pay from 15 October. SJT Mon 5, Fri 9, Wed 14 October 8 h (no sick pay), Fri 16 and
     * Mon 19 October 6 h — one period from 5 October: 16 October is day 12, 19 October day 15.
     */
    long eva;
    long evaOctober16;

    PayRunId novemberRun;
    PayRunId decemberRun;

    @BeforeAll
    void novemberReleasedAndDecember() {
        dan = hourlyEmployment("19860921789", "Dan", "2026-10-20", "2026-11-18");
        danOctober30 = sickHours(dan, "2026-10-30", "4");
        danNovember3 = sickHours(dan, "2026-11-03", "6");
        sickHours(dan, "2026-11-06", "6");
        sickHours(dan, "2026-11-11", "6");
        sickHours(dan, "2026-11-13", "6");
        eva = hourlyEmployment("19871022890", "Eva", "2026-10-01", "2026-10-27");
        sickHours(eva, "2026-10-05", "8");
        sickHours(eva, "2026-10-09", "8");
        sickHours(eva, "2026-10-14", "8");
        evaOctober16 = sickHours(eva, "2026-10-16", "6");
        sickHours(eva, "2026-10-19", "6");

        novemberRun = TestPayRuns.released(payRuns, jobRepository, NOVEMBER);
        decemberRun = TestPayRuns.calculated(payRuns, jobRepository, payRuns.startPreliminary(DECEMBER, "lon1"));
    }

    @Test
    void novembersRunPaysNothingFor30OctoberButRecordsThePeriodAndItsKarensavdragAsPending() {
        assertThat(sickLines(novemberRun, dan)).isEmpty();
        assertThat(payRuns.errors(novemberRun)).filteredOn(e -> e.code().equals("SICK_PAY_NOT_QUALIFIED"))
                .filteredOn(e -> Long.valueOf(dan).equals(e.employmentId())).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("2026-10-30", "2026-11-03", "3 §"));
        assertThat(sickPeriod(novemberRun, danOctober30)).isEqualTo(tuple(LocalDate.of(2026, 10, 30), "PENDING"));
    }

    @Test
    void decembersRunTakesTheKarensavdragFromTheFirstPaidShiftAndCountsTheDaysFrom30October() {
        // 3 November (day 5): 876.00 − 584.00 = 292.00 (before: taken as a continuation with nothing to take, 876.00);
        // 6 and 11 November (days 8 and 13): 876.00 each; 13 November is day 15 — Försäkringskassan's, reported, not paid
        assertThat(sickLines(decemberRun, dan)).containsExactly(
                tuple("SJUKLONTIM", new BigDecimal("292.00"), LocalDate.of(2026, 11, 3)),
                tuple("SJUKLONTIM", new BigDecimal("876.00"), LocalDate.of(2026, 11, 6)),
                tuple("SJUKLONTIM", new BigDecimal("876.00"), LocalDate.of(2026, 11, 11)));
        assertThat(line(decemberRun, dan, LocalDate.of(2026, 11, 3))).contains("karensavdrag 584.00");
        assertThat(sickPeriod(decemberRun, danNovember3)).isEqualTo(tuple(LocalDate.of(2026, 10, 30), "MADE"));
        assertThat(payRuns.errors(decemberRun)).filteredOn(e -> e.code().equals("ANMALAN_DAG15"))
                .filteredOn(e -> Long.valueOf(dan).equals(e.employmentId())).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("2026-10-30", "2026-11-13"));
    }

    @Test
    void withinOneRunTheFirstPaidShiftMakesTheKarensavdragAndDay15CountsFromTheFirstSickDay() {
        // 5, 9 and 14 October: no sick pay (three warnings). 16 October (day 12): 876.00 − 584.00 = 292.00. 19 October is day 15
        // of the period from 5 October: nothing paid, reported (counted from 16 October it would be day 4: 876.00)
        assertThat(sickLines(novemberRun, eva)).containsExactly(
                tuple("SJUKLONTIM", new BigDecimal("292.00"), LocalDate.of(2026, 10, 16)));
        assertThat(payRuns.errors(novemberRun)).filteredOn(e -> Long.valueOf(eva).equals(e.employmentId())).extracting(RunError::code)
                .containsOnlyOnce("ANMALAN_DAG15").filteredOn("SICK_PAY_NOT_QUALIFIED"::equals).hasSize(3);
        assertThat(payRuns.errors(novemberRun)).filteredOn(e -> e.code().equals("ANMALAN_DAG15"))
                .filteredOn(e -> Long.valueOf(eva).equals(e.employmentId())).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("2026-10-05", "2026-10-19"));
        assertThat(sickPeriod(novemberRun, evaOctober16)).isEqualTo(tuple(LocalDate.of(2026, 10, 5), "MADE"));
    }

    /** code, amount and earning day of the employment's sick lines, in payslip order. */
    private List<Tuple> sickLines(PayRunId run, long employment) {
        return jdbc.sql("SELECT code, amount, earned_from FROM pay_line WHERE pay_run_id = ? AND employment_id = ? AND code LIKE 'SJUK%' ORDER BY seq")
                .params(run.value(), employment)
                .query((rs, n) -> tuple(rs.getString(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class))).list();
    }

    private String line(PayRunId run, long employment, LocalDate day) {
        return jdbc.sql("SELECT text FROM pay_line WHERE pay_run_id = ? AND employment_id = ? AND code = 'SJUKLONTIM' AND earned_from = ?")
                .params(run.value(), employment, day).query(String.class).single();
    }

    /** sick_first_day and karens the run recorded for the deviation. */
    private Tuple sickPeriod(PayRunId run, long deviation) {
        return jdbc.sql("SELECT sick_first_day, karens FROM pay_run_deviation WHERE pay_run_id = ? AND deviation_id = ?")
                .params(run.value(), deviation)
                .query((rs, n) -> tuple(rs.getObject(1, LocalDate.class), Optional.ofNullable(rs.getString(2)).orElse(null))).single();
    }

    /** An hourly-paid employee, 182.50 kr an hour, 20 hours a week, employed start–end; returns the employment. */
    private long hourlyEmployment(String elevenDigits, String first, String start, String end) {
        return rows().hourly(rows().employee(elevenDigits, first, "Kort"), start, end, "182.50");
    }

    /** An SJT row: hours of one booked shift lost to sickness; returns its id. */
    private long sickHours(long employment, String day, String hours) {
        return rows().deviation(employment, "SICK_HOURS", day, day, hours);
    }

    private TestRows rows() {
        return new TestRows(jdbc);
    }
}
