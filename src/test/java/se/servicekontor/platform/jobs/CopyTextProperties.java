package se.servicekontor.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link BulkInsert}'s COPY text writes numbers, dates and strings itself, without making Strings first: it must give
 * exactly the text Java's own formatting gives (BigDecimal.toPlainString, Long.toString, LocalDate.toString, UTF-8).
 */
class CopyTextProperties {

    private static String written(Object value) {
        BulkInsert.CopyText text = new BulkInsert.CopyText(4);
        text.value(value);
        return new String(text.bytes, 0, text.length, StandardCharsets.UTF_8);
    }

    @Property
    void decimalsAsToPlainString(@ForAll long unscaled, @ForAll @IntRange(min = -3, max = 9) int scale) {
        BigDecimal d = new BigDecimal(BigInteger.valueOf(unscaled), scale);
        assertThat(written(d)).isEqualTo(d.toPlainString());
    }

    @Property
    void wholeNumbersAsToString(@ForAll long n, @ForAll int i) {
        assertThat(written(n)).isEqualTo(Long.toString(n));
        assertThat(written(i)).isEqualTo(Integer.toString(i));
    }

    @Property
    void datesAsIso(@ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = 0, max = 364) int day) {
        LocalDate date = LocalDate.of(year, 1, 1).plusDays(day);
        assertThat(written(date)).isEqualTo(date.toString());
    }

    @Property
    void stringsWithoutSeparatorsAsUtf8(@ForAll String s) {
        String plain = s.replace("\\", "").replace("\t", "").replace("\n", "").replace("\r", "");
        assertThat(written(plain)).isEqualTo(new String(plain.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
