package se.servicekontor.payroll.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.EmployerProperties;

class EmployerDeclarationTests {

    static final EmployerProperties EMPLOYER = new EmployerProperties("Exempelby kommun", "212000-1231", "Lönecenter", "0123-45 67 00",
            "lon@exempelby.se", "SE4550000000058398257466", "ESSESESS");
    // Luhn-valid personnummer: 19800315-1233, 19920704-4562
    static final EmployerDeclaration.Individual ANNA = new EmployerDeclaration.Individual(11, "198003151233", 11, 35000, 8765, 0);
    static final EmployerDeclaration.Individual BERTIL = new EmployerDeclaration.Individual(12, "199207044562", 12, 29500, 6901, 0);

    @Test
    void theMonthsDeclarationPassesTheStructuralCheckAndTheHuTaxIsTheSumOfTheIus() {
        // HU 497 = 8 765 + 6 901 = 15 666; 487 = 31.42 % of 64 500 = 20 265.90 → 20 265
        byte[] xml = EmployerDeclaration.xml(EMPLOYER, YearMonth.of(2026, 11), LocalDateTime.of(2026, 11, 20, 10, 0),
                new EmployerDeclaration.Totals(20265, 15666), List.of(ANNA, BERTIL));
        assertThat(AgiStructure.check(xml, true)).isEmpty();
        String text = EmployerDeclaration.asString(xml);
        assertThat(text).contains("omrade=\"Arbetsgivardeklaration\"", "xmlns=\"" + EmployerDeclaration.INSTANCE + "\"",
                "<agd:Organisationsnummer>162120001231</agd:Organisationsnummer>", "<agd:Period>202611</agd:Period>",
                "<agd:SummaSkatteavdr faltkod=\"497\">15666</agd:SummaSkatteavdr>", "<agd:SummaArbAvgSlf faltkod=\"487\">20265</agd:SummaArbAvgSlf>",
                "<agd:BetalningsmottagarId faltkod=\"215\">198003151233</agd:BetalningsmottagarId>",
                "<agd:Specifikationsnummer faltkod=\"570\">11</agd:Specifikationsnummer>",
                "<agd:KontantErsattningUlagAG faltkod=\"011\">35000</agd:KontantErsattningUlagAG>",
                "<agd:AvdrPrelSkatt faltkod=\"001\">8765</agd:AvdrPrelSkatt>");
    }

    @Test
    void theStructuralCheckFindsAWrongTotalAWrongFieldCodeAndABadPersonalNumber() {
        byte[] wrongTotal = EmployerDeclaration.xml(EMPLOYER, YearMonth.of(2026, 11), LocalDateTime.of(2026, 11, 20, 10, 0),
                new EmployerDeclaration.Totals(20265, 15000), List.of(ANNA, BERTIL));
        assertThat(AgiStructure.check(wrongTotal, true)).anyMatch(p -> p.contains("497"));
        String xml = EmployerDeclaration.asString(EmployerDeclaration.xml(EMPLOYER, YearMonth.of(2026, 11), LocalDateTime.of(2026, 11, 20, 10, 0),
                new EmployerDeclaration.Totals(20265, 15666), List.of(ANNA, BERTIL)));
        assertThat(AgiStructure.check(xml.replace("faltkod=\"001\"", "faltkod=\"002\"").getBytes(), true))
                .anyMatch(p -> p.contains("AvdrPrelSkatt has faltkod '002'"));
        assertThat(AgiStructure.check(xml.replace("198003151233", "198003151234").getBytes(), true)).anyMatch(p -> p.contains("215"));
        assertThat(AgiStructure.check(xml.replace("<!DOCTYPE", "").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>").getBytes(), true))
                .singleElement().asString().startsWith("not well-formed");
    }

    @Test
    void aCorrectionDeclaresOnlyThePayeesWhoseFiguresChangedWithTheSameSpecificationNumber() {
        EmployerDeclaration.Individual bertilCorrected = new EmployerDeclaration.Individual(12, "199207044562", 12, 30500, 7201, 0);
        assertThat(EmployerDeclaration.toDeclare(List.of(ANNA, bertilCorrected), List.of(ANNA, BERTIL))).containsExactly(bertilCorrected);
        assertThat(EmployerDeclaration.toDeclare(List.of(ANNA, BERTIL), List.of(ANNA, BERTIL))).isEmpty();
        assertThat(EmployerDeclaration.toDeclare(List.of(ANNA, BERTIL), List.of())).containsExactly(ANNA, BERTIL);
        // a correction file (HU + the one replacement IU) passes the structural check without the sum rule
        byte[] correction = EmployerDeclaration.xml(EMPLOYER, YearMonth.of(2026, 11), LocalDateTime.of(2026, 12, 2, 9, 0),
                new EmployerDeclaration.Totals(20580, 15966), List.of(bertilCorrected));
        assertThat(AgiStructure.check(correction, false)).isEmpty();
    }

    @Test
    void dueOnThe12thOfTheNextMonthThe17thInJanuaryAndAugustMovedToTheNextBankDay() {
        assertThat(EmployerDeclaration.dueDate(YearMonth.of(2026, 2))).isEqualTo(LocalDate.of(2026, 3, 12)); // Thursday
        assertThat(EmployerDeclaration.dueDate(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 12, 14)); // 12th a Saturday
        assertThat(EmployerDeclaration.dueDate(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2027, 1, 18)); // 17th a Sunday
        assertThat(EmployerDeclaration.dueDate(YearMonth.of(2026, 7))).isEqualTo(LocalDate.of(2026, 8, 17)); // Monday
    }
}
