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
import se.servicekontor.payroll.timereport.Deviation;
import se.servicekontor.payroll.timereport.DeviationCode;
import se.servicekontor.payroll.timereport.Deviations;
import se.servicekontor.testing.PostgresTest;

/**
 * Issue 12, part 2 item 9 (DOMAIN.md decisions 2026-12-08): a deviation spanning months is paid month by month — the part in
 * month M in the run for M + 1 — also an ongoing one without an end date; never one large deduction at its end. The issue's
 * example (sick 1 October – 31 December as one row → November, December and January runs) moved two months earlier so that
 * every run pays 2026 with 2026's tables: sick 1 August – 31 October as one row → September, October and November runs.
 * <p>
 * By hand at 31 000 kr: from day 15 every calendar day is deducted at 31 000 × 12 / 365 = 1 019.178… → 1 019.18
 * (SickPayFromDay15). Day 1 = Sat 1 August, day 15 = 15 August, day 90 = 29 October.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=month-by-month") // a database of its own: it releases months
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayRunMonthByMonthTests {

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;
    @Autowired Deviations deviations;

    /** SJK 1 August – 31 October, entered as one row. */
    long sjuk;
    /** TJL from Mon 7 September, ongoing (no end date). */
    long ledig;

    PayRunId september;
    PayRunId october;
    PayRunId november;

    @BeforeAll
    void runs() {
        sjuk = employment("19700101111", "Sjuk", "31000");
        deviations.addManual(new Deviation(sjuk, DeviationCode.SICK_LEAVE, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 31), null, null,
                null), "lon1");
        ledig = employment("19710202222", "Ledig", "30000");
        deviations.addManual(new Deviation(ledig, DeviationCode.LEAVE_OF_ABSENCE, LocalDate.of(2026, 9, 7), null, null, null, null), "lon1");
        september = TestPayRuns.released(payRuns, jobRepository, YearMonth.of(2026, 9));
        october = TestPayRuns.released(payRuns, jobRepository, YearMonth.of(2026, 10));
        november = TestPayRuns.calculated(payRuns, jobRepository, payRuns.startPreliminary(YearMonth.of(2026, 11), "lon1"));
    }

    @Test
    void oneSickRowOverThreeMonthsIsStoredAsOneRowPerMonth() {
        assertThat(jdbc.sql("SELECT from_date, to_date FROM deviation WHERE employment_id = ? ORDER BY from_date").param(sjuk)
                .query((rs, n) -> tuple(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class))).list()).containsExactly(
                tuple(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)),
                tuple(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)),
                tuple(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
    }

    @Test
    void eachRunDeductsItsOwnMonthsDaysFromDay15() {
        // September's run: 15–31 August = 17 days × 1 019.18 = 17 326.06
        // October's run: 1–30 September (days 32–61) = 30 × 1 019.18 = 30 575.40
        // November's run: 1–31 October (days 62–92) = 31 × 1 019.18 = 31 594.58 — not 78 days (79 495.04) at the end
        assertThat(lines(september, "SJUKAVDRAGKAL")).containsExactly(tuple(new BigDecimal("-17326.06"), LocalDate.of(2026, 8, 15),
                LocalDate.of(2026, 8, 31)));
        assertThat(lines(october, "SJUKAVDRAGKAL")).containsExactly(tuple(new BigDecimal("-30575.40"), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30)));
        assertThat(lines(november, "SJUKAVDRAGKAL")).containsExactly(tuple(new BigDecimal("-31594.58"), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31)));
        // the karensavdrag and days 1–14 only once, in September's run
        assertThat(lines(october, "SJUKLON")).isEmpty();
        assertThat(lines(november, "SJUKLON")).isEmpty();
    }

    @Test
    void anOngoingLeaveIsDeductedEveryMonthUntilItEnds() {
        // October's run: 7–30 September, 18 work days × (30 000 × 7 / 150 = 1 400.00) = 25 200.00
        assertThat(lines(october, ledig, "LEDIGHET")).extracting(t -> t.toList().get(0)).containsExactly(new BigDecimal("-25200.00"));
        // November's run: all of October, the leave from 7 September going on → the whole salary 30 000.00
        assertThat(lines(november, ledig, "LEDIGHET")).extracting(t -> t.toList().get(0)).containsExactly(new BigDecimal("-30000.00"));
        // and the leave goes on from 1 November, still without an end date
        assertThat(jdbc.sql("SELECT from_date FROM deviation WHERE employment_id = ? AND to_date IS NULL").param(ledig)
                .query(LocalDate.class).list()).containsExactly(LocalDate.of(2026, 11, 1));
    }

    /** amount, earned from, earned to of the sick employee's lines with the code. */
    private List<Tuple> lines(PayRunId run, String code) {
        return lines(run, sjuk, code);
    }

    /** amount, earned from, earned to of the employment's lines with the code. */
    private List<Tuple> lines(PayRunId run, long employment, String code) {
        return TestPayRuns.lines(jdbc, run, employment, code).stream().map(t -> tuple(t.toList().get(1), t.toList().get(2),
                t.toList().get(3))).toList();
    }

    /** A monthly-paid employee from 1 July 2026 at 100 %; returns the employment. */
    private long employment(String elevenDigits, String first, String salary) {
        return rows().monthly(rows().employee(elevenDigits, first, "Månadsvis"), "2026-07-01", salary);
    }

    private TestRows rows() {
        return new TestRows(jdbc);
    }
}
