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
 * Issue 12, part 2 items 1 and 2 through the pay run job: work days come from the employment's schedule
 * (employment.work_days_per_week, Monday on), public holidays and the three eves are free (lag 1989:253, SwedishCalendar), and
 * absence is deducted by AB § 28's day value: monthly salary ÷ the month's calendar days × 7 ÷ work days a week (UNCONFIRMED
 * against the agreement text; Kommunal KA 2016, Hultsfred "tjänstledighetsfaktor 1,4"). April 2026's deviations, paid in May.
 * <p>
 * Easter 2026: långfredagen Fri 3 April, påskdagen Sun 5 April, annandag påsk Mon 6 April. April has 30 days: at 35 000 kr on
 * five days a week 35 000 × 7 / 150 = 1 633.333… → 1 633.33 a day; on four days a week 35 000 × 7 / 120 = 2 041.666… →
 * 2 041.67.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=work-schedule") // a database of its own: only these employees
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayRunWorkScheduleTests {

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;

    /** SJK Wed 1 – Tue 7 April. */
    long sara;
    /** Four days a week (Mon–Thu); TJL Mon 13 – Sun 19 April. */
    long fyra;
    /** Vacation Mon 30 March – Tue 7 April. */
    long semester;
    /** TJL all of April. */
    long hela;

    PayRunId may;

    @BeforeAll
    void run() {
        sara = employment("19700101111", "Sara");
        rows().deviation(sara, "SICK_LEAVE", "2026-04-01", "2026-04-07", null);
        fyra = employment("19710202222", "Fyra");
        jdbc.sql("UPDATE employment SET work_days_per_week = 4 WHERE id = ?").param(fyra).update();
        rows().deviation(fyra, "LEAVE_OF_ABSENCE", "2026-04-13", "2026-04-19", null);
        semester = employment("19720303333", "Semester");
        rows().deviation(semester, "VACATION", "2026-03-30", "2026-04-07", null);
        hela = employment("19730404444", "Hela");
        rows().deviation(hela, "LEAVE_OF_ABSENCE", "2026-04-01", "2026-04-30", null);
        may = TestPayRuns.calculated(payRuns, jobRepository, payRuns.startPreliminary(YearMonth.of(2026, 5), "lon1"));
    }

    @Test
    void sickFirstToSeventhAprilIsThreeWorkDays() {
        // Work days 1, 2 and 7 April (3 Apr långfredagen and 6 Apr annandag påsk are holidays): 3 × 1 633.33 = 4 899.99 deducted.
        // Sick pay 80 % × 1 633.33 = 1 306.664 → 1 306.66 a day × 3 = 3 919.98, less the karensavdrag 20 % of
        // 35 000 × 12 × 0.8 / 52 = 6 461.538… → 6 461.54 → 1 292.308 → 1 292.31 = 2 627.67 (sjuklönelagen 6 §)
        assertThat(lines(sara, "SJUKAVDRAG")).containsExactly(tuple("Sjukavdrag 3 dagar", new BigDecimal("-4899.99"),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 7)));
        assertThat(lines(sara, "SJUKLON")).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("2627.67"));
        // May: 35 000.00 − 4 899.99 + 2 627.67 = 32 727.68
        assertThat(rows().gross(may, sara)).isEqualByComparingTo("32727.68");
    }

    @Test
    void aFourDayWeekDeductsItsFourDaysAtSevenQuarters() {
        // Mon 13 – Thu 16 April = 4 work days (Fri–Sun are off the schedule) × 2 041.67 = 8 166.68
        assertThat(lines(fyra, "LEDIGHET")).containsExactly(tuple("Löneavdrag tjänstledighet 2026-04-13–2026-04-19: 4 arbetsdagar à "
                + "2041.67 kr", new BigDecimal("-8166.68"), LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 16)));
    }

    @Test
    void anEasterWeekOfVacationIsFiveVacationDays() {
        // 30, 31 March, 1, 2, 7 April = 5 days (not 7 weekdays); semesterdagstillägg 0.605 % × 35 000 = 211.75 × 5 = 1 058.75
        assertThat(lines(semester, "SEMTILL")).extracting(t -> t.toList().subList(0, 2))
                .containsExactly(List.of("Semesterdagstillägg 5 dagar", new BigDecimal("1058.75")));
    }

    @Test
    void aWholeMonthOfLeaveDeductsTheWholeSalary() {
        // all of April: 35 000.00, not its 20 work days × 1 633.33 = 32 666.60
        assertThat(lines(hela, "LEDIGHET")).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("-35000.00"));
    }

    /** text, amount, earned from, earned to of the employment's lines with the code in May's run. */
    private List<Tuple> lines(long employment, String code) {
        return TestPayRuns.lines(jdbc, may, employment, code);
    }

    /** A monthly-paid employee from 1 March 2026 at 35 000 kr, 40 hours a week; returns the employment. */
    private long employment(String elevenDigits, String first) {
        return rows().monthly(rows().employee(elevenDigits, first, "Schema"), "2026-03-01", "35000");
    }

    private TestRows rows() {
        return new TestRows(jdbc);
    }
}
