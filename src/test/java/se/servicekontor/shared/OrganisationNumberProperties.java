package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class OrganisationNumberProperties {

    @Provide
    Arbitrary<OrganisationNumber> organisationNumbers() {
        Arbitrary<String> group = Arbitraries.strings().numeric().ofLength(2);
        Arbitrary<Character> third = Arbitraries.chars().range('2', '9'); // legal entities: "month" ≥ 20
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(6);
        return Combinators.combine(group, third, rest).as((a, b, c) -> a + b + c)
                .map(body -> new OrganisationNumber(body + Luhn.checkDigit(body)));
    }

    @Property
    void readsBackEveryFormItWrites(@ForAll("organisationNumbers") OrganisationNumber number) {
        assertThat(OrganisationNumber.parse(number.toString())).isEqualTo(number);
        assertThat(OrganisationNumber.parse(number.digits())).isEqualTo(number);
        assertThat(OrganisationNumber.parse(number.withCenturyPrefix())).isEqualTo(number);
        assertThat(OrganisationNumber.parse("16" + number)).isEqualTo(number);
    }

    @Property
    void refusesEveryOtherCheckDigit(@ForAll("organisationNumbers") OrganisationNumber number,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String digits = number.digits();
        int wrong = (digits.charAt(9) - '0' + shift) % 10;
        assertThat(OrganisationNumber.isValid(digits.substring(0, 9) + wrong)).isFalse();
    }
}
