package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTests {

    private static final String NBSP = "\u00A0";

    private static Amount kr(String plain) {
        return new Amount(new BigDecimal(plain));
    }

    @Test
    void treatsOneAndAHalfAndOneFiftyAsTheSameAmount() {
        assertThat(kr("1.5")).isEqualTo(kr("1.50")).hasSameHashCodeAs(kr("1.50"));
        assertThat(kr("1.5").value().scale()).isEqualTo(2);
    }

    @Test
    void acceptsTrailingZerosBeyondTheOre() {
        assertThat(kr("1.500")).isEqualTo(kr("1.50"));
        assertThat(kr("7")).isEqualTo(kr("7.00"));
        assertThat(new Amount(new BigDecimal("1E+3"))).isEqualTo(kr("1000.00"));
    }

    @Test
    void refusesFractionsOfAnOre() {
        assertThatIllegalArgumentException().isThrownBy(() -> kr("1.005"))
                .withMessageContaining("1.005").withMessageContaining("två decimaler");
    }

    @Test
    void refusesAMissingValue() {
        assertThatNullPointerException().isThrownBy(() -> new Amount(null));
        assertThatNullPointerException().isThrownBy(() -> Amount.ofKronor(null));
    }

    @Test
    void zeroIsZeroKronorAndZeroOre() {
        assertThat(Amount.ZERO.isZero()).isTrue();
        assertThat(Amount.ZERO).isEqualTo(kr("0.00"));
        assertThat(Amount.ZERO.toOre()).isZero();
    }

    @ParameterizedTest(name = "\"{0}\" is {1} kr")
    @CsvSource(delimiter = '|', textBlock = """
            1 234,50        | 1234.50
            1234.50         | 1234.50
            1234,5          | 1234.50
            -12             | -12.00
            0,05            | 0.05
            -0,05           | -0.05
            +12,50          | 12.50
            1 234 567,89    | 1234567.89
            999             | 999.00
            1234567         | 1234567.00
            1234,500        | 1234.50
            007,10          | 7.10
            """)
    void readsSwedishAndTechnicalNotation(String text, BigDecimal expected) {
        assertThat(Amount.ofKronor(text)).isEqualTo(new Amount(expected));
    }

    @Test
    void readsNoBreakAndNarrowNoBreakSpacesAsThousandsSeparators() {
        assertThat(Amount.ofKronor("1\u00A0234,50")).isEqualTo(kr("1234.50"));
        assertThat(Amount.ofKronor("1\u202F234\u202F567,00")).isEqualTo(kr("1234567.00"));
        assertThat(Amount.ofKronor("12\u00A0345\u202F678")).isEqualTo(kr("12345678.00"));
    }

    @Test
    void readsTheUnicodeMinusSignThatSpreadsheetsWrite() {
        assertThat(Amount.ofKronor("\u22121 234,50")).isEqualTo(kr("-1234.50"));
    }

    @Test
    void ignoresSurroundingSpaceAndTheKronorUnit() {
        assertThat(Amount.ofKronor("  12,50 ")).isEqualTo(kr("12.50"));
        assertThat(Amount.ofKronor("\u00A012,50\u00A0")).isEqualTo(kr("12.50"));
        assertThat(Amount.ofKronor("1 234,50 kr")).isEqualTo(kr("1234.50"));
        assertThat(Amount.ofKronor("1" + NBSP + "234,50" + NBSP + "kr")).isEqualTo(kr("1234.50"));
        assertThat(Amount.ofKronor("12kr")).isEqualTo(kr("12.00"));
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @ValueSource(strings = {"", " ", "kr", "abc", "12,", ",5", ".5", "1.234,50", "1,234.50", "12.5.3",
            "12 34", "1234 567", "1  234", "1 234 56", " 1 234,5 0", "--12", "- 12", "12-", "1e3", "0x10",
            "12 kr 50", "12 SEK", "1_000", "\u0661\u0662", "12\t345", "∞"})
    void refusesTextThatIsNotAnAmount(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.ofKronor(text))
                .withMessage("\"" + text + "\" är inte ett belopp i kronor; skriv till exempel 1 234,50 eller 1234.50");
    }

    @Test
    void refusesTextWithFractionsOfAnOre() {
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.ofKronor("12,345"))
                .withMessage("\"12,345\" har fler än två decimaler; ett belopp anges i hela ören");
    }

    @Test
    void convertsToAndFromOre() {
        assertThat(Amount.ofOre(123_456)).isEqualTo(kr("1234.56"));
        assertThat(Amount.ofOre(-5)).isEqualTo(kr("-0.05"));
        assertThat(Amount.ofOre(0)).isEqualTo(Amount.ZERO);
        assertThat(kr("1234.5").toOre()).isEqualTo(123_450);
        assertThat(Amount.ofOre(Long.MIN_VALUE).toOre()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void refusesToGiveOreThatDoNotFitALong() {
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> kr("1E+20").toOre());
    }

    @Test
    void addsSubtractsAndNegates() {
        assertThat(kr("1234.50").plus(kr("0.55"))).isEqualTo(kr("1235.05"));
        assertThat(kr("10").minus(kr("12.50"))).isEqualTo(kr("-2.50"));
        assertThat(kr("12.50").negate()).isEqualTo(kr("-12.50"));
        assertThat(kr("-12.50").negate()).isEqualTo(kr("12.50"));
        assertThat(Amount.ZERO.negate()).isEqualTo(Amount.ZERO);
    }

    @Test
    void multipliesAndRoundsToTheOreAsTold() {
        assertThat(kr("1000").times(new BigDecimal("1.5"), RoundingMode.UNNECESSARY)).isEqualTo(kr("1500"));
        // 10 × 0.333 = 3.33 exactly
        assertThat(kr("10").times(new BigDecimal("0.333"), RoundingMode.UNNECESSARY)).isEqualTo(kr("3.33"));
        // 0.05 × 0.5 = 0.025: half up 0.03, half even 0.02, down 0.02, up 0.03
        BigDecimal half = new BigDecimal("0.5");
        assertThat(kr("0.05").times(half, RoundingMode.HALF_UP)).isEqualTo(kr("0.03"));
        assertThat(kr("0.05").times(half, RoundingMode.HALF_EVEN)).isEqualTo(kr("0.02"));
        assertThat(kr("0.05").times(half, RoundingMode.DOWN)).isEqualTo(kr("0.02"));
        assertThat(kr("0.05").times(half, RoundingMode.UP)).isEqualTo(kr("0.03"));
        // −0.05 × 0.5 = −0.025: floor −0.03, ceiling −0.02
        assertThat(kr("-0.05").times(half, RoundingMode.FLOOR)).isEqualTo(kr("-0.03"));
        assertThat(kr("-0.05").times(half, RoundingMode.CEILING)).isEqualTo(kr("-0.02"));
    }

    @Test
    void refusesToRoundWhenToldTheResultIsExact() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> kr("0.05").times(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
    }

    @Test
    void takesEmployerContributionsAsAPercentage() {
        // DOMAIN §3: 31.42 % of 30 000 kr = 30 000 × 0.3142 = 9 426.00
        assertThat(kr("30000").percent(new BigDecimal("31.42"), RoundingMode.HALF_UP)).isEqualTo(kr("9426.00"));
        // 34 801 × 0.3142 = 10 440.30 + 494.1742 = 10 934.4742 → 10 934.47 either way
        assertThat(kr("34801").percent(new BigDecimal("31.42"), RoundingMode.HALF_UP)).isEqualTo(kr("10934.47"));
        assertThat(kr("34801").percent(new BigDecimal("31.42"), RoundingMode.DOWN)).isEqualTo(kr("10934.47"));
    }

    @Test
    void roundsAPercentageAsTold() {
        // 25 % of 99.99 = 24.9975: half up 25.00, down 24.99
        assertThat(kr("99.99").percent(new BigDecimal("25"), RoundingMode.HALF_UP)).isEqualTo(kr("25.00"));
        assertThat(kr("99.99").percent(new BigDecimal("25"), RoundingMode.DOWN)).isEqualTo(kr("24.99"));
        // semesterdagstillägg 0.605 % of 35 000 = 211.75 exactly
        assertThat(kr("35000").percent(new BigDecimal("0.605"), RoundingMode.UNNECESSARY)).isEqualTo(kr("211.75"));
        assertThat(kr("100").percent(BigDecimal.ZERO, RoundingMode.UNNECESSARY)).isEqualTo(Amount.ZERO);
        assertThat(kr("-200").percent(new BigDecimal("6"), RoundingMode.UNNECESSARY)).isEqualTo(kr("-12"));
    }

    @Test
    void dropsTheOreForTaxTableLookups() {
        assertThat(kr("34801.99").wholeKronorDown()).isEqualTo(34_801);
        assertThat(kr("34801.00").wholeKronorDown()).isEqualTo(34_801);
        assertThat(kr("0.99").wholeKronorDown()).isZero();
        assertThat(kr("-12.50").wholeKronorDown()).isEqualTo(-12); // towards zero, not −13
    }

    @Test
    void tellsItsSign() {
        assertThat(kr("-0.01")).matches(Amount::isNegative).matches(a -> !a.isZero() && !a.isPositive());
        assertThat(kr("0")).matches(Amount::isZero).matches(a -> !a.isNegative() && !a.isPositive());
        assertThat(kr("0.01")).matches(Amount::isPositive).matches(a -> !a.isZero() && !a.isNegative());
    }

    @Test
    void ordersByValueWhateverTheScaleWritten() {
        assertThat(kr("1.5").compareTo(kr("1.50"))).isZero();
        assertThat(kr("-1").compareTo(kr("0.01"))).isNegative();
        assertThat(Stream.of(kr("10"), kr("-2.5"), kr("0.99")).sorted())
                .containsExactly(kr("-2.5"), kr("0.99"), kr("10"));
    }

    @Test
    void picksTheLargerAndTheSmaller() {
        assertThat(kr("3").max(kr("-4"))).isEqualTo(kr("3"));
        assertThat(kr("-4").max(kr("3"))).isEqualTo(kr("3"));
        assertThat(kr("3").min(kr("-4"))).isEqualTo(kr("-4"));
        assertThat(kr("-4").min(kr("3"))).isEqualTo(kr("-4"));
        Amount one = kr("1");
        assertThat(one.max(kr("1.00"))).isSameAs(one);
        assertThat(one.min(kr("1.00"))).isSameAs(one);
    }

    @Test
    void sumsCollectionsAndStreams() {
        List<Amount> lines = List.of(kr("1234.50"), kr("-34.50"), kr("0.05"));
        assertThat(Amount.sum(lines)).isEqualTo(kr("1200.05"));
        assertThat(Amount.sum(lines.stream())).isEqualTo(kr("1200.05"));
        assertThat(Amount.sum(List.of())).isEqualTo(Amount.ZERO);
        assertThat(Amount.sum(Stream.empty())).isEqualTo(Amount.ZERO);
    }

    @ParameterizedTest(name = "{0} kr is written \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            1234.50     | 1·234,50
            0           | 0,00
            0.05        | 0,05
            -0.05       | -0,05
            999         | 999,00
            1000        | 1·000,00
            -1234567.8  | -1·234·567,80
            100000      | 100·000,00
            12345678.9  | 12·345·678,90
            """)
    void writesSwedishNotationWithNoBreakSpaces(BigDecimal value, String written) {
        String expected = written.replace("·", NBSP); // · marks U+00A0 in the table
        assertThat(new Amount(value).format()).isEqualTo(expected);
        assertThat(new Amount(value).toString()).isEqualTo(expected + NBSP + "kr");
    }

    @Test
    void readsBackWhatItWrites() {
        Amount amount = kr("-1234567.80");
        assertThat(Amount.ofKronor(amount.toString())).isEqualTo(amount);
        assertThat(Amount.ofKronor(amount.format())).isEqualTo(amount);
    }
}
