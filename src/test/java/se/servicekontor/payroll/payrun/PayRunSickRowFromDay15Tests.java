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
 * Sick pay from day 15 in the pay run (issue 5): a SJK row is paid whole in the run after the month of its last day
 * (eftersläp), and from day 15 its own calendar days are deducted — a weekend at its end, and, for one row over a month end,
 * its days in the month before the earning month. On PostgreSQL, in a database of its own: only these employees are in the runs.
 * <p>
 * Worked by hand for a monthly salary of 31 200 kr at 100 %: lost pay a sick work day is AB § 28's day value (issue 12), in
 * October (31 days) 31 200 × 7 / 155 = 1 409.032… → 1 409.03, sick pay 80 % = 1 127.224 → 1 127.22 a day; days 1–14 of a
 * sickness from Thu 1 October are its 10 work days 1–2, 5–9, 12–14 October: 10 × 1 409.03 = 14 090.30 deducted, sick pay
 * 10 × 1 127.22 = 11 272.20 − the karensavdrag 1 152.00 = 10 120.20; an average week's sick pay 31 200 × 12 × 0.8 / 52 = 5 760.00, karensavdrag 20 % = 1 152.00; calendar-day
 * pay from day 15 31 200 × 12 / 365 = 1 025.75 (1 025.753… rounded); the AB addition on days 15–90 is 10 % of that per
 * day, summed and rounded once half up to the öre. 1 October 2026 is a Thursday: days 1–14 are 1–14 October, with the 10
 * work days 1–2, 5–9 and 12–14 October (−14 400.00, sick pay 11 520.00 − 1 152.00 = 10 368.00); day 15 is 15 October.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=sick-row-day-15") // a context, and so a database, of its own
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayRunSickRowFromDay15Tests {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    static final LocalDate OCTOBER_1 = LocalDate.of(2026, 10, 1);
    static final LocalDate OCTOBER_14 = LocalDate.of(2026, 10, 14);
    static final LocalDate OCTOBER_15 = LocalDate.of(2026, 10, 15);

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;

    /** Sick 1 October – 10 November as one row. */
    long whole;
    long wholeRow;
    /** Sick Thu 1 – Sun 25 October. */
    long weekend;
    /** Sick 1–31 October and 1–10 November as two rows. */
    long twoRows;

    PayRunId novemberRun;
    PayRunId decemberRun;

    @BeforeAll
    void twoRunsOneMonthApart() {
        whole = employment("19800315123", "Sigrid");
        wholeRow = sick(whole, "2026-10-01", "2026-11-10");
        weekend = employment("19810416234", "Helmer");
        sick(weekend, "2026-10-01", "2026-10-25");
        twoRows = employment("19820517345", "Ingrid");
        sick(twoRows, "2026-10-01", "2026-10-31");
        sick(twoRows, "2026-11-01", "2026-11-10");

        calculated(payRuns.startPreliminary(NOVEMBER, "lon1"));
        novemberRun = calculated(payRuns.startFinal(NOVEMBER, "lon1"));
        payRuns.release(novemberRun, "lon2");
        decemberRun = calculated(payRuns.startPreliminary(DECEMBER, "lon1"));
    }

    @Test
    void oneRowOverTheMonthEndIsPaidWholeInDecemberWithItsOctoberDaysFromDay15() {
        // Not ended in October: nothing of it in November's run, and no day-15 report there
        assertThat(sickLines(novemberRun, whole)).isEmpty();
        assertThat(dayFifteenReports(novemberRun, whole)).isEmpty();
        // December: days 1–14 as in the class comment; days 15 October – 10 November = 17 + 10 = 27 calendar days (10 November
        // is day 41, within day 90): 27 × 1 025.75 = 27 695.25 deducted, + 27 × 102.575 = 2 769.525 → 2 769.53
        assertThat(sickLines(decemberRun, whole)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-14090.30"), OCTOBER_1, OCTOBER_14),
                tuple("SJUKLON", new BigDecimal("10120.20"), OCTOBER_1, OCTOBER_14),
                tuple("SJUKAVDRAGKAL", new BigDecimal("-27695.25"), OCTOBER_15, LocalDate.of(2026, 11, 10)),
                tuple("SJUKLON15", new BigDecimal("2769.53"), OCTOBER_15, LocalDate.of(2026, 11, 10)));
        // 31 200.00 − 14 090.30 + 10 120.20 − 27 695.25 + 2 769.53 = 2 304.18
        assertThat(gross(decemberRun, whole)).isEqualTo(new BigDecimal("2304.18"));
        assertThat(dayFifteenReports(decemberRun, whole)).singleElement().satisfies(m -> assertThat(m).contains("2026-10-01", "2026-10-15"));
        assertThat(jdbc.sql("SELECT sick_first_day FROM pay_run_deviation WHERE pay_run_id = ? AND deviation_id = ?")
                .params(decemberRun.value(), wholeRow).query(LocalDate.class).single()).isEqualTo(OCTOBER_1);
    }

    @Test
    void aRowEndingOnASundayIsDeductedForItsWeekend() {
        // November: days 15–25 October = 11 calendar days (Sat 24 and Sun 25 with them): 11 × 1 025.75 = 11 283.25, + 11 × 102.575
        // = 1 128.325 → 1 128.33
        assertThat(sickLines(novemberRun, weekend)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-14090.30"), OCTOBER_1, OCTOBER_14),
                tuple("SJUKLON", new BigDecimal("10120.20"), OCTOBER_1, OCTOBER_14),
                tuple("SJUKAVDRAGKAL", new BigDecimal("-11283.25"), OCTOBER_15, LocalDate.of(2026, 10, 25)),
                tuple("SJUKLON15", new BigDecimal("1128.33"), OCTOBER_15, LocalDate.of(2026, 10, 25)));
        // 31 200.00 − 14 090.30 + 10 120.20 − 11 283.25 + 1 128.33 = 17 074.98
        assertThat(gross(novemberRun, weekend)).isEqualTo(new BigDecimal("17074.98"));
        assertThat(dayFifteenReports(novemberRun, weekend)).hasSize(1);
    }

    @Test
    void theSamePeriodAsTwoRowsPaysTheSameDaysOnceEach() {
        // November: days 15–31 October = 17: 17 × 1 025.75 = 17 437.75, + 17 × 102.575 = 1 743.775 → 1 743.78; day 15 reported
        assertThat(sickLines(novemberRun, twoRows)).containsExactly(
                tuple("SJUKAVDRAG", new BigDecimal("-14090.30"), OCTOBER_1, OCTOBER_14),
                tuple("SJUKLON", new BigDecimal("10120.20"), OCTOBER_1, OCTOBER_14),
                tuple("SJUKAVDRAGKAL", new BigDecimal("-17437.75"), OCTOBER_15, LocalDate.of(2026, 10, 31)),
                tuple("SJUKLON15", new BigDecimal("1743.78"), OCTOBER_15, LocalDate.of(2026, 10, 31)));
        assertThat(dayFifteenReports(novemberRun, twoRows)).hasSize(1);
        // December continues the period from 1 October: 1–10 November only (days 32–41): 10 × 1 025.75 = 10 257.50, + 1 025.75;
        // no work day within day 14, no second report. 17 + 10 = 27 days in all, as the one row above.
        assertThat(sickLines(decemberRun, twoRows)).containsExactly(
                tuple("SJUKAVDRAGKAL", new BigDecimal("-10257.50"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)),
                tuple("SJUKLON15", new BigDecimal("1025.75"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)));
        assertThat(dayFifteenReports(decemberRun, twoRows)).isEmpty();
        // 31 200.00 − 10 257.50 + 1 025.75 = 21 968.25
        assertThat(gross(decemberRun, twoRows)).isEqualTo(new BigDecimal("21968.25"));
    }

    /** code, amount and earning dates of the employment's sick lines, in payslip order. */
    private List<Tuple> sickLines(PayRunId run, long employment) {
        return jdbc.sql("SELECT code, amount, earned_from, earned_to FROM pay_line WHERE pay_run_id = ? AND employment_id = ? AND code LIKE 'SJUK%' ORDER BY seq")
                .params(run.value(), employment).query((rs, n) -> tuple(rs.getString(1), rs.getBigDecimal(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))).list();
    }

    /** The messages of the run's day-15 reports for the employment. */
    private List<String> dayFifteenReports(PayRunId run, long employment) {
        return payRuns.errors(run).stream().filter(e -> e.code().equals("ANMALAN_DAG15") && Long.valueOf(employment).equals(e.employmentId()))
                .map(e -> e.message()).toList();
    }

    private BigDecimal gross(PayRunId run, long employment) {
        return rows().gross(run, employment);
    }

    /** A monthly-paid employee from 1 October 2026, 31 200 kr full time, table 33 column 1, with a bank account; returns the employment. */
    private long employment(String elevenDigits, String first) {
        return rows().monthly(rows().employee(elevenDigits, first, "Sjuk"), "2026-10-01", "31200");
    }

    /** An SJK row, all day; returns its id. */
    private long sick(long employment, String from, String to) {
        return rows().deviation(employment, "SICK_LEAVE", from, to, null);
    }

    private PayRunId calculated(PayRunId id) {
        return TestPayRuns.calculated(payRuns, jobRepository, id);
    }

    private TestRows rows() {
        return new TestRows(jdbc);
    }
}
