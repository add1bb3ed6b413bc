package se.servicekontor.payroll.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.servicekontor.shared.Amount;

/** How salaries, rates and hours typed in the employment forms and the import are read. */
class DecimalInputTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "31 250,50   | 31250.50",
            "31250,5     | 31250.5",
            "31 250      | 31250",
            "31250.50    | 31250.50",
            "1 031 250,5 | 1031250.5",
            "62,5        | 62.5",
            "0,99        | 0.99",
            "' 75 '      | 75"})
    void readsSwedishAndTechnicalNotation(String text, BigDecimal expected) {
        assertThat(DecimalInput.parse(text)).isEqualTo(expected); // equal at the scale written, not only by value
    }

    @Test
    void groupsThousandsWithAnyOfTheSpacesASwedishTextUses() {
        assertThat(DecimalInput.parse("31\u00A0250,50")).isEqualTo("31250.50");  // no-break space (Excel, Word)
        assertThat(DecimalInput.parse("31\u2009250,50")).isEqualTo("31250.50");  // thin space
        assertThat(DecimalInput.parse("31\u202F250,50")).isEqualTo("31250.50");  // narrow no-break space
        assertThat(DecimalInput.parse("\u00A031 250\u00A0")).isEqualTo("31250");
    }

    @Test
    void aMinusSignIsReadSoThatTheFieldCanSayItMustBePositive() {
        assertThat(DecimalInput.parse("-5")).isEqualTo("-5");
        assertThat(DecimalInput.parse("\u22125,50")).isEqualTo("-5.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "trettio", "31 250,50 kr", "31.250,50", "31,250.50", "3 12 50", "31250,", ",5", "1e5",
            "31 250 50", "50 %", "12,5,0", "--5", "+5"})
    void refusesAnythingElseInSwedish(String text) {
        assertThatThrownBy(() -> DecimalInput.parse(text)).isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("är inget tal");
    }

    @Test
    void kronorAreExactToTheOreAndMayCarryTheirUnit() {
        assertThat(DecimalInput.kronor("31 250,50")).isEqualTo(new Amount(new BigDecimal("31250.50")));
        assertThat(DecimalInput.kronor("31 250,50 kr")).isEqualTo(new Amount(new BigDecimal("31250.50")));
        assertThat(DecimalInput.kronor("187,5")).isEqualTo(new Amount(new BigDecimal("187.50")));
        assertThatThrownBy(() -> DecimalInput.kronor("31 250,505")).hasMessageContaining("fler än två decimaler");
        assertThatThrownBy(() -> DecimalInput.kronor("tusen kr")).hasMessageContaining("är inget tal");
    }

    @Test
    void theFormEditorTurnsBlankIntoNothingAndShowsADecimalComma() {
        var editor = DecimalInput.editor();
        editor.setAsText("  ");
        assertThat(editor.getValue()).isNull();
        editor.setAsText("31 250,50");
        assertThat(editor.getValue()).isEqualTo(new BigDecimal("31250.50"));
        editor.setValue(new BigDecimal("62.50"));
        assertThat(editor.getAsText()).isEqualTo("62,5");
        assertThatThrownBy(() -> editor.setAsText("halv")).isInstanceOf(IllegalArgumentException.class);
    }
}
