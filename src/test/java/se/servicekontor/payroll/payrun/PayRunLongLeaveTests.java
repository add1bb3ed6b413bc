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
import se.servicekontor.payroll.employment.Employments;
import se.servicekontor.shared.Amount;
import se.servicekontor.testing.PostgresTest;

/**
 * Issue 5: the pay run deducts long leave per calendar day. AB § 28 as briefed (UNCONFIRMED): a leave of at most 5 calendar
 * days is deducted per work day, monthly salary × 12 / 260; a longer one per calendar day, monthly salary × 12 / 365, weekends
 * and public holidays inside it included; the length is the whole leave's (over a salary change, and over adjacent rows of the
 * same code). October's leave is paid in the November run (eftersläp); a row is paid in the run after the month it ends in.
 * Through the pay run job on PostgreSQL, in a database of its own (it releases November).
 * <p>
 * At 30 000 kr: work-day pay 360 000 / 260 = 1 384.615… → 1 384.62; calendar-day pay 360 000 / 365 = 986.301… → 986.30.
 * At 33 000 kr: calendar-day pay 396 000 / 365 = 1 084.931… → 1 084.93. Mon 5 October 2026.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=long-leave") // a database of its own: it releases a month
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayRunLongLeaveTests {

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;
    @Autowired Employments employments;

    /** TJL Mon 5 – Fri 16 Oct (12 days). */
    long anna;
    /** TJL Mon 5 – Wed 7 Oct (3 days). */
    long berit;
    /** TJL Mon 5 – Fri 9 Oct (5 days). */
    long cecilia;
    /** TJL Mon 5 – Sat 10 Oct (6 days). */
    long david;
    /** 30 000 kr, 33 000 kr from Thu 8 Oct; TJL Mon 5 – Sat 10 Oct (6 days). */
    long erik;
    /** FPL at 50 % Mon 5 – Fri 16 Oct. */
    long frida;
    /** VAB Mon 12 – Tue 13 Oct. */
    long gustav;
    /** TJL Wed 28 – Sat 31 Oct and TJL Sun 1 – Tue 3 Nov, two rows paid in two runs. */
    long hanna;
    /** TJL Thu 1 – Sat 3 Oct and TJL Sun 4 – Tue 6 Oct, two rows paid in one run. */
    long ivar;
    /** TJL Mon 26 Oct – Fri 6 Nov, one row over the month end. */
    long johan;

    PayRunId november;
    PayRunId december;

    @BeforeAll
    void runs() {
        anna = employment("19710105111", "Anna", "30000");
        absence(anna, "LEAVE_OF_ABSENCE", "2026-10-05", "2026-10-16", null);
        berit = employment("19720206222", "Berit", "30000");
        absence(berit, "LEAVE_OF_ABSENCE", "2026-10-05", "2026-10-07", null);
        cecilia = employment("19730307333", "Cecilia", "30000");
        absence(cecilia, "LEAVE_OF_ABSENCE", "2026-10-05", "2026-10-09", null);
        david = employment("19740408444", "David", "30000");
        absence(david, "LEAVE_OF_ABSENCE", "2026-10-05", "2026-10-10", null);
        erik = employment("19750509555", "Erik", "30000");
        employments.saveSalary(erik, LocalDate.of(2026, 10, 8), Amount.ofKronor("33000"), "lon1", "Erik");
        absence(erik, "LEAVE_OF_ABSENCE", "2026-10-05", "2026-10-10", null);
        frida = employment("19760610666", "Frida", "30000");
        absence(frida, "PARENTAL_LEAVE", "2026-10-05", "2026-10-16", "50");
        gustav = employment("19770711777", "Gustav", "30000");
        absence(gustav, "CARE_OF_SICK_CHILD", "2026-10-12", "2026-10-13", null);
        hanna = employment("19780812888", "Hanna", "30000");
        absence(hanna, "LEAVE_OF_ABSENCE", "2026-10-28", "2026-10-31", null);
        absence(hanna, "LEAVE_OF_ABSENCE", "2026-11-01", "2026-11-03", null);
        ivar = employment("19790913999", "Ivar", "30000");
        absence(ivar, "LEAVE_OF_ABSENCE", "2026-10-01", "2026-10-03", null);
        absence(ivar, "LEAVE_OF_ABSENCE", "2026-10-04", "2026-10-06", null);
        johan = employment("19801014123", "Johan", "30000");
        absence(johan, "LEAVE_OF_ABSENCE", "2026-10-26", "2026-11-06", null);

        november = TestPayRuns.released(payRuns, jobRepository, YearMonth.of(2026, 11));
        december = TestPayRuns.calculated(payRuns, jobRepository, payRuns.startPreliminary(YearMonth.of(2026, 12), "lon1"));
    }

    @Test
    void twelveDaysOfLeaveAreDeductedPerCalendarDayInTheNovemberRun() {
        // 12 calendar days > 5: 12 × 986.30 = 11 835.60; November 30 000.00 − 11 835.60 = 18 164.40
        assertThat(lines(november, anna)).containsExactly(tuple("Löneavdrag tjänstledighet 2026-10-05–2026-10-16, 12 kalenderdagar, "
                + "986.30 kr/dag", new BigDecimal("-11835.60"), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 16)));
        assertThat(gross(november, anna)).isEqualByComparingTo("18164.40");
    }

    @Test
    void threeDaysOfLeaveAreDeductedPerWorkDay() {
        // 3 × 1 384.62 = 4 153.86; November 30 000.00 − 4 153.86 = 25 846.14
        assertThat(lines(november, berit)).containsExactly(tuple("Löneavdrag tjänstledighet 2026-10-05–2026-10-07, 3 arbetsdagar, "
                + "1384.62 kr/dag", new BigDecimal("-4153.86"), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 7)));
        assertThat(gross(november, berit)).isEqualByComparingTo("25846.14");
    }

    @Test
    void fiveCalendarDaysArePerWorkDayAndSixPerCalendarDay() {
        // Mon 5 – Fri 9 Oct: 5 work days × 1 384.62 = 6 923.10; Mon 5 – Sat 10 Oct: 6 calendar days × 986.30 = 5 917.80
        assertThat(lines(november, cecilia)).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("-6923.10"));
        assertThat(lines(november, david)).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("-5917.80"));
    }

    @Test
    void aLongLeaveOverASalaryRiseIsLongInBothParts() {
        // Mon 5 – Wed 7 Oct at 30 000 and Thu 8 – Sat 10 Oct at 33 000: 3 days each, but the leave is 6 days, so per calendar
        // day: 3 × 986.30 = 2 958.90 and 3 × 1 084.93 = 3 254.79 (judged per part it would have been 3 × 1 384.62 and
        // 2 × 1 523.08). November 33 000.00 − 2 958.90 − 3 254.79 = 26 786.31
        assertThat(lines(november, erik)).containsExactly(
                tuple("Löneavdrag tjänstledighet 2026-10-05–2026-10-07, 3 kalenderdagar, 986.30 kr/dag (del av ledigheten "
                        + "2026-10-05–2026-10-10, 6 kalenderdagar)", new BigDecimal("-2958.90"), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 7)),
                tuple("Löneavdrag tjänstledighet 2026-10-08–2026-10-10, 3 kalenderdagar, 1084.93 kr/dag (del av ledigheten "
                        + "2026-10-05–2026-10-10, 6 kalenderdagar)", new BigDecimal("-3254.79"), LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 10)));
        assertThat(gross(november, erik)).isEqualByComparingTo("26786.31");
    }

    @Test
    void aLongHalfDayParentalLeaveDeductsHalfOfEachCalendarDay() {
        // 986.30 × 50 % = 493.15 a calendar day × 12 = 5 917.80; November 30 000.00 − 5 917.80 = 24 082.20
        assertThat(lines(november, frida)).extracting(t -> t.toList().subList(0, 2)).containsExactly(List.of(
                "Löneavdrag föräldraledighet 2026-10-05–2026-10-16, 12 kalenderdagar à 50 %, 493.15 kr/dag", new BigDecimal("-5917.80")));
        assertThat(gross(november, frida)).isEqualByComparingTo("24082.20");
    }

    @Test
    void vabOfTwoDaysIsDeductedPerWorkDay() {
        // 2 × 1 384.62 = 2 769.24
        assertThat(lines(november, gustav)).extracting(t -> t.toList().subList(0, 2)).containsExactly(List.of(
                "Löneavdrag vård av barn 2026-10-12–2026-10-13, 2 arbetsdagar, 1384.62 kr/dag", new BigDecimal("-2769.24")));
    }

    @Test
    void twoRowsOfOneLeaveInOneRunAreOneLongLeave() {
        // Thu 1 – Sat 3 Oct and Sun 4 – Tue 6 Oct: one leave of 6 days → 3 × 986.30 = 2 958.90 each
        assertThat(lines(november, ivar)).extracting(t -> t.toList().get(1))
                .containsExactly(new BigDecimal("-2958.90"), new BigDecimal("-2958.90"));
    }

    @Test
    void aRowContinuingALeavePaidInTheRunBeforeIsJudgedOnTheWholeLeave() {
        // November: Wed 28 – Sat 31 Oct alone is 4 days (the November row was not reported by then): the work days 28, 29, 30
        // Oct × 1 384.62 = 4 153.86
        assertThat(lines(november, hanna)).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("-4153.86"));
        // December: Sun 1 – Tue 3 Nov continues it: the leave 28 Oct – 3 Nov is 7 days → 3 calendar days × 986.30 = 2 958.90
        // (as a row of its own: Mon 2, Tue 3 Nov × 1 384.62 = 2 769.24). The part already paid stays as it was paid.
        assertThat(lines(december, hanna)).containsExactly(tuple("Löneavdrag tjänstledighet 2026-11-01–2026-11-03, 3 kalenderdagar, "
                + "986.30 kr/dag (del av ledigheten 2026-10-28–2026-11-03, 7 kalenderdagar)", new BigDecimal("-2958.90"),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3)));
        // and the fellista says the paid part was deducted per work day
        assertThat(jdbc.sql("SELECT code FROM pay_run_error WHERE pay_run_id = ? AND employment_id = ? AND code LIKE 'LEAVE%'")
                .params(december.value(), hanna).query(String.class).list()).containsExactly("LEAVE_PAID_PART_PER_WORK_DAY");
    }

    @Test
    void aRowOverTheMonthEndIsPaidWholeInTheRunAfterItEnds() {
        // Not in November (it ends 6 Nov); December: Mon 26 Oct – Fri 6 Nov = 12 calendar days, the October ones too: 12 × 986.30
        assertThat(lines(november, johan)).isEmpty();
        assertThat(lines(december, johan)).containsExactly(tuple("Löneavdrag tjänstledighet 2026-10-26–2026-11-06, 12 kalenderdagar, "
                + "986.30 kr/dag", new BigDecimal("-11835.60"), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 6)));
    }

    /** text, amount, earned from, earned to of the employment's LEDIGHET lines. */
    private List<Tuple> lines(PayRunId run, long employment) {
        return TestPayRuns.lines(jdbc, run, employment, "LEDIGHET");
    }

    private BigDecimal gross(PayRunId run, long employment) {
        return rows().gross(run, employment);
    }

    /** A monthly-paid employee from 1 October 2026 at 100 %, table 33 column 1, with a bank account and a salary; returns the employment. */
    private long employment(String elevenDigits, String first, String salary) {
        return rows().monthly(rows().employee(elevenDigits, first, "Ledig"), "2026-10-01", salary);
    }

    /** An absence row; extent in percent, null = all day. */
    private void absence(long employment, String code, String from, String to, String extent) {
        rows().deviation(employment, code, from, to, extent);
    }

    private TestRows rows() {
        return new TestRows(jdbc);
    }
}
