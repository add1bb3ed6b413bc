package se.servicekontor.contactcenter.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.servicekontor.contactcenter.search.SearchQuery.Kind;

/**
 * Snabbsök understands what an agent types. Numbers used: 556036-0793 and 212000-0142 have valid check
 * digits (Luhn over the ten digits: 5+1+6+0+6+0+5+9+9+3 = 44 … the check digit makes the sum a
 * multiple of 10); 121212-1212 is Skatteverket's test personnummer (Tolvan Tolvansson); 701063-2391 a
 * samordningsnummer (day 63 = the 3rd + 60); 5050-1055 is Bankgirot's own example bankgiro number.
 */
class SearchQueryTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    static SearchQuery parse(String text) {
        return SearchQuery.parse(text, CLOCK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"556036-0793", "5560360793", "16556036-0793", "165560360793", " 556036 0793 "})
    void anOrganisationNumberInEveryForm(String typed) {
        SearchQuery query = parse(typed);
        assertThat(query.kinds()).containsExactly(Kind.ORGANISATION_NUMBER);
        assertThat(query.organisation()).hasValueSatisfying(o -> assertThat(o.digits()).isEqualTo("5560360793"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"121212-1212", "1212121212"})
    void aTenDigitPersonalIdentityNumberIsOfTheLatestCenturyNotInTheFuture(String typed) {
        // Skatteverket: YYMMDD-NNNC is the latest century in which the birth date has passed: 2012-12-12 < 2026-12-08
        assertThat(parse(typed).person()).hasValueSatisfying(p -> assertThat(p.twelveDigits()).isEqualTo("201212121212"));
        assertThat(parse("121212+1212").person()).hasValueSatisfying(p -> assertThat(p.twelveDigits()).isEqualTo("191212121212"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19121212-1212", "191212121212", "19121212 1212"})
    void aPersonalIdentityNumberInEveryForm(String typed) {
        SearchQuery query = parse(typed);
        assertThat(query.kinds()).containsExactly(Kind.PERSONAL_IDENTITY_NUMBER);
        assertThat(query.person()).hasValueSatisfying(p -> assertThat(p.twelveDigits()).isEqualTo("191212121212"));
    }

    @Test
    void aCoordinationNumberIsAPerson() {
        SearchQuery query = parse("701063-2391");
        assertThat(query.person()).hasValueSatisfying(p -> {
            assertThat(p.isCoordinationNumber()).isTrue();
            assertThat(p.twelveDigits()).isEqualTo("197010632391");
        });
    }

    @Test
    void aPersonalIdentityNumberWithAWrongCheckDigitIsNotAPerson() {
        SearchQuery query = parse("121212-1213");
        assertThat(query.person()).isEmpty();
        assertThat(query.references()).containsExactly("121212-1213");
    }

    @Test
    void anOrganisationNumberAndAnInvoiceNumberTogether() {
        SearchQuery query = parse("556036-0793 F-2026-114");
        assertThat(query.organisation()).isPresent();
        assertThat(query.references()).containsExactly("F-2026-114");
        assertThat(query.kinds()).containsExactly(Kind.ORGANISATION_NUMBER, Kind.REFERENCE);
    }

    @Test
    void aHyphenatedBankgiroNumberIsABankgiroOnly() {
        SearchQuery query = parse("5050-1055");
        assertThat(query.bankgiro()).hasValueSatisfying(b -> assertThat(b.digits()).isEqualTo("50501055"));
        assertThat(query.references()).isEmpty();
    }

    @Test
    void bareDigitsThatCouldBeABankgiroAreAlsoAReference() {
        SearchQuery query = parse("50501055");
        assertThat(query.kinds()).containsExactly(Kind.BANKGIRO, Kind.REFERENCE);
    }

    @Test
    void anOcrNumberIsAReference() {
        SearchQuery query = parse("4700123456789");
        assertThat(query.kinds()).containsExactly(Kind.REFERENCE);
        assertThat(query.references()).containsExactly("4700123456789");
    }

    @Test
    void aNameWithSwedishLettersAndHyphens() {
        SearchQuery query = parse("Anna-Karin Åström");
        assertThat(query.name()).contains("Anna-Karin Åström");
        assertThat(query.references()).isEmpty();
    }

    @Test
    void aSingleWordIsBothANameAndAnInvoiceNumber() {
        SearchQuery query = parse("Lindqvist");
        assertThat(query.kinds()).containsExactly(Kind.REFERENCE, Kind.NAME);
    }

    @Test
    void nothingAndNonsenseAreEmpty() {
        assertThat(parse("").isEmpty()).isTrue();
        assertThat(parse("   ").isEmpty()).isTrue();
        assertThat(parse(null).isEmpty()).isTrue();
        assertThat(parse("<script>").kinds()).doesNotContain(Kind.NAME);
    }

    @Test
    void aVeryLongInputIsCutAndAtMostFiveReferencesAreKept() {
        SearchQuery query = parse("A1 B2 C3 D4 E5 F6 G7 " + "x".repeat(500));
        assertThat(query.text()).hasSize(SearchQuery.MAX_LENGTH);
        assertThat(query.references()).isEqualTo(List.of("A1", "B2", "C3", "D4", "E5"));
    }
}
