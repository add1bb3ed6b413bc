package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 18 item 13: pay line texts in Swedish number format and grammar (Språkrådet, Svenska skrivregler). */
class LineTextTests {

    @Test
    void decimalsGetACommaAndLongNumbersAreGroupedInThrees() {
        assertThat(LineText.swedish("Övertid 1.5 tim à 320.00 kr")).isEqualTo("Övertid 1,5 tim à 320,00 kr");
        assertThat(LineText.swedish("Semesterlön rörlig del 12 % av 31250.00 kr")).isEqualTo("Semesterlön rörlig del 12 % av 31\u00a0250,00 kr");
        assertThat(LineText.swedish("Timlön 160 tim à 960.00 kr")).isEqualTo("Timlön 160 tim à 960,00 kr");
        assertThat(LineText.swedish("Avdrag 1960.00 kr")).as("four digits stay together").isEqualTo("Avdrag 1960,00 kr");
        assertThat(LineText.swedish("Retroaktiv lön 2026-04-01 – 2026-06-30")).isEqualTo("Retroaktiv lön 2026-04-01 – 2026-06-30");
    }

    @Test
    void oneDayIsSingular() {
        assertThat(LineText.swedish("Semesterdagstillägg 1 dagar")).isEqualTo("Semesterdagstillägg 1 dag");
        assertThat(LineText.swedish("Sjukavdrag från dag 15, 1 kalenderdagar")).isEqualTo("Sjukavdrag från dag 15, 1 kalenderdag");
        assertThat(LineText.swedish("Sjukavdrag 2 dagar")).isEqualTo("Sjukavdrag 2 dagar");
        assertThat(LineText.swedish("Löneavdrag ledighet 11 dagar")).isEqualTo("Löneavdrag ledighet 11 dagar");
        assertThat(LineText.swedish("Sjukavdrag 1,5 dagar")).isEqualTo("Sjukavdrag 1,5 dagar");
    }
}
