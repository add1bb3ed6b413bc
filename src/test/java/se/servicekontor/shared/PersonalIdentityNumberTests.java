package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Check digits worked by hand: Luhn over YYMMDDNNN with weights 2,1,2,1,2,1,2,1,2; a product of 10
 * or more counts as the sum of its digits; check = (10 − sum mod 10) mod 10.
 * <pre>
 * 121212-121|2  Skatteverket's test number: 2,2,2,2,2,2,2,2,2 (1×2 five times, 2×1 four times) = 18 → 2
 * 900101-980|2  1890-01-01: 9×2=18→9, 0, 0, 1, 0, 1, 9×2=18→9, 8, 0 = 28 → 2
 * 701063-239|1  samordningsnummer, 3 Oct 1970: 14→5, 0, 2, 0, 12→3, 3, 4, 3, 18→9 = 29 → 1
 * 000229-123|5  0, 0, 0, 2, 4, 9, 2, 2, 6 = 25 → 5     (29 Feb: 2000 leap, 1900 and 2100 not)
 * 960229-123|0  18→9, 6, 0, 2, 4, 9, 2, 2, 6 = 40 → 0  (29 Feb 1996, leap)
 * 970229-123|9  18→9, 7, 0, 2, 4, 9, 2, 2, 6 = 41 → 9  (29 Feb 1997 does not exist)
 * 000289-123|2  0, 0, 0, 2, 16→7, 9, 2, 2, 6 = 28 → 2  (samordningsnummer for 29 Feb 2000)
 * 991231-123|1  18→9, 9, 2, 2, 6, 1, 2, 2, 6 = 39 → 1
 * 000101-123|8  0, 0, 0, 1, 0, 1, 2, 2, 6 = 12 → 8
 * 000102-123|7  0, 0, 0, 1, 0, 2, 2, 2, 6 = 13 → 7
 * 580101-123|9  10→1, 8, 0, 1, 0, 1, 2, 2, 6 = 21 → 9
 * 581231-123|0  10→1, 8, 2, 2, 6, 1, 2, 2, 6 = 30 → 0
 * 590101-123|8  10→1, 9, 0, 1, 0, 1, 2, 2, 6 = 22 → 8
 * 700161-123|0  14→5, 0, 0, 1, 12→3, 1, 2, 2, 6 = 20 → 0  (samordning, 1 Jan)
 * 700191-123|4  14→5, 0, 0, 1, 18→9, 1, 2, 2, 6 = 26 → 4  (samordning, 31 Jan)
 * 700491-123|1  14→5, 0, 0, 4, 18→9, 1, 2, 2, 6 = 29 → 1  (samordning, "31 Apr")
 * 700431-123|4  14→5, 0, 0, 4, 6, 1, 2, 2, 6 = 26 → 4     (31 Apr)
 * 701092-123|2  14→5, 0, 2, 0, 18→9, 2, 2, 2, 6 = 28 → 2  (day 92)
 * 701060-123|0  14→5, 0, 2, 0, 12→3, 0, 2, 2, 6 = 20 → 0  (day 60)
 * 701032-123|5  14→5, 0, 2, 0, 6, 2, 2, 2, 6 = 25 → 5     (day 32)
 * 701000-123|3  14→5, 0, 2, 0, 0, 0, 2, 2, 6 = 17 → 3     (day 00)
 * 701301-123|9  14→5, 0, 2, 3, 0, 1, 2, 2, 6 = 21 → 9     (month 13)
 * 700001-123|4  14→5, 0, 0, 0, 0, 1, 2, 2, 6 = 16 → 4     (month 00)
 * </pre>
 */
class PersonalIdentityNumberTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final PersonalIdentityNumber TOLVAN = new PersonalIdentityNumber("191212121212");

    private static Clock on(String date) {
        return Clock.fixed(LocalDate.parse(date).atStartOfDay(STOCKHOLM).toInstant(), STOCKHOLM);
    }

    private static PersonalIdentityNumber parse(String text, String today) {
        return PersonalIdentityNumber.parse(text, on(today));
    }

    @ParameterizedTest(name = "reads \"{0}\"")
    @ValueSource(strings = {"19121212-1212", "191212121212", "121212+1212", " 19121212-1212 "})
    void readsEveryFormOfTheSameNumber(String text) {
        assertThat(parse(text, "2025-06-01")).isEqualTo(TOLVAN);
    }

    @Test
    void keepsTwelveDigitsAndWritesThemWithAHyphen() {
        assertThat(TOLVAN.twelveDigits()).isEqualTo("191212121212");
        assertThat(TOLVAN).hasToString("19121212-1212");
        assertThat(TOLVAN.birthDate()).isEqualTo(LocalDate.of(1912, 12, 12));
        assertThat(TOLVAN.isCoordinationNumber()).isFalse();
    }

    @Test
    void masksTheLastFourDigitsForLogs() {
        assertThat(TOLVAN.masked()).isEqualTo("19121212-****");
    }

    @Test
    void readsTheOldestKnownTestNumberWithAPlus() {
        assertThat(parse("189001019802", "2025-06-01").birthDate()).isEqualTo(LocalDate.of(1890, 1, 1));
        assertThat(parse("900101+9802", "2025-06-01")).isEqualTo(parse("18900101-9802", "2025-06-01"));
    }

    @Test
    void readsAHyphenAsTheCenturyInWhichThePersonIsUnderAHundred() {
        assertThat(parse("121212-1212", "2025-06-01").birthDate()).isEqualTo(LocalDate.of(2012, 12, 12));
        assertThat(parse("1212121212", "2025-06-01").birthDate()).isEqualTo(LocalDate.of(2012, 12, 12));
        assertThat(parse("900101-9802", "2025-06-01").birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    void readsAHyphenAsTheCenturyBeforeWhenTheBirthdayIsStillToComeThisYear() {
        // on 11 Dec 2012, 12 Dec 2012 is tomorrow: the person is born 1912 and is 99
        assertThat(parse("121212-1212", "2012-12-11")).isEqualTo(TOLVAN);
        assertThat(parse("1212121212", "2012-12-11")).isEqualTo(TOLVAN);
        // on 12 Dec 2012 a child born today
        assertThat(parse("121212-1212", "2012-12-12").birthDate()).isEqualTo(LocalDate.of(2012, 12, 12));
    }

    @Test
    void readsAPlusFromTheYearOfTheHundredthBirthday() {
        // Skatteverket writes + from 1 January of the year the person turns 100
        assertThat(parse("121212+1212", "2012-01-01")).isEqualTo(TOLVAN);
        assertThat(parse("121212+1212", "2012-12-11")).isEqualTo(TOLVAN);
        assertThat(parse("121212+1212", "2012-12-12")).isEqualTo(TOLVAN);
        // in 2011 a + can only mean 1812
        assertThat(parse("121212+1212", "2011-12-31").birthDate()).isEqualTo(LocalDate.of(1812, 12, 12));
    }

    @Test
    void readsNumbersAcrossTheTurnOfTheCentury() {
        assertThat(parse("991231-1231", "2000-01-01").birthDate()).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(parse("000101-1238", "2000-01-01").birthDate()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(parse("000102-1237", "2000-01-01").birthDate()).isEqualTo(LocalDate.of(1900, 1, 2));
        assertThat(parse("000101-1238", "1999-12-31").birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(parse("000101+1238", "2000-01-01").birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(parse("991231+1231", "2000-01-01").birthDate()).isEqualTo(LocalDate.of(1899, 12, 31));
    }

    @Test
    void takesTodayInStockholmNotInUtc() {
        // 23:30 UTC on New Year's Eve is 00:30 on 1 January 2000 in Stockholm
        Clock clock = Clock.fixed(Instant.parse("1999-12-31T23:30:00Z"), STOCKHOLM);
        assertThat(PersonalIdentityNumber.parse("000101-1238", clock).birthDate()).isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void writesTheTenDigitFormWithPlusFromTheYearOfTheHundredthBirthday() {
        assertThat(TOLVAN.tenDigitsWithSeparator(LocalDate.of(2011, 12, 31))).isEqualTo("121212-1212");
        assertThat(TOLVAN.tenDigitsWithSeparator(LocalDate.of(2012, 1, 1))).isEqualTo("121212+1212");
        assertThat(TOLVAN.tenDigitsWithSeparator(LocalDate.of(2025, 6, 1))).isEqualTo("121212+1212");
    }

    @Test
    void readsSamordningsnummerWithSixtyAddedToTheDay() {
        PersonalIdentityNumber number = parse("701063-2391", "2025-06-01");
        assertThat(number.isCoordinationNumber()).isTrue();
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1970, 10, 3));
        assertThat(number).hasToString("19701063-2391");
        assertThat(number.masked()).isEqualTo("19701063-****");
        assertThat(number.tenDigitsWithSeparator(LocalDate.of(2025, 6, 1))).isEqualTo("701063-2391");
    }

    @Test
    void readsTheFirstAndLastSamordningDays() {
        assertThat(parse("700161-1230", "2025-06-01").birthDate()).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(parse("700191-1234", "2025-06-01").birthDate()).isEqualTo(LocalDate.of(1970, 1, 31));
    }

    @Test
    void readsTheTwentyNinthOfFebruaryInLeapYears() {
        assertThat(parse("20000229-1235", "2025-06-01").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(parse("000229-1235", "2025-06-01").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(parse("960229-1230", "2025-06-01").birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
        assertThat(parse("000289-1232", "2025-06-01").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void refusesTheTwentyNinthOfFebruaryInOtherYears() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("970229-1239", "2025-06-01"))
                .withMessage("Personnumret har 29 februari ett år som inte är skottår");
        // 1900 is not a leap year (divisible by 100, not by 400)
        assertThatIllegalArgumentException().isThrownBy(() -> parse("000229+1235", "2025-06-01"))
                .withMessage("Personnumret har 29 februari ett år som inte är skottår");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("19000289-1232", "2025-06-01"))
                .withMessage("Samordningsnumret har 29 februari ett år som inte är skottår");
    }

    @Test
    void refusesPersonalIdentityNumberWithWrongCheckDigit() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("19121212-1213", "2025-06-01"))
                .withMessage("Personnumret har fel kontrollsiffra");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("121212+1213", "2025-06-01"))
                .withMessage("Personnumret har fel kontrollsiffra");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("701063-2392", "2025-06-01"))
                .withMessage("Samordningsnumret har fel kontrollsiffra");
    }

    @Test
    void checksTheDigitOverTheTenDigitsNotTheCentury() {
        // same ten digits, other century: the check digit does not change, the number stays valid
        assertThat(parse("20121212-1212", "2025-06-01").birthDate()).isEqualTo(LocalDate.of(2012, 12, 12));
    }

    @Test
    void refusesMonthsAndDaysThatDoNotExist() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("701301-1239", "2025-06-01"))
                .withMessage("Personnumret har ingen giltig månad (01–12)");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("700001-1234", "2025-06-01"))
                .withMessage("Personnumret har ingen giltig månad (01–12)");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("701000-1233", "2025-06-01"))
                .withMessage("Personnumret har ingen giltig dag (01–31, eller 61–91 i ett samordningsnummer)");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("701032-1235", "2025-06-01"))
                .withMessage("Personnumret har ingen giltig dag (01–31, eller 61–91 i ett samordningsnummer)");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("701060-1230", "2025-06-01"))
                .withMessage("Samordningsnumret har ingen giltig dag (01–31, eller 61–91 i ett samordningsnummer)");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("701092-1232", "2025-06-01"))
                .withMessage("Samordningsnumret har ingen giltig dag (01–31, eller 61–91 i ett samordningsnummer)");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("700431-1234", "2025-06-01"))
                .withMessage("Personnumret har ett datum som inte finns");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("700491-1231", "2025-06-01"))
                .withMessage("Samordningsnumret har ett datum som inte finns");
    }

    @Test
    void refusesABirthDateStillToCome() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("20000229-1235", "2000-02-28"))
                .withMessage("Personnumret har ett födelsedatum som ännu inte har varit");
        assertThat(parse("20000229-1235", "2000-02-29").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @ValueSource(strings = {"", "   ", "nonsense", "121212-121", "19121212-12123", "1912121212123", "121212 1212",
            "121212--1212", "19121212+1212", "19121212_1212", "1912-1212-1212", "121212*1212", "12121-21212",
            "\u0661\u0662\u0661\u0662\u0661\u0662\u0661\u0662\u0661\u0662"}) // Arabic-Indic ١٢١٢١٢١٢١٢
    void refusesAnythingButSkatteverketsForms(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> parse(text, "2025-06-01"))
                .withMessage("Ett personnummer skrivs ÅÅÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN,"
                        + " ÅÅMMDD-NNNN, ÅÅMMDD+NNNN (från det år personen fyller 100) eller ÅÅMMDDNNNN");
    }

    @Test
    void neverRepeatsTheNumberInAnError() {
        for (String wrong : new String[] {"19121212-1213", "970229-1239", "701092-1232", "20000229-1235"})
            assertThatIllegalArgumentException().isThrownBy(() -> parse(wrong, "2000-01-01"))
                    .withMessageNotContaining(wrong.substring(wrong.length() - 4))
                    .withMessageNotContaining(wrong.substring(0, 6));
    }

    @Test
    void guardsItsDigitsWhenConstructedDirectly() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalIdentityNumber("1212121212"))
                .withMessage("Ett personnummer lagras som tolv siffror, ÅÅÅÅMMDDNNNK");
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalIdentityNumber("19121212-1212"))
                .withMessage("Ett personnummer lagras som tolv siffror, ÅÅÅÅMMDDNNNK");
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalIdentityNumber("191212121213"))
                .withMessage("Personnumret har fel kontrollsiffra");
        assertThatNullPointerException().isThrownBy(() -> new PersonalIdentityNumber(null));
        assertThatNullPointerException().isThrownBy(() -> PersonalIdentityNumber.parse(null, on("2025-06-01")));
        assertThatNullPointerException().isThrownBy(() -> PersonalIdentityNumber.parse("191212121212", null));
    }

    @Test
    void countsAgeInCompletedYears() {
        assertThat(TOLVAN.ageOn(LocalDate.of(2012, 12, 11))).isEqualTo(99);
        assertThat(TOLVAN.ageOn(LocalDate.of(2012, 12, 12))).isEqualTo(100);
        assertThat(TOLVAN.ageOn(LocalDate.of(1912, 12, 12))).isZero();
    }

    @Test
    void givesALeapDayChildItsBirthdayOnTheFirstOfMarch() {
        PersonalIdentityNumber leapling = new PersonalIdentityNumber("200002291235");
        assertThat(leapling.ageOn(LocalDate.of(2001, 2, 28))).isZero();
        assertThat(leapling.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
        assertThat(leapling.ageOn(LocalDate.of(2004, 2, 29))).isEqualTo(4);
    }

    @Test
    void refusesAnAgeBeforeBirth() {
        assertThatIllegalArgumentException().isThrownBy(() -> TOLVAN.ageOn(LocalDate.of(1912, 12, 11)));
        assertThatIllegalArgumentException().isThrownBy(() -> TOLVAN.ageAtStartOfYear(1912));
    }

    @Test
    void countsAgeAtTheStartOfTheYearByBirthYearAsEmployerContributionsDo() {
        // DOMAIN §3, 2026: born 1938–1958 (67 or older) pays 10.21 %, born 1959 pays 31.42 %
        assertThat(new PersonalIdentityNumber("195801011239").ageAtStartOfYear(2026)).isEqualTo(67);
        assertThat(new PersonalIdentityNumber("195812311230").ageAtStartOfYear(2026)).isEqualTo(67);
        PersonalIdentityNumber bornOnNewYearsDay1959 = new PersonalIdentityNumber("195901011238");
        assertThat(bornOnNewYearsDay1959.ageAtStartOfYear(2026)).isEqualTo(66);
        assertThat(bornOnNewYearsDay1959.ageOn(LocalDate.of(2026, 1, 1))).isEqualTo(67); // the birthday itself
        assertThat(TOLVAN.ageAtStartOfYear(1913)).isZero();
    }

    @Test
    void isTheSameNumberWhateverFormItWasReadFrom() {
        LocalDateTime justBeforeMidnight = LocalDateTime.of(2025, 6, 1, 23, 59);
        Clock clock = Clock.fixed(justBeforeMidnight.atZone(STOCKHOLM).toInstant(), STOCKHOLM);
        assertThat(PersonalIdentityNumber.parse("121212+1212", clock))
                .isEqualTo(PersonalIdentityNumber.parse("191212121212", clock))
                .hasSameHashCodeAs(TOLVAN);
    }
}
