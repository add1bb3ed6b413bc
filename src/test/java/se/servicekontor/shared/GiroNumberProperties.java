package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GiroNumberProperties {

    @Provide
    Arbitrary<BankgiroNumber> bankgiroNumbers() {
        return Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(7)
                .map(body -> new BankgiroNumber(body + Luhn.checkDigit(body)));
    }

    @Provide
    Arbitrary<PlusgiroNumber> plusgiroNumbers() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(7)
                .map(body -> new PlusgiroNumber(body + Luhn.checkDigit(body)));
    }

    @Property
    void readsBackTheBankgiroNumberItWrites(@ForAll("bankgiroNumbers") BankgiroNumber number) {
        assertThat(BankgiroNumber.parse(number.toString())).isEqualTo(number);
        assertThat(BankgiroNumber.parse(number.digits())).isEqualTo(number);
        assertThat(BankgiroNumber.parse(number.toString().replace("-", " - "))).isEqualTo(number);
    }

    @Property
    void readsBackThePlusgiroNumberItWrites(@ForAll("plusgiroNumbers") PlusgiroNumber number) {
        assertThat(PlusgiroNumber.parse(number.toString())).isEqualTo(number);
        assertThat(PlusgiroNumber.parse(number.digits())).isEqualTo(number);
    }
}
