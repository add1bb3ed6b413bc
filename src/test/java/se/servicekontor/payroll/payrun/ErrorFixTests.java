package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** Issue 18 item 9: an entry of the fellista links to the page that fixes it. */
class ErrorFixTests {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void aVacationWarningLeadsToTheDeviationsOfTheMonthItNames() {
        RunError vacation = new RunError(7, "Anna Andersson", 70L, "PART_DAY_VACATION", Severity.WARNING,
                "Semester 2026-09-14 är en del av en dag; semesterdagar räknas i hela dagar.");
        ErrorFix fix = ErrorFix.of(vacation, NOVEMBER);
        assertThat(fix.href()).isEqualTo("/lonecenter/anstallda/7/avvikelser?period=2026-09#deviations");
        assertThat(fix.labelKey()).isEqualTo("payroll.payrun.errors.fixDeviation");
    }

    @Test
    void withoutADateTheDeviationsAreThoseOfTheMonthBeforeThePayMonth() {
        RunError sick = new RunError(7, "Anna Andersson", 70L, "SICK_PAY_NOT_QUALIFIED", Severity.WARNING, "Ingen rätt till sjuklön.");
        // eftersläp (DOMAIN.md Decisions): November's run pays October's deviations
        assertThat(ErrorFix.of(sick, NOVEMBER).href()).isEqualTo("/lonecenter/anstallda/7/avvikelser?period=2026-10#deviations");
    }

    @Test
    void aMissingBankAccountLeadsToTheEmploymentsFormAndOthersToTheEmployee() {
        assertThat(ErrorFix.of(new RunError(7, "Anna", 70L, "BANK_ACCOUNT_MISSING", Severity.ERROR, "Bankkonto saknas."), NOVEMBER).href())
                .isEqualTo("/lonecenter/anstallningar/70/andra");
        assertThat(ErrorFix.of(new RunError(7, "Anna", null, "NET_CHANGED", Severity.WARNING, "Nettolönen ändrades 40 %."), NOVEMBER).href())
                .isEqualTo("/lonecenter/anstallda/7");
        assertThat(ErrorFix.of(new RunError(7, null, null, "NET_CHANGED", Severity.WARNING, "…"), NOVEMBER).href())
                .as("a protected person the user may not see: no link").isNull();
    }
}
