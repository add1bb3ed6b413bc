package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReferenceValuesTests {

    @Test
    void theBundledFiguresCarryDomainValues() {
        ReferenceValues values = ReferenceValues.bundled();
        // DOMAIN.md §3: 2026 prisbasbelopp 59 200, inkomstbasbelopp 83 400; 2025 inkomstbasbelopp 80 600
        assertThat(values.value("base.priceBaseAmount", LocalDate.of(2026, 6, 1))).isEqualByComparingTo("59200");
        assertThat(values.value("base.incomeBaseAmount", LocalDate.of(2026, 1, 1))).isEqualByComparingTo("83400");
        assertThat(values.value("base.incomeBaseAmount", LocalDate.of(2025, 12, 31))).isEqualByComparingTo("80600");
        assertThat(values.all()).allSatisfy(v -> assertThat(v.source()).isNotBlank());
    }

    @Test
    void anOpenEndedFigureHoldsUntilReplaced() {
        ReferenceValues values = ReferenceValues.load(new StringReader("""
                # comment
                name,valid_from,valid_to,value,source
                x,2025-01-01,2026-03-31,10,"first, with a comma"
                x,2026-04-01,,12,second
                """));
        assertThat(values.value("x", LocalDate.of(2026, 3, 31))).isEqualByComparingTo("10");
        assertThat(values.value("x", LocalDate.of(2026, 4, 1))).isEqualByComparingTo("12");
        assertThat(values.find("x", LocalDate.of(2025, 1, 1)).source()).isEqualTo("first, with a comma");
        assertThat(values.value("x", LocalDate.of(2099, 1, 1))).isEqualByComparingTo("12");
    }

    @Test
    void overlapsAndBadRowsAreRefusedWithTheLine() {
        assertThatThrownBy(() -> ReferenceValues.load(new StringReader("""
                name,valid_from,valid_to,value,source
                x,2025-01-01,,10,a
                x,2026-01-01,,12,b
                """))).isInstanceOf(InvalidReferenceData.class).hasMessageContaining("line 3").hasMessageContaining("overlaps line 2");
        assertThatThrownBy(() -> ReferenceValues.load(new StringReader("""
                name,valid_from,valid_to,value,source
                x,2025-01-01,,ten,a
                """))).isInstanceOf(InvalidReferenceData.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> ReferenceValues.load(new StringReader("""
                name,valid_from,valid_to,value,source
                x,2025-01-01,,10,
                """))).isInstanceOf(InvalidReferenceData.class).hasMessageContaining("source");
    }
}
