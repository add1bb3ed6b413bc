package se.servicekontor.payroll.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DecimalInputProperties {

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.longs().between(0, 99_999_999_99L).map(ore -> BigDecimal.valueOf(ore, 2));
    }

    /** Whatever Java's own Swedish number format writes (grouping by U+00A0, decimal comma), the parser reads back. */
    @Property
    void readsWhatTheSwedishNumberFormatWrites(@ForAll("amounts") BigDecimal value) {
        NumberFormat swedish = NumberFormat.getNumberInstance(Locale.forLanguageTag("sv-SE"));
        swedish.setMinimumFractionDigits(2);
        String text = swedish.format(value);
        assertThat(DecimalInput.parse(text)).as(text).isEqualTo(value);
        assertThat(DecimalInput.parse(text.replace('\u00A0', ' ').replace('\u202F', ' '))).as(text).isEqualTo(value);
        assertThat(DecimalInput.parse(value.toPlainString())).isEqualTo(value);
    }
}
