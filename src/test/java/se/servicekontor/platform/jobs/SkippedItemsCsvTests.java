package se.servicekontor.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180 quoting with Excel's Swedish separator, and no formulas smuggled in from input files. */
class SkippedItemsCsvTests {

    @Test
    void quotesSeparatorsQuotesAndLineBreaks() {
        assertThat(SkippedItemsCsv.field("enkel")).isEqualTo("enkel");
        assertThat(SkippedItemsCsv.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(SkippedItemsCsv.field("säger \"hej\"")).isEqualTo("\"säger \"\"hej\"\"\"");
        assertThat(SkippedItemsCsv.field("rad1\nrad2")).isEqualTo("\"rad1\nrad2\"");
    }

    @Test
    void neutralisesFormulasButKeepsNegativeAmounts() {
        assertThat(SkippedItemsCsv.field("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK(");
        assertThat(SkippedItemsCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SkippedItemsCsv.field("+46701234567x")).isEqualTo("'+46701234567x");
        assertThat(SkippedItemsCsv.field("-1 234,50")).isEqualTo("-1 234,50");
    }

    @Test
    void fileStartsWithByteOrderMarkAndUsesCrLf() {
        byte[] csv = SkippedItemsCsv.write(List.of(new SkippedItems.SkippedItem(1, "läs", "Rad 2", "Fel", null)),
                List.of("Steg", "Post", "Orsak", "Innehåll"));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFSteg;Post;Orsak;Innehåll\r\nläs;Rad 2;Fel;\r\n");
    }
}
