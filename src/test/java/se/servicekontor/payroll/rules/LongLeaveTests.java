package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.rules.PayCalculator.PayLine;
import se.servicekontor.payroll.rules.PayCalculator.SalarySegment;
import se.servicekontor.payroll.rules.PayCalculator.Variable;

/**
 * AB § 28 as briefed (UNCONFIRMED): a leave of at most 5 calendar days is deducted per work day (monthly salary × 12 / 260),
 * a longer one per calendar day (× 12 / 365), weekends and public holidays inside it included; judged on the whole leave
 * also when only a part of it is deducted. At 30 000 kr: work-day pay 360 000 / 260 = 1 384.615… → 1 384.62, calendar-day
 * pay 360 000 / 365 = 986.301… → 986.30.
 */
class LongLeaveTests {

    static final LocalDate BORN_1980 = LocalDate.of(1980, 3, 14);
    static final TaxDecision TABLE_33 = new TaxDecision.Table(33, 1);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11); // pays October's deviations

    final PayCalculator calculator = new PayCalculator(new PreliminaryTax(TaxTables.bundled(2026)), EmployerContributions.bundled(),
            new PayCalendar(), PayCalculator.AgreementRates.AB_2026);

    @Test
    void twelveDaysOfLeaveAreDeductedPerCalendarDay() {
        // Mon 5 – Fri 16 Oct 2026 = 12 calendar days > 5: 12 × 986.30 = 11 835.60
        var result = november(leave("2026-10-05", "2026-10-16"));
        assertThat(leaveLines(result)).containsExactly(tuple("Löneavdrag tjänstledighet 2026-10-05–2026-10-16, 12 kalenderdagar, 986.30 kr/dag",
                new BigDecimal("-11835.60"), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 16)));
    }

    @Test
    void threeDaysOfLeaveAreDeductedPerWorkDay() {
        // Mon 5 – Wed 7 Oct = 3 calendar days: 3 × 1 384.62 = 4 153.86
        var result = november(leave("2026-10-05", "2026-10-07"));
        assertThat(leaveLines(result)).containsExactly(tuple("Löneavdrag tjänstledighet 2026-10-05–2026-10-07, 3 arbetsdagar, 1384.62 kr/dag",
                new BigDecimal("-4153.86"), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 7)));
    }

    @Test
    void fiveCalendarDaysAreShortAndSixAreLong() {
        // Mon 5 – Fri 9 Oct = 5 calendar days, not more than 5: 5 work days × 1 384.62 = 6 923.10
        assertThat(amount(november(leave("2026-10-05", "2026-10-09")))).isEqualByComparingTo("-6923.10");
        // Mon 5 – Sat 10 Oct = 6 calendar days: 6 × 986.30 = 5 917.80 (less than the 5 work days, as the rule gives)
        assertThat(amount(november(leave("2026-10-05", "2026-10-10")))).isEqualByComparingTo("-5917.80");
        // Thu 8 – Mon 12 Oct = 5 calendar days over a weekend: short, the work days Thu, Fri, Mon: 3 × 1 384.62 = 4 153.86
        assertThat(amount(november(leave("2026-10-08", "2026-10-12")))).isEqualByComparingTo("-4153.86");
    }

    @Test
    void aLongLeaveCountsTheWeekendsAndPublicHolidaysInsideIt() {
        // Fri 30 Oct – Sun 8 Nov 2026 = 10 calendar days, Alla helgons dag (Sat 31 Oct) and two weekends included, paid in
        // the December run whole (a row is paid the month after it ends): 10 × 986.30 = 9 863.00
        var result = calculator.calculate(YearMonth.of(2026, 12), BORN_1980, TABLE_33,
                List.of(new SalarySegment(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), new BigDecimal("30000"), new BigDecimal("100"))),
                new BigDecimal("30000"), List.of(leave("2026-10-30", "2026-11-08")));
        assertThat(leaveLines(result)).containsExactly(tuple("Löneavdrag tjänstledighet 2026-10-30–2026-11-08, 10 kalenderdagar, 986.30 kr/dag",
                new BigDecimal("-9863.00"), LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 8)));
    }

    @Test
    void aPartOfALongLeaveIsDeductedPerCalendarDayThoughItIsShortItself() {
        // The leave is Mon 5 – Fri 16 Oct (12 days, long); this part Mon 12 – Fri 16 Oct = 5 calendar days × 986.30 = 4 931.50
        var part = leave("2026-10-05", "2026-10-16").part(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 16));
        assertThat(leaveLines(november(part))).containsExactly(tuple("Löneavdrag tjänstledighet 2026-10-12–2026-10-16, 5 kalenderdagar, "
                + "986.30 kr/dag (del av ledigheten 2026-10-05–2026-10-16, 12 kalenderdagar)", new BigDecimal("-4931.50"),
                LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 16)));
    }

    @Test
    void aPartOfAShortLeaveIsDeductedPerWorkDay() {
        // The leave Thu 8 – Mon 12 Oct (5 days, short); the part Sat 10 – Mon 12 Oct has one work day: 1 × 1 384.62
        var part = leave("2026-10-08", "2026-10-12").part(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 12));
        assertThat(amount(november(part))).isEqualByComparingTo("-1384.62");
    }

    @Test
    void aLongHalfDayLeaveDeductsHalfOfEachCalendarDay() {
        // 50 % parental leave Mon 5 – Fri 16 Oct: 986.30 × 50 % = 493.15 a calendar day; 12 × 493.15 = 5 917.80
        var result = november(new Variable.LeaveOfAbsence(day("2026-10-05"), day("2026-10-16"),
                PayCalculator.weekdays(day("2026-10-05"), day("2026-10-16")), new BigDecimal("50"), null, null, "föräldraledighet"));
        assertThat(leaveLines(result)).extracting(t -> t.toList().subList(0, 2)).containsExactly(List.of(
                "Löneavdrag föräldraledighet 2026-10-05–2026-10-16, 12 kalenderdagar à 50 %, 493.15 kr/dag", new BigDecimal("-5917.80")));
    }

    @Test
    void aLeaveBegunBeforeTheLimitWasRecordedIsJudgedByTheLimitOfThePartsDays() {
        // a parental leave since 1 March 2025 (before the limit's first date, 1 April 2025); its part Thu 1 – Fri 2 Oct 2026
        // is of a long leave: 2 calendar days × 986.30 = 1 972.60
        var part = new Variable.LeaveOfAbsence(day("2026-10-01"), day("2026-10-02"), PayCalculator.weekdays(day("2026-10-01"),
                day("2026-10-02")), null, day("2025-03-01"), day("2026-10-02"), "föräldraledighet");
        assertThat(amount(november(part))).isEqualByComparingTo("-1972.60");
    }

    @Test
    void aPartMustLieInsideItsLeave() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Variable.LeaveOfAbsence(day("2026-10-05"), day("2026-10-16"),
                List.of(), null, day("2026-10-06"), day("2026-10-16"), null));
    }

    private static Variable.LeaveOfAbsence leave(String from, String to) {
        return new Variable.LeaveOfAbsence(day(from), day(to), PayCalculator.weekdays(day(from), day(to)), null, null, null, "tjänstledighet");
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private PayCalculator.Result november(Variable... variables) {
        return calculator.calculate(NOVEMBER, BORN_1980, TABLE_33,
                List.of(new SalarySegment(NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth(), new BigDecimal("30000"), new BigDecimal("100"))),
                new BigDecimal("30000"), List.of(variables));
    }

    private static List<org.assertj.core.groups.Tuple> leaveLines(PayCalculator.Result result) {
        return result.lines().stream().filter(l -> l.code().equals("LEDIGHET"))
                .map(l -> tuple(l.text(), l.amount(), l.earnedFrom(), l.earnedTo())).toList();
    }

    private static BigDecimal amount(PayCalculator.Result result) {
        return result.lines().stream().filter(l -> l.code().equals("LEDIGHET")).map(PayLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
