package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EmployerContributionsTests {

    static final EmployerContributions BUNDLED = EmployerContributions.bundled();

    /**
     * Test data only: the bundled 2026 rows plus 2027 rows that carry 2026's rates forward, to exercise
     * the end of SFS 2026:100 (pay paid up to 2027-09-30). 2027's real rates are not published yet.
     */
    static final EmployerContributions WITH_2027 = new EmployerContributions(ContributionRates.load(new StringReader("""
            valid_from,valid_to,group,born_from,born_to,rate,ceiling_per_month,rate_above_ceiling,source
            2026-01-01,2026-12-31,FULL,1959,2002,31.42,,,test
            2026-01-01,2026-03-31,FULL,2003,2007,31.42,,,test
            2026-04-01,2026-12-31,YOUTH_REDUCED,2003,2007,20.81,25000.00,31.42,test
            2026-01-01,2026-12-31,FULL,2008,,31.42,,,test
            2027-01-01,2027-12-31,FULL,1960,2003,31.42,,,test: 2026 rate carried forward
            2027-01-01,2027-09-30,YOUTH_REDUCED,2004,2008,20.81,25000.00,31.42,test: SFS 2026:100 at 1 January 2027 = born 2004-2008
            2027-10-01,2027-12-31,FULL,2004,2008,31.42,,,test: SFS 2026:100 has ended
            2027-01-01,2027-12-31,FULL,2009,,31.42,,,test
            """)));

    static final LocalDate BORN_1985 = LocalDate.of(1985, 3, 14);
    static final LocalDate BORN_2005 = LocalDate.of(2005, 6, 15);
    static final LocalDate PAYDAY_FEBRUARY_2026 = LocalDate.of(2026, 2, 25);
    static final LocalDate PAYDAY_APRIL_2026 = LocalDate.of(2026, 4, 24);

    static BigDecimal kr(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void fullContributions() {
        // 30 000 × 31.42 % = 9 426.00
        ContributionBreakdown breakdown = BUNDLED.breakdown(BORN_1985, PAYDAY_FEBRUARY_2026, kr("30000.00"));
        assertThat(breakdown.group()).isEqualTo(ContributionGroup.FULL);
        assertThat(breakdown.total()).isEqualByComparingTo("9426.00");
        assertThat(breakdown.parts()).hasSize(1);
        assertThat(breakdown.source()).contains("Skatteverket");
    }

    @Test
    void bornIn1958PaysOnlyTheOldAgePensionFeeAndBornIn1959PaysFull() {
        // 67 at 1 January 2026 (the limit rose from 66): 30 000 × 10.21 % = 3 063.00
        ContributionBreakdown older = BUNDLED.breakdown(LocalDate.of(1958, 12, 31), PAYDAY_FEBRUARY_2026, kr("30000.00"));
        assertThat(older.group()).isEqualTo(ContributionGroup.OLD_AGE_PENSION_ONLY);
        assertThat(older.total()).isEqualByComparingTo("3063.00");
        // born 1959 is 66 at 1 January 2026: 30 000 × 31.42 % = 9 426.00
        assertThat(BUNDLED.contribution(LocalDate.of(1959, 1, 1), PAYDAY_FEBRUARY_2026, kr("30000.00"))).isEqualByComparingTo("9426.00");
    }

    @Test
    void bornIn1937OrEarlierPaysNothingAndBornIn1938PaysThePensionFee() {
        ContributionBreakdown none = BUNDLED.breakdown(LocalDate.of(1937, 12, 31), PAYDAY_FEBRUARY_2026, kr("30000.00"));
        assertThat(none.group()).isEqualTo(ContributionGroup.NONE);
        assertThat(none.total()).isEqualByComparingTo("0.00");
        // 30 000 × 10.21 % = 3 063.00
        assertThat(BUNDLED.contribution(LocalDate.of(1938, 1, 1), PAYDAY_FEBRUARY_2026, kr("30000.00"))).isEqualByComparingTo("3063.00");
    }

    @Test
    void youthReducedUpToTheCeiling() {
        // 20 000 × 20.81 % = 4 162.00
        ContributionBreakdown youth = BUNDLED.breakdown(BORN_2005, PAYDAY_APRIL_2026, kr("20000.00"));
        assertThat(youth.group()).isEqualTo(ContributionGroup.YOUTH_REDUCED);
        assertThat(youth.total()).isEqualByComparingTo("4162.00");
    }

    @Test
    void youthBasisExactlyAtTheCeilingIsAllReduced() {
        // 25 000 × 20.81 % = 5 202.50
        ContributionBreakdown youth = BUNDLED.breakdown(BORN_2005, PAYDAY_APRIL_2026, kr("25000.00"));
        assertThat(youth.parts()).hasSize(1);
        assertThat(youth.total()).isEqualByComparingTo("5202.50");
    }

    @Test
    void youthÖreAboveTheCeilingPayTheFullRate() {
        // 25 000 × 20.81 % = 5 202.50; 0.01 × 31.42 % = 0.003142 → 0.00; total 5 202.50
        ContributionBreakdown youth = BUNDLED.breakdown(BORN_2005, PAYDAY_APRIL_2026, kr("25000.01"));
        assertThat(youth.parts()).extracting(ContributionBreakdown.Part::basis).containsExactly(kr("25000.00"), kr("0.01"));
        assertThat(youth.parts()).extracting(ContributionBreakdown.Part::ratePercent).containsExactly(kr("20.81"), kr("31.42"));
        assertThat(youth.total()).isEqualByComparingTo("5202.50");
    }

    @Test
    void youthExcessAboveTheCeilingPaysTheFullRate() {
        // 25 000 × 20.81 % = 5 202.50; 15 000 × 31.42 % = 4 713.00; total 9 915.50
        ContributionBreakdown youth = BUNDLED.breakdown(BORN_2005, PAYDAY_APRIL_2026, kr("40000.00"));
        assertThat(youth.parts()).extracting(ContributionBreakdown.Part::amount).containsExactly(kr("5202.50"), kr("4713.00"));
        assertThat(youth.total()).isEqualByComparingTo("9915.50");
    }

    @Test
    void youthReductionFollowsThePaymentDateNotTheEarningMonth() {
        // 20 000 × 31.42 % = 6 284.00 before and after the period; 20 000 × 20.81 % = 4 162.00 within it
        assertThat(BUNDLED.contribution(BORN_2005, LocalDate.of(2026, 3, 31), kr("20000.00"))).isEqualByComparingTo("6284.00");
        assertThat(BUNDLED.contribution(BORN_2005, LocalDate.of(2026, 4, 1), kr("20000.00"))).isEqualByComparingTo("4162.00");
        assertThat(WITH_2027.contribution(BORN_2005, LocalDate.of(2027, 9, 30), kr("20000.00"))).isEqualByComparingTo("4162.00");
        assertThat(WITH_2027.contribution(BORN_2005, LocalDate.of(2027, 10, 1), kr("20000.00"))).isEqualByComparingTo("6284.00");
    }

    @Test
    void youthGroupIsBornFrom2003To2007In2026() {
        // 20 000 × 31.42 % = 6 284.00; 20 000 × 20.81 % = 4 162.00
        assertThat(BUNDLED.contribution(LocalDate.of(2002, 12, 31), PAYDAY_APRIL_2026, kr("20000.00"))).isEqualByComparingTo("6284.00");
        assertThat(BUNDLED.contribution(LocalDate.of(2003, 1, 1), PAYDAY_APRIL_2026, kr("20000.00"))).isEqualByComparingTo("4162.00");
        assertThat(BUNDLED.contribution(LocalDate.of(2007, 12, 31), PAYDAY_APRIL_2026, kr("20000.00"))).isEqualByComparingTo("4162.00");
        assertThat(BUNDLED.contribution(LocalDate.of(2008, 1, 1), PAYDAY_APRIL_2026, kr("20000.00"))).isEqualByComparingTo("6284.00");
    }

    @Test
    void youthGroupMovesOnAYearIn2027BecauseTheLawCountsAgeAt1January() {
        // SFS 2026:100 2 §: "vid årets ingång har fyllt 18 men inte 23 år" — in 2027 born 2004–2008
        LocalDate payday = LocalDate.of(2027, 1, 25);
        assertThat(WITH_2027.contribution(LocalDate.of(2003, 6, 1), payday, kr("20000.00"))).isEqualByComparingTo("6284.00");
        assertThat(WITH_2027.contribution(LocalDate.of(2008, 6, 1), payday, kr("20000.00"))).isEqualByComparingTo("4162.00");
    }

    @Test
    void perEmployeeAmountKeepsÖreRoundedHalfUp() {
        // 10 000.25 × 31.42 % = 3 142.07855 → 3 142.08
        assertThat(BUNDLED.contribution(BORN_1985, PAYDAY_FEBRUARY_2026, kr("10000.25"))).isEqualByComparingTo("3142.08");
    }

    @Test
    void declaredTotalRoundsTheSummedBasisDown() {
        // 1 234 567.89 × 31.42 % = 387 901.231038 → 387 901 kr
        assertThat(EmployerContributions.declaredContribution(kr("1234567.89"), kr("31.42"))).isEqualTo(387_901);
    }

    @Test
    void bundledRatesEndWith2026SoA2027PaymentAsksForNextYearsRates() {
        assertThatIllegalArgumentException().isThrownBy(() -> BUNDLED.contribution(BORN_1985, LocalDate.of(2027, 1, 25), kr("30000.00")))
                .withMessageContaining("import the rates for 2027");
    }

    @Test
    void bundledRatesCoverEveryBirthYearOnEveryDayOf2026() {
        ContributionRates rates = ContributionRates.bundled();
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1))
            for (int born = 1900; born <= 2012; born++)
                assertThat(rates.rateFor(day, born)).isNotNull();
        assertThat(rates.all()).allSatisfy(rate -> assertThat(rate.source()).isNotBlank());
    }

    @Test
    void refusesNegativeBasisAndFractionsOfÖre() {
        assertThatIllegalArgumentException().isThrownBy(() -> BUNDLED.contribution(BORN_1985, PAYDAY_FEBRUARY_2026, kr("-1.00")));
        assertThatIllegalArgumentException().isThrownBy(() -> BUNDLED.contribution(BORN_1985, PAYDAY_FEBRUARY_2026, kr("1.001")));
    }

    @Test
    void refusesOverlappingRowsNamingTheLine() {
        String csv = ContributionRates.HEADER + """

                2026-01-01,2026-12-31,FULL,1959,,31.42,,,a
                2026-04-01,2026-12-31,YOUTH_REDUCED,2003,2007,20.81,25000.00,31.42,b
                """;
        assertThatThrownBy(() -> ContributionRates.load(new StringReader(csv)))
                .isInstanceOf(InvalidReferenceData.class).hasMessage("line 3: overlaps line 2: both apply to some payment date and birth year");
    }

    @Test
    void refusesARateWithoutSourceOrWithHalfACeiling() {
        assertThatThrownBy(() -> ContributionRates.load(new StringReader(ContributionRates.HEADER + "\n2026-01-01,2026-12-31,FULL,,,31.42,,, \n")))
                .isInstanceOf(InvalidReferenceData.class).hasMessageStartingWith("line 2: source is missing");
        assertThatThrownBy(() -> ContributionRates.load(new StringReader(ContributionRates.HEADER + "\n2026-01-01,2026-12-31,FULL,,,31.42,25000,,x\n")))
                .isInstanceOf(InvalidReferenceData.class).hasMessageContaining("together");
        assertThatThrownBy(() -> ContributionRates.load(new StringReader("valid_from,rate\n")))
                .isInstanceOf(InvalidReferenceData.class).hasMessageStartingWith("line 1: the header");
    }
}
