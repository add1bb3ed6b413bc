package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.testing.PostgresTest;

/**
 * An hourly-paid employee's sick hours (SJT) through the pay run on PostgreSQL, in a database of its own (only this
 * employee is in the run). Worked by hand from DOMAIN.md §3; tax from Skatteverket's monthly table 33, column 1, 2026
 * (allmanna-tabeller-manad-2026.txt, row "30B33  21801  22000 3877 …": 21 801–22 000 kr → 3 877 kr).
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=hourly-sick-pay") // a context, and so a database, of its own
class PayRunHourlySickPayTests {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;

    @Test
    void sickHoursOfABookedShiftArePaidAsSickPayLessOneKarensavdrag() {
        // Born 1990 (36 in 2026: 25 vacation days → 12 % on variable pay), hourly rate 182.50, 20 hours a week.
        long employee = rows().employee("19900505123", "Tove", "Timmer");
        long employment = rows().hourly(employee, "2026-01-01", null, "182.50");
        // October: 100 hours worked; sick 8 h on Monday 5 October's shift and 6 h on Tuesday 6 October's
        deviation(employment, "HOURS_WORKED", "2026-10-01", "2026-10-31", "100");
        deviation(employment, "SICK_HOURS", "2026-10-05", "2026-10-05", "8");
        deviation(employment, "SICK_HOURS", "2026-10-06", "2026-10-06", "6");

        PayRunId run = calculated(payRuns.startPreliminary(NOVEMBER, "lon1"));

        // TIMLON 100 × 182.50 = 18 250.00
        // karensavdrag 0.2 × 0.8 × 182.50 × 20 = 584.00, all from Monday's shift:
        //   SJUKLONTIM 5 Oct 0.8 × 182.50 × 8 = 1 168.00 − 584.00 = 584.00; 6 Oct 0.8 × 182.50 × 6 = 876.00
        //   (sick pay together 0.8 × 182.50 × 14 = 2 044.00 − 584.00 = 1 460.00)
        // SEMROR 12 % of the hours worked 18 250.00 = 2 190.00 (sick pay not in the basis — see DeviationLines)
        assertThat(jdbc.sql("SELECT code, amount, taxable, earned_from, earned_to FROM pay_line WHERE pay_run_id = ? AND employee_id = ? ORDER BY seq")
                .params(run.value(), employee)
                .query((rs, n) -> tuple(rs.getString(1), rs.getBigDecimal(2), rs.getBoolean(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class))).list()).containsExactly(
                tuple("TIMLON", new BigDecimal("18250.00"), true, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
                tuple("SJUKLONTIM", new BigDecimal("584.00"), true, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5)),
                tuple("SJUKLONTIM", new BigDecimal("876.00"), true, LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 6)),
                tuple("SEMROR", new BigDecimal("2190.00"), true, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        // gross 18 250 + 584 + 876 + 2 190 = 21 900.00; tax 3 877 (table 33 col 1); net 21 900 − 3 877 = 18 023.00;
        // employer contributions 31.42 % × 21 900 = 6 880.98
        Map<String, Object> result = jdbc.sql("SELECT gross, tax, net, employer_contributions FROM pay_run_employee WHERE pay_run_id = ? AND employee_id = ?")
                .params(run.value(), employee).query().singleRow();
        assertThat(result.get("gross")).isEqualTo(new BigDecimal("21900.00"));
        assertThat((BigDecimal) result.get("tax")).isEqualByComparingTo("3877");
        assertThat(result.get("net")).isEqualTo(new BigDecimal("18023.00"));
        assertThat(result.get("employer_contributions")).isEqualTo(new BigDecimal("6880.98"));
        assertThat(payRuns.errors(run)).noneMatch(e -> e.severity() == Severity.ERROR);
        assertThat(jdbc.sql("SELECT count(*) FROM pay_run_deviation WHERE pay_run_id = ?").param(run.value()).query(Long.class).single())
                .isEqualTo(3);
    }

    private void deviation(long employment, String code, String from, String to, String hours) {
        rows().deviation(employment, code, from, to, hours);
    }

    private PayRunId calculated(PayRunId id) {
        return TestPayRuns.calculated(payRuns, jobRepository, id);
    }

    private TestRows rows() {
        return new TestRows(jdbc);
    }
}
