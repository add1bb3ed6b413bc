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
 * Issue 5: absences of month M, paid in the run of M + 1 (eftersläp), are priced at the monthly salary in force on their own
 * days, not at the salary of the end of M, when a salary change takes effect within M. Through the pay run job on PostgreSQL,
 * in a database of its own (it releases months).
 * <p>
 * The rules as the pay run applies them, worked by hand below: leave (TJL) is deducted per work day at monthly salary / the
 * month's calendar days × 7/5, in öre half up, × the days (AB § 28 as issue 12 applies it; sick days lose the same day value);
 * semesterdagstillägg 0.605 % of the monthly salary per vacation
 * day (AB § 27); sick pay days 1–14 80 % of the lost pay less a karensavdrag of 20 % of an average week's sick pay
 * (Sjuklönelagen 6 §). Monthly salary = full-time salary × employment rate / 100. Mon–Fri are work days; the dates avoid public
 * holidays (Kristi himmelsfärd is Thursday 14 May 2026).
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=absence-at-their-salary") // a database of its own: it releases months
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayRunAbsenceAtTheirSalaryTests {

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;
    @Autowired Employments employments;

    /** 30 000 kr, 33 000 kr from Sat 16 May 2026; leave Fri 15 – Tue 19 May. */
    long stina;
    /** 30 000 kr; leave Tue 19 – Wed 20 May, paid in June; then 33 000 kr from 16 May recorded after June was released. */
    long rut;
    /** 30 000 kr, 33 000 kr from Thu 15 October 2026; vacation Mon 12 – Fri 23 October. */
    long vera;
    /** 36 400 kr, 39 000 kr from Thu 15 October; sick Tue 13 – Fri 16 October. */
    long sigge;
    /** 30 000 kr at 100 %, 31 250 kr from Wed 14 October, 80 % from Fri 16 October; leave Tue 13 – Fri 16 October. */
    long bo;
    /** 30 000 kr, 33 000 kr from Thu 15 October, 34 000 kr from Tue 27 October; leave Thu 15 – Fri 16 October. */
    long ebba;

    PayRunId june;
    PayRunId july;
    PayRunId november;

    @BeforeAll
    void runs() {
        stina = employment("19800315123", "Stina", "2026-05-01", "30000");
        employments.saveSalary(stina, LocalDate.of(2026, 5, 16), Amount.ofKronor("33000"), "lon1", "Stina");
        absence(stina, "LEAVE_OF_ABSENCE", "2026-05-15", "2026-05-19");
        rut = employment("19810416234", "Rut", "2026-05-01", "30000");
        absence(rut, "LEAVE_OF_ABSENCE", "2026-05-19", "2026-05-20");
        vera = employment("19820517345", "Vera", "2026-10-01", "30000");
        employments.saveSalary(vera, LocalDate.of(2026, 10, 15), Amount.ofKronor("33000"), "lon1", "Vera");
        absence(vera, "VACATION", "2026-10-12", "2026-10-23");
        sigge = employment("19830618456", "Sigge", "2026-10-01", "36400");
        employments.saveSalary(sigge, LocalDate.of(2026, 10, 15), Amount.ofKronor("39000"), "lon1", "Sigge");
        absence(sigge, "SICK_LEAVE", "2026-10-13", "2026-10-16");
        bo = employment("19840719567", "Bo", "2026-10-01", "30000");
        employments.saveSalary(bo, LocalDate.of(2026, 10, 14), Amount.ofKronor("31250"), "lon1", "Bo");
        employments.saveRate(bo, LocalDate.of(2026, 10, 16), new BigDecimal("80"), "lon1", "Bo");
        absence(bo, "LEAVE_OF_ABSENCE", "2026-10-13", "2026-10-16");
        ebba = employment("19850820678", "Ebba", "2026-10-01", "30000");
        employments.saveSalary(ebba, LocalDate.of(2026, 10, 15), Amount.ofKronor("33000"), "lon1", "Ebba");
        employments.saveSalary(ebba, LocalDate.of(2026, 10, 27), Amount.ofKronor("34000"), "lon1", "Ebba");
        absence(ebba, "LEAVE_OF_ABSENCE", "2026-10-15", "2026-10-16");

        TestPayRuns.released(payRuns, jobRepository, YearMonth.of(2026, 5));
        june = TestPayRuns.released(payRuns, jobRepository, YearMonth.of(2026, 6));
        // The pay review decided in July: Rut 33 000 kr from 16 May, back in the released May and June
        employments.saveSalary(rut, LocalDate.of(2026, 5, 16), Amount.ofKronor("33000"), "lon1", "Rut");
        july = calculated(payRuns.startPreliminary(YearMonth.of(2026, 7), "lon1"));
        november = calculated(payRuns.startPreliminary(YearMonth.of(2026, 11), "lon1"));
    }

    @Test
    void leaveBeforeASalaryRiseIsDeductedAtTheOldSalaryAndAfterItAtTheNew() {
        // May has 31 days. Fri 15 May at 30 000: 30 000 × 7 / 155 = 1 354.838… → 1 354.84
        // Mon 18 – Tue 19 May at 33 000: 33 000 × 7 / 155 = 1 490.322… → 1 490.32 a day × 2 = 2 980.64
        // (At the end of May's salary alone: 3 × 1 490.32 = 4 470.96.)
        assertThat(lines(june, stina, "LEDIGHET")).extracting(t -> t.toList().subList(1, 4)).containsExactly(
                List.of(new BigDecimal("-1354.84"), LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 15)),
                List.of(new BigDecimal("-2980.64"), LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 19)));
        // June: 33 000.00 − 1 354.84 − 2 980.64 = 28 664.52
        assertThat(gross(june, stina)).isEqualByComparingTo("28664.52");
    }

    @Test
    void vacationOverASalaryRiseGetsTheSupplementOfEachPartsSalary() {
        // 12–14 October (3 days) at 30 000: 30 000 × 0.605 % = 181.50 a day × 3 = 544.50
        // 15, 16, 19–23 October (7 days) at 33 000: 33 000 × 0.605 % = 199.65 a day × 7 = 1 397.55
        assertThat(lines(november, vera, "SEMTILL")).extracting(t -> t.toList().get(1))
                .containsExactly(new BigDecimal("544.50"), new BigDecimal("1397.55"));
        // November: 33 000.00 + 544.50 + 1 397.55 = 34 942.05
        assertThat(gross(november, vera)).isEqualByComparingTo("34942.05");
    }

    @Test
    void aSickPeriodOverASalaryRiseIsPricedAtItsFirstDayAndFlagged() {
        // Day 1 Tue 13 October at 36 400: lost pay 36 400 × 7 / 155 = 1 643.870… → 1 643.87 a day, 4 days → SJUKAVDRAG
        // −6 575.48; sick pay 80 % = 1 315.096 → 1 315.10 × 4 = 5 260.40; average week's sick pay 36 400 × 12 × 80 % / 52 =
        // 6 720.00, karensavdrag 20 % = 1 344.00 → SJUKLON 3 916.40.
        assertThat(lines(november, sigge, "SJUKAVDRAG")).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("-6575.48"));
        assertThat(lines(november, sigge, "SJUKLON")).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("3916.40"));
        assertThat(errors(november, sigge)).containsExactly(tuple("SALARY_CHANGE_IN_SICK_PERIOD", "WARNING"));
        // November: 39 000.00 − 6 575.48 + 3 916.40 = 36 340.92
        assertThat(gross(november, sigge)).isEqualByComparingTo("36340.92");
    }

    @Test
    void aSalaryAndARateChangeWithinOneLeaveGiveThreeDeductions() {
        // October has 31 days. 13 October: 30 000 × 100 % × 7 / 155 = 1 354.84
        // 14–15 October: 31 250 × 100 % × 7 / 155 = 1 411.290… → 1 411.29 × 2 = 2 822.58
        // 16 October: 31 250 × 80 % = 25 000 × 7 / 155 = 1 129.032… → 1 129.03
        assertThat(lines(november, bo, "LEDIGHET")).extracting(t -> t.toList().subList(1, 4)).containsExactly(
                List.of(new BigDecimal("-1354.84"), LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 13)),
                List.of(new BigDecimal("-2822.58"), LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 15)),
                List.of(new BigDecimal("-1129.03"), LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 16)));
        // November at 31 250 × 80 % = 25 000.00: 25 000.00 − 1 354.84 − 2 822.58 − 1 129.03 = 19 693.55
        assertThat(gross(november, bo)).isEqualByComparingTo("19693.55");
    }

    @Test
    void aLeaveBeginningOnTheDayOfARiseIsDeductedAtThatDaysSalary() {
        // Thu 15 – Fri 16 October at 33 000 (not 30 000 of the day before, nor 34 000 of the end of October):
        // 33 000 × 7 / 155 = 1 490.32 a day × 2 = 2 980.64; November 34 000.00 − 2 980.64 = 31 019.36
        assertThat(lines(november, ebba, "LEDIGHET")).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("-2980.64"));
        assertThat(gross(november, ebba)).isEqualByComparingTo("31019.36");
    }

    @Test
    void aRiseBackdatedIntoReleasedMonthsPaysTheFixedSalaryDifferenceAndLeavesThePaidLeaveAsItWas() {
        // June paid Rut's leave 19–20 May at 30 000: 2 × 1 354.84 = 2 709.68
        assertThat(lines(june, rut, "LEDIGHET")).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("-2709.68"));
        // July: retro pay of the fixed salary only. May (31 days): 1–15 at 30 000 = 450 000 / 31 = 14 516.129… → 14 516.13;
        // 16–31 at 33 000 = 528 000 / 31 = 17 032.258… → 17 032.26; due 31 548.39, paid 30 000.00 → 1 548.39.
        // June: 33 000.00 − 30 000.00 = 3 000.00. The leave is not re-priced (decision of issue 5, see DeviationVariables):
        // no LEDIGHET line in July, though at 33 000 it would have been 2 × 1 490.32 = 2 980.64.
        assertThat(lines(july, rut, "RETRO")).extracting(t -> t.toList().subList(0, 2)).containsExactly(
                List.of("Retroaktiv lön 2026-05", new BigDecimal("1548.39")),
                List.of("Retroaktiv lön 2026-06", new BigDecimal("3000.00")));
        assertThat(lines(july, rut, "LEDIGHET")).isEmpty();
    }

    private PayRunId calculated(PayRunId id) {
        return TestPayRuns.calculated(payRuns, jobRepository, id);
    }

    /** text, amount, earned from, earned to of the employment's lines with the code, in payslip order. */
    private List<Tuple> lines(PayRunId run, long employment, String code) {
        return TestPayRuns.lines(jdbc, run, employment, code);
    }

    /** code and severity of the run's errors and warnings for the employment. */
    private List<Tuple> errors(PayRunId run, long employment) {
        return jdbc.sql("SELECT code, severity FROM pay_run_error WHERE pay_run_id = ? AND employment_id = ? ORDER BY seq")
                .params(run.value(), employment).query((rs, n) -> tuple(rs.getString(1), rs.getString(2))).list();
    }

    private BigDecimal gross(PayRunId run, long employment) {
        return rows().gross(run, employment);
    }

    /** A monthly-paid employee at 100 %, 40 hours a week, table 33 column 1, with a bank account and a salary; returns the employment. */
    private long employment(String elevenDigits, String first, String start, String salary) {
        return rows().monthly(rows().employee(elevenDigits, first, "Frånvaro"), start, salary);
    }

    /** An absence row of whole days. */
    private void absence(long employment, String code, String from, String to) {
        rows().deviation(employment, code, from, to, null);
    }

    private TestRows rows() {
        return new TestRows(jdbc);
    }
}
