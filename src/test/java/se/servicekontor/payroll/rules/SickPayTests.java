package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Worked examples from the rule text in DOMAIN.md §3 (Sjuklönelagen 1991:1047), arithmetic by hand. */
class SickPayTests {

    final SickPay sickPay = new SickPay();

    static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
    static final BigDecimal FULL_DAY = new BigDecimal("1500.00"); // 8 h × 187.50 kr
    static final BigDecimal WEEK_SICK_PAY = new BigDecimal("6000.00"); // 5 days × 1 500 × 80 %

    static SickPay.SickDay day(LocalDate date, String lostPay) {
        return new SickPay.SickDay(date, new BigDecimal(lostPay));
    }

    @Test
    void sickDeductsKarensFromFirstDay() {
        // 80 % of 1 500 = 1 200 a day; karensavdrag 20 % × 6 000 = 1 200, all taken on day 1
        SickPay.Result result = sickPay.calculate(TUESDAY,
                List.of(day(TUESDAY, "1500.00"), day(TUESDAY.plusDays(1), "1500.00"), day(TUESDAY.plusDays(2), "1500.00")),
                WEEK_SICK_PAY, true);
        assertThat(result.karensDeduction()).isEqualByComparingTo("1200.00");
        assertThat(result.days()).extracting(SickPay.PaidDay::paid)
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("1200.00"), new BigDecimal("1200.00"));
        assertThat(result.total()).isEqualByComparingTo("2400.00"); // 3 × 1 200 − 1 200
        assertThat(result.reportFrom()).isEmpty();
    }

    @Test
    void karensLeftOverFromAShortFirstDayContinuesOnTheNextDay() {
        // day 1 is a 4-hour day: 750 × 80 % = 600, all taken; the remaining 600 of the 1 200 comes off day 2
        SickPay.Result result = sickPay.calculate(TUESDAY,
                List.of(day(TUESDAY, "750.00"), day(TUESDAY.plusDays(1), "1500.00"), day(TUESDAY.plusDays(2), "1500.00")),
                WEEK_SICK_PAY, true);
        assertThat(result.days()).extracting(SickPay.PaidDay::karensDeducted)
                .containsExactly(new BigDecimal("600.00"), new BigDecimal("600.00"), new BigDecimal("0.00"));
        assertThat(result.total()).isEqualByComparingTo("1800.00"); // 600 + 1 200 + 1 200 − 1 200
    }

    @Test
    void daysAreCalendarDaysAndDaysOffHaveNoSickPay() {
        // sick Friday 6 March to Monday 9 March: Friday day 1, Monday day 4; the weekend is lost pay 0
        LocalDate friday = LocalDate.of(2026, 3, 6);
        SickPay.Result result = sickPay.calculate(friday, List.of(day(friday, "1500.00"), day(friday.plusDays(1), "0.00"),
                day(friday.plusDays(2), "0.00"), day(friday.plusDays(3), "1500.00")), WEEK_SICK_PAY, true);
        assertThat(result.days()).extracting(SickPay.PaidDay::dayOfPeriod).containsExactly(1, 2, 3, 4);
        assertThat(result.total()).isEqualByComparingTo("1200.00"); // 1 200 + 1 200 − 1 200
    }

    @Test
    void theEmployerPaysFourteenDaysAndReportsDay15() {
        // sick from Monday 2 March 2026 for 20 calendar days, each a 1 500 kr day for simplicity
        LocalDate monday = LocalDate.of(2026, 3, 2);
        List<SickPay.SickDay> days = new ArrayList<>();
        for (int i = 0; i < 20; i++)
            days.add(day(monday.plusDays(i), "1500.00"));
        SickPay.Result result = sickPay.calculate(monday, days, WEEK_SICK_PAY, true);
        assertThat(result.days()).hasSize(14);
        assertThat(result.total()).isEqualByComparingTo("15600.00"); // 14 × 1 200 − 1 200
        assertThat(result.reportFrom()).contains(LocalDate.of(2026, 3, 16)); // day 15
    }

    @Test
    void halfTimeSicknessCarriesTheFullKarensOverTwoDays() {
        // sick 50 % three days: lost pay 750 a day (half of 1 500), sick pay 80 % = 600 a day; the karensavdrag stays
        // 20 % × 6 000 = 1 200 (a full average week, prop. 2017/18:96), so days 1 and 2 carry 600 each and day 3 is paid
        SickPay.Result result = sickPay.calculate(TUESDAY,
                List.of(day(TUESDAY, "750.00"), day(TUESDAY.plusDays(1), "750.00"), day(TUESDAY.plusDays(2), "750.00")),
                WEEK_SICK_PAY, true);
        assertThat(result.days()).extracting(SickPay.PaidDay::karensDeducted)
                .containsExactly(new BigDecimal("600.00"), new BigDecimal("600.00"), new BigDecimal("0.00"));
        assertThat(result.karensTaken()).isEqualByComparingTo("1200.00");
        assertThat(result.total()).isEqualByComparingTo("600.00"); // 3 × 600 − 1 200
    }

    @Test
    void noKarensOnARelapseOrAfterTenKarensInTwelveMonths() {
        SickPay.Result result = sickPay.calculate(TUESDAY, List.of(day(TUESDAY, "1500.00")), WEEK_SICK_PAY, false);
        assertThat(result.karensDeduction()).isEqualByComparingTo("0.00");
        assertThat(result.total()).isEqualByComparingTo("1200.00");
    }

    @Test
    void karensNeverExceedsThePeriodsSickPay() {
        // one 4-hour day: 600 of sick pay carries 600 of the 1 200 karensavdrag; the rest lapses
        SickPay.Result result = sickPay.calculate(TUESDAY, List.of(day(TUESDAY, "750.00")), WEEK_SICK_PAY, true);
        assertThat(result.karensTaken()).isEqualByComparingTo("600.00");
        assertThat(result.total()).isEqualByComparingTo("0.00");
    }

    @Test
    void averageWeekForAMonthlySalary() {
        // 30 000 × 12 / 52 × 80 % = 288 000 / 52 = 5 538.4615… → 5 538.46; karensavdrag 20 % = 1 107.692 → 1 107.69
        BigDecimal week = SickPay.averageWeekSickPay(new BigDecimal("30000.00"));
        assertThat(week).isEqualByComparingTo("5538.46");
        SickPay.Result result = sickPay.calculate(TUESDAY, List.of(day(TUESDAY, "1500.00")), week, true);
        assertThat(result.karensDeduction()).isEqualByComparingTo("1107.69");
        assertThat(result.total()).isEqualByComparingTo("92.31"); // 1 200 − 1 107.69
    }

    @Test
    void refusesDaysOutOfOrderOrBeforeThePeriod() {
        assertThatIllegalArgumentException().isThrownBy(() -> sickPay.calculate(TUESDAY,
                List.of(day(TUESDAY.plusDays(1), "1500.00"), day(TUESDAY, "1500.00")), WEEK_SICK_PAY, true));
        assertThatIllegalArgumentException().isThrownBy(() -> sickPay.calculate(TUESDAY,
                List.of(day(TUESDAY.minusDays(1), "1500.00")), WEEK_SICK_PAY, true));
        assertThatIllegalArgumentException().isThrownBy(() -> day(TUESDAY, "-1.00"));
    }
}
