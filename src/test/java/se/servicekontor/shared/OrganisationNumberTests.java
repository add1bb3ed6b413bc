package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Check digits worked by hand (Luhn, weights 2,1,2,1,2,1,2,1,2 over the first nine digits):
 * <ul>
 * <li>556036-0793 Volvo AB: 5×2=10→1, 5, 6×2=12→3, 0, 3×2=6, 6, 0, 7, 9×2=18→9 = 37 → 3
 * <li>212000-0142 Stockholms kommun: 2×2=4, 1, 2×2=4, 0, 0, 0, 0, 1, 4×2=8 = 18 → 2
 * <li>202100-5448 Skatteverket: 2×2=4, 0, 2×2=4, 1, 0, 0, 5×2=10→1, 4, 4×2=8 = 22 → 8
 * <li>556677-8899: 5×2=10→1, 5, 6×2=12→3, 6, 7×2=14→5, 7, 8×2=16→7, 8, 9×2=18→9 = 51 → 9 (valid!)
 * <li>551234-5678: 5×2=10→1, 5, 1×2=2, 2, 3×2=6, 4, 5×2=10→1, 6, 7×2=14→5 = 32 → 8 (Luhn-valid,
 * but the third digit 1 makes it a personnummer's shape)
 * </ul>
 */
class OrganisationNumberTests {

    private static final OrganisationNumber VOLVO = new OrganisationNumber("5560360793");

    @ParameterizedTest(name = "reads \"{0}\"")
    @ValueSource(strings = {"556036-0793", "5560360793", "165560360793", "16556036-0793", "  556036-0793\t"})
    void readsEveryFormWithOrWithoutHyphenAndCenturyPrefix(String text) {
        assertThat(OrganisationNumber.parse(text)).isEqualTo(VOLVO);
    }

    @Test
    void writesTheHyphenatedForm() {
        assertThat(VOLVO.toString()).isEqualTo("556036-0793");
        assertThat(VOLVO.digits()).isEqualTo("5560360793");
    }

    @Test
    void writesTheTwelveDigitFormOfTheEmployerDeclaration() {
        assertThat(VOLVO.withCenturyPrefix()).isEqualTo("165560360793");
        assertThat(OrganisationNumber.parse("212000-0142").withCenturyPrefix()).isEqualTo("162120000142");
    }

    @Test
    void acceptsAMunicipalityWhoseThirdDigitIsTheLowestAllowed() {
        OrganisationNumber stockholm = OrganisationNumber.parse("212000-0142");
        assertThat(stockholm.digits()).isEqualTo("2120000142");
        assertThat(stockholm).hasToString("212000-0142");
    }

    @Test
    void acceptsOtherRealNumbers() {
        assertThat(OrganisationNumber.isValid("202100-5448")).isTrue();
        assertThat(OrganisationNumber.isValid("556677-8899")).isTrue(); // looks invented, but its check digit is right
    }

    @Test
    void refusesOrganisationNumberWithWrongCheckDigit() {
        assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.parse("556036-0794"))
                .withMessage("Organisationsnumret 556036-0794 har fel kontrollsiffra");
        assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.parse("162120000143"))
                .withMessage("Organisationsnumret 212000-0143 har fel kontrollsiffra");
    }

    @Test
    void refusesASoleTradersPersonnummerWithoutRepeatingIt() {
        // 121212-1212 is Skatteverket's test personnummer: Luhn-valid, third digit 1
        assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.parse("121212-1212"))
                .withMessageContaining("tredje siffran är under 2")
                .withMessageContaining("personnummer")
                .withMessageNotContaining("1212");
    }

    @Test
    void refusesThirdDigitBelowTwoEvenWithAValidCheckDigit() {
        assertThat(Luhn.isValid("5512345678")).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.parse("551234-5678"))
                .withMessageContaining("inte en juridisk persons");
        assertThat(OrganisationNumber.isValid("550000-0004")).isFalse(); // 5×2=10→1, 5, rest 0 = 6 → 4; third digit 0
    }

    @Test
    void refusesAPersonnummersCenturyPrefixWithoutRepeatingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.parse("191212121212"))
                .withMessage("Ett organisationsnummer med tolv siffror börjar med 16;"
                        + " 19 eller 20 först är sekelsiffrorna i ett personnummer");
        assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.parse("20556036-0793"))
                .withMessageStartingWith("Ett organisationsnummer med tolv siffror börjar med 16");
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @ValueSource(strings = {"", "556036-079", "55603607930", "556036 0793", "556036--0793", "55603-60793",
            "5560360-793", "556036+0793", "SE556036079301", "556036-079A", "1655603607930", "16-556036-0793",
            "\u0665\u0665\u0666\u0660\u0663\u0666\u0660\u0667\u0669\u0663"}) // Arabic-Indic ٥٥٦٠٣٦٠٧٩٣
    void refusesAnythingButTheThreeForms(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.parse(text))
                .withMessage("Ett organisationsnummer skrivs NNNNNN-NNNN eller NNNNNNNNNN,"
                        + " med eller utan sekelsiffrorna 16 först");
    }

    @Test
    void guardsItsDigitsWhenConstructedDirectly() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrganisationNumber("556036-0793"))
                .withMessage("Ett organisationsnummer har tio siffror");
        assertThatIllegalArgumentException().isThrownBy(() -> new OrganisationNumber("165560360793"))
                .withMessage("Ett organisationsnummer har tio siffror");
        assertThatIllegalArgumentException().isThrownBy(() -> new OrganisationNumber("5560360794"))
                .withMessageContaining("fel kontrollsiffra");
        assertThatNullPointerException().isThrownBy(() -> new OrganisationNumber(null));
        assertThatNullPointerException().isThrownBy(() -> OrganisationNumber.parse(null));
    }

    @Test
    void saysWhetherTextIsAValidNumber() {
        assertThat(OrganisationNumber.isValid("556036-0793")).isTrue();
        assertThat(OrganisationNumber.isValid("165560360793")).isTrue();
        assertThat(OrganisationNumber.isValid("556036-0794")).isFalse();
        assertThat(OrganisationNumber.isValid("121212-1212")).isFalse();
        assertThat(OrganisationNumber.isValid("nonsense")).isFalse();
        assertThat(OrganisationNumber.isValid(null)).isFalse();
    }

    @Test
    void isTheSameNumberWhateverFormItWasReadFrom() {
        assertThat(OrganisationNumber.parse("5560360793"))
                .isEqualTo(OrganisationNumber.parse("16556036-0793"))
                .hasSameHashCodeAs(VOLVO);
    }
}
