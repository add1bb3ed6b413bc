package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class PersonalIdentityNumberProperties {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static Clock on(LocalDate date) {
        return Clock.fixed(date.atStartOfDay(STOCKHOLM).toInstant(), STOCKHOLM);
    }

    @Provide
    Arbitrary<PersonalIdentityNumber> numbers() {
        Arbitrary<LocalDate> births = Arbitraries.longs()
                .between(LocalDate.of(1840, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> serials = Arbitraries.integers().between(0, 999);
        Arbitrary<Boolean> coordination = Arbitraries.of(true, false);
        return Combinators.combine(births, serials, coordination).as((birth, serial, samordning) -> {
            int day = birth.getDayOfMonth() + (samordning ? 60 : 0);
            String body = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(), day, serial);
            return new PersonalIdentityNumber(birth.getYear() / 100 + body + Luhn.checkDigit(body));
        });
    }

    /** A number and a day when it is read, from the birth date up to the year the person turns 199. */
    @Provide
    Arbitrary<Tuple2<PersonalIdentityNumber, LocalDate>> numbersAndDays() {
        return numbers().flatMap(number -> {
            LocalDate birth = number.birthDate();
            long lastDay = ChronoUnit.DAYS.between(birth, LocalDate.of(birth.getYear() + 199, 12, 31));
            return Arbitraries.longs().between(0, lastDay).map(days -> Tuple.of(number, birth.plusDays(days)));
        });
    }

    @Property
    void readsBackTheTenDigitFormOnTheDayItWasWritten(
            @ForAll("numbersAndDays") Tuple2<PersonalIdentityNumber, LocalDate> numberAndDay) {
        PersonalIdentityNumber number = numberAndDay.get1();
        LocalDate today = numberAndDay.get2();
        assertThat(PersonalIdentityNumber.parse(number.tenDigitsWithSeparator(today), on(today))).isEqualTo(number);
    }

    @Property
    void readsBackTheTwelveDigitForms(@ForAll("numbersAndDays") Tuple2<PersonalIdentityNumber, LocalDate> numberAndDay) {
        PersonalIdentityNumber number = numberAndDay.get1();
        Clock clock = on(numberAndDay.get2());
        assertThat(PersonalIdentityNumber.parse(number.toString(), clock)).isEqualTo(number);
        assertThat(PersonalIdentityNumber.parse(number.twelveDigits(), clock)).isEqualTo(number);
    }

    @Property
    void writesAPlusExactlyFromTheYearOfTheHundredthBirthday(
            @ForAll("numbersAndDays") Tuple2<PersonalIdentityNumber, LocalDate> numberAndDay) {
        PersonalIdentityNumber number = numberAndDay.get1();
        LocalDate today = numberAndDay.get2();
        boolean hundredThisYearOrEarlier = today.getYear() - number.birthDate().getYear() >= 100;
        assertThat(number.tenDigitsWithSeparator(today).charAt(6)).isEqualTo(hundredThisYearOrEarlier ? '+' : '-');
    }

    @Property
    void readsAHyphenAsSomeoneUnderAHundredBornNoLaterThanToday(
            @ForAll("numbersAndDays") Tuple2<PersonalIdentityNumber, LocalDate> numberAndDay) {
        String tenDigits = numberAndDay.get1().twelveDigits().substring(2);
        LocalDate today = numberAndDay.get2();
        PersonalIdentityNumber read = PersonalIdentityNumber.parse(tenDigits, on(today));
        assertThat(read.birthDate()).isBeforeOrEqualTo(today);
        assertThat(read.ageOn(today)).isBetween(0, 99);
    }
}
