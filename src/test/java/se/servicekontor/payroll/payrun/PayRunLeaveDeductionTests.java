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
 * Issue 12 (replacing issue 5's 12/260 and 12/365 model): the pay run deducts leave by AB § 28 as municipal payroll applies it
 * (Kommunal's ombudsman KA 2016, Hultsfred "tjänstledighetsfaktor 1,4"; the agreement text UNCONFIRMED): per scheduled work day
 * the monthly salary ÷ the month's calendar days × 7/5, whatever the leave's length; a whole calendar month the whole salary.
 * October's leave is paid in the November run (eftersläp); a row is paid in the run after the month it ends in, each month's
 * days at that month's day value. Through the pay run job on PostgreSQL, in a database of its own (it releases November).
 * <p>
 * October 2026 has 31 days: at 30 000 kr 30 000 × 7 / 155 = 1 354.838… → 1 354.84; at 33 000 kr 33 000 × 7 / 155 = 1 490.322…
 * → 1 490.32. November has 30: 30 000 × 7 / 150 = 1 400.00. Mon 5 October 2026.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=long-leave") // a database of its own: it releases a month
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayRunLeaveDeductionTests {

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;
    @Autowired Employments employments;

    /** TJL Mon 5 – Fri 16 Oct (10 work days). */
    long anna;
    /** TJL Mon 5 – Wed 7 Oct. */
    long berit;
    /** TJL Mon 5 – Fri 9 Oct. */
    long cecilia;
    /** TJL Mon 5 – Sat 10 Oct. */
    long david;
    /** 30 000 kr, 33 000 kr from Thu 8 Oct; TJL Mon 5 – Sat 10 Oct. */
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
    /** TJL all of October. */
    long karin;

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
        karin = employment("19811115234", "Karin", "30000");
        absence(karin, "LEAVE_OF_ABSENCE", "2026-10-01", "2026-10-31", null);

        november = TestPayRuns.released(payRuns, jobRepository, YearMonth.of(2026, 11));
        december = TestPayRuns.calculated(payRuns, jobRepository, payRuns.startPreliminary(YearMonth.of(2026, 12), "lon1"));
    }

    @Test
    void twoWeeksOfLeaveDeductTheirTenWorkDaysInTheNovemberRun() {
        // 10 work days × 1 354.84 = 13 548.40 (the weekend between is not deducted); November 30 000.00 − 13 548.40 = 16 451.60
        assertThat(lines(november, anna)).containsExactly(tuple("Löneavdrag tjänstledighet 2026-10-05–2026-10-16: 10 arbetsdagar à "
                + "1354.84 kr", new BigDecimal("-13548.40"), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 16)));
        assertThat(gross(november, anna)).isEqualByComparingTo("16451.60");
    }

    @Test
    void threeDaysOfLeaveAreDeductedAtTheSameDayValue() {
        // 3 × 1 354.84 = 4 064.52; November 30 000.00 − 4 064.52 = 25 935.48
        assertThat(lines(november, berit)).containsExactly(tuple("Löneavdrag tjänstledighet 2026-10-05–2026-10-07: 3 arbetsdagar à "
                + "1354.84 kr", new BigDecimal("-4064.52"), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 7)));
        assertThat(gross(november, berit)).isEqualByComparingTo("25935.48");
    }

    @Test
    void aSaturdayAtTheEndOfALeaveIsNotDeducted() {
        // Mon 5 – Fri 9 Oct and Mon 5 – Sat 10 Oct: both 5 work days × 1 354.84 = 6 774.20 (no 5-day limit any more)
        assertThat(lines(november, cecilia)).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("-6774.20"));
        assertThat(lines(november, david)).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("-6774.20"));
    }

    @Test
    void aLeaveOverASalaryRiseIsDeductedAtEachPartsSalary() {
        // Mon 5 – Wed 7 Oct at 30 000: 3 × 1 354.84 = 4 064.52; Thu 8 – Sat 10 Oct at 33 000: Thu, Fri × 1 490.32 = 2 980.64.
        // November 33 000.00 − 4 064.52 − 2 980.64 = 25 954.84
        assertThat(lines(november, erik)).containsExactly(
                tuple("Löneavdrag tjänstledighet 2026-10-05–2026-10-07: 3 arbetsdagar à 1354.84 kr", new BigDecimal("-4064.52"),
                        LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 7)),
                tuple("Löneavdrag tjänstledighet 2026-10-08–2026-10-10: 2 arbetsdagar à 1490.32 kr", new BigDecimal("-2980.64"),
                        LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9)));
        assertThat(gross(november, erik)).isEqualByComparingTo("25954.84");
    }

    @Test
    void aHalfDayParentalLeaveDeductsHalfTheDayValue() {
        // 1 354.84 × 50 % = 677.42 a work day × 10 = 6 774.20; November 30 000.00 − 6 774.20 = 23 225.80
        assertThat(lines(november, frida)).extracting(t -> t.toList().subList(0, 2)).containsExactly(List.of(
                "Löneavdrag föräldraledighet 2026-10-05–2026-10-16 à 50 %: 10 arbetsdagar à 677.42 kr", new BigDecimal("-6774.20")));
        assertThat(gross(november, frida)).isEqualByComparingTo("23225.80");
    }

    @Test
    void vabOfTwoDaysIsDeductedPerWorkDay() {
        // 2 × 1 354.84 = 2 709.68
        assertThat(lines(november, gustav)).extracting(t -> t.toList().subList(0, 2)).containsExactly(List.of(
                "Löneavdrag vård av barn 2026-10-12–2026-10-13: 2 arbetsdagar à 1354.84 kr", new BigDecimal("-2709.68")));
    }

    @Test
    void twoRowsOfOneLeaveEachDeductTheirOwnWorkDays() {
        // Thu 1 – Sat 3 Oct: Thu, Fri; Sun 4 – Tue 6 Oct: Mon, Tue → 2 × 1 354.84 = 2 709.68 each
        assertThat(lines(november, ivar)).extracting(t -> t.toList().get(1))
                .containsExactly(new BigDecimal("-2709.68"), new BigDecimal("-2709.68"));
    }

    @Test
    void aRowContinuingALeavePaidInTheRunBeforeDeductsItsOwnDays() {
        // November: Wed 28 – Sat 31 Oct: 28, 29, 30 Oct × 1 354.84 = 4 064.52
        assertThat(lines(november, hanna)).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("-4064.52"));
        // December: Sun 1 – Tue 3 Nov: Mon 2, Tue 3 Nov × 1 400.00 = 2 800.00; nothing to re-price in the paid part
        assertThat(lines(december, hanna)).containsExactly(tuple("Löneavdrag tjänstledighet 2026-11-01–2026-11-03: 2 arbetsdagar à "
                + "1400.00 kr", new BigDecimal("-2800.00"), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3)));
        assertThat(jdbc.sql("SELECT code FROM pay_run_error WHERE pay_run_id = ? AND employment_id = ? AND code LIKE 'LEAVE%'")
                .params(december.value(), hanna).query(String.class).list()).isEmpty();
    }

    @Test
    void aRowOverTheMonthEndDeductsEachMonthsDaysAtThatMonthsDayValue() {
        // Not in November (it ends 6 Nov); December: Mon 26 – Fri 30 Oct = 5 × 1 354.84 = 6 774.20 and Mon 2 – Fri 6 Nov =
        // 5 × 1 400.00 = 7 000.00 → 13 774.20
        assertThat(lines(november, johan)).isEmpty();
        assertThat(lines(december, johan)).containsExactly(tuple("Löneavdrag tjänstledighet 2026-10-26–2026-11-06: 2026-10 5 arbetsdagar "
                + "à 1354.84 kr; 2026-11 5 arbetsdagar à 1400.00 kr", new BigDecimal("-13774.20"), LocalDate.of(2026, 10, 26),
                LocalDate.of(2026, 11, 6)));
    }

    @Test
    void aWholeCalendarMonthOfLeaveDeductsTheWholeSalary() {
        // all of October: 30 000.00, not 22 work days × 1 354.84 = 29 806.48
        assertThat(lines(november, karin)).containsExactly(tuple("Löneavdrag tjänstledighet 2026-10-01–2026-10-31: hel kalendermånad, "
                + "22 arbetsdagar 30000.00 kr", new BigDecimal("-30000.00"), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
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
