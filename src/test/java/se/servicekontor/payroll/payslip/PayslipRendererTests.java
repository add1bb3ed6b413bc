package se.servicekontor.payroll.payslip;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.servicekontor.shared.Amount;

class PayslipRendererTests {

    static final PayslipRenderer RENDERER = new PayslipRenderer(PayslipLayout.load());

    /**
     * Worked example: monthly salary 32 000,00 + qualified overtime 3 h × 290,91 = 872,73 + OB 12 h × 54,20 = 650,40
     * → gross 33 523,13; tax (table 33, column 1, as the run decided it) 8 124,00; net deduction (lunch) 250,00
     * → net 33 523,13 − 8 124,00 − 250,00 = 25 149,13.
     */
    static Payslip example(boolean protectedIdentity) {
        return new Payslip("run-7/employee-42", Instant.parse("2026-11-20T09:15:00Z"), "Exempelby kommun", "Åsa Öberg",
                "19800212-****", protectedIdentity ? List.of() : List.of("Storgatan 12 B", "123 45 Exempelby"), "1210 Förskola Norr",
                YearMonth.of(2026, 11), LocalDate.of(2026, 11, 25),
                List.of(new Payslip.Line("Månadslön", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, null, amount("32000.00")),
                        new Payslip.Line("Kvalificerad övertid", LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 14), new BigDecimal("3"),
                                amount("290.91"), amount("872.73")),
                        new Payslip.Line("OB-tillägg kväll", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), new BigDecimal("12"),
                                amount("54.20"), amount("650.40")),
                        new Payslip.Line("Lunchavdrag", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, null, amount("-250.00"))),
                amount("33523.13"), amount("8124.00"), amount("250.00"), amount("25149.13"), "Tabell 33, kolumn 1",
                amount("352418.50"), amount("84712.00"), new BigDecimal("17"), Payslip.maskAccount("8327-9", "9 123 456-7"));
    }

    @Test
    void theTextHasEveryPayLineTheTotalsAndOnlyTheLastFourDigitsOfTheAccount() throws Exception {
        byte[] pdf = RENDERER.render(example(false));
        String text = text(pdf);
        assertThat(text).contains("Lönespecifikation", "Exempelby kommun", "Åsa Öberg", "19800212-****", "Storgatan 12 B",
                "123 45 Exempelby", "Utbetalningsdag 2026-11-25", "november 2026");
        assertThat(text).contains("Månadslön", "32 000,00", "Kvalificerad övertid", "3 290,91 872,73", "OB-tillägg kväll",
                "12 54,20 650,40", "Lunchavdrag", "-250,00");
        assertThat(text).contains("Bruttolön 33 523,13 kr", "Preliminär skatt -8 124,00 kr", "Nettoavdrag -250,00 kr",
                "Att utbetala 25 149,13 kr", "Tabell 33, kolumn 1", "352 418,50 kr", "84 712,00 kr", "Semesterdagar kvar 17",
                "**** 4567");
        assertThat(text.replace(" ", "")).doesNotContain("91234567", "9123456", "83279");
    }

    @Test
    void aProtectedIdentityHasNoAddress() throws Exception {
        String text = text(RENDERER.render(example(true)));
        assertThat(text).doesNotContain("Storgatan", "123 45").contains("Skyddad identitet");
    }

    @Test
    void renderingAgainGivesTheSameBytes() {
        assertThat(RENDERER.render(example(false))).isEqualTo(RENDERER.render(example(false)));
    }

    @Test
    void isA4TaggedSwedishWithTheFontsEmbedded() throws Exception {
        try (PDDocument document = Loader.loadPDF(RENDERER.render(example(false)))) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(document.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("+DejaVuSans");
            }
        }
    }

    @Test
    void manyLinesContinueOnASecondPage() throws Exception {
        Payslip one = example(false);
        List<Payslip.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 40; i++)
            lines.add(new Payslip.Line("Timlön pass " + i, LocalDate.of(2026, 10, i % 28 + 1), null, new BigDecimal("8"), amount("180.00"),
                    amount("1440.00")));
        Payslip many = new Payslip(one.key(), one.producedAt(), one.municipality(), one.employeeName(), one.maskedNumber(), one.address(),
                one.costCentre(), one.period(), one.payday(), lines, one.gross(), one.tax(), one.netDeductions(), one.net(), one.taxBasis(),
                one.yearToDateGross(), one.yearToDateTax(), one.vacationDaysLeft(), one.maskedAccount());
        try (PDDocument document = Loader.loadPDF(RENDERER.render(many))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(document)).contains("Timlön pass 1 ", "Timlön pass 40", "Sida 2");
        }
    }

    /** Page 1 as a PNG under target/payslip/ to look at. */
    @Test
    void pageOneIsRenderedToAPngToLookAt() throws Exception {
        try (PDDocument document = Loader.loadPDF(RENDERER.render(example(false)))) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path png = Path.of("target/payslip/payslip-page1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            assertThat(Files.size(png)).isGreaterThan(10_000);
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    static Amount amount(String value) {
        return new Amount(new BigDecimal(value));
    }
}
