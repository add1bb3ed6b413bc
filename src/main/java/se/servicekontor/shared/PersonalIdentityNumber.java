package se.servicekontor.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personnummer, or samordningsnummer (coordination number: birth day + 60), stored as twelve
 * digits {@code YYYYMMDDNNNC}. The check digit C is the Luhn digit of {@code YYMMDDNNN}.
 *
 * <p>Never log one (DOMAIN "Identity"): log {@link #masked()}. Error messages never repeat the number.
 *
 * @param twelveDigits {@code YYYYMMDDNNNC}, no separator
 */
public record PersonalIdentityNumber(String twelveDigits) {

    private static final int COORDINATION_DAY_OFFSET = 60;
    private static final Pattern TWELVE = Pattern.compile("(\\d{8})-?(\\d{4})");
    private static final Pattern TEN = Pattern.compile("(\\d{6})([-+]?)(\\d{4})");

    /**
     * Checks the twelve digits, the check digit and that the (coordination) date exists. Whether the
     * birth date has passed needs today's date: {@link #parse(String, Clock)} checks that.
     */
    public PersonalIdentityNumber {
        Objects.requireNonNull(twelveDigits, "twelveDigits");
        if (twelveDigits.length() != 12 || !Luhn.isDigits(twelveDigits))
            throw new IllegalArgumentException("Ett personnummer lagras som tolv siffror, ÅÅÅÅMMDDNNNK");
        String tenDigits = twelveDigits.substring(2);
        checkCheckDigitAndMonthDay(tenDigits);
        int year = Integer.parseInt(twelveDigits.substring(0, 4));
        int month = Integer.parseInt(twelveDigits.substring(4, 6));
        int day = dayOfMonth(tenDigits);
        if (month == 2 && day == 29 && !Year.isLeap(year))
            throw new IllegalArgumentException(noun(tenDigits)
                    + " har 29 februari ett år som inte är skottår");
    }

    /**
     * Reads a personnummer or samordningsnummer in any of Skatteverket's forms:
     * <ul>
     * <li>{@code YYYYMMDDNNNC} or {@code YYYYMMDD-NNNC}: the century is given;
     * <li>{@code YYMMDD-NNNC} or {@code YYMMDDNNNC}: the latest century in which the birth date is not
     * after today (so the person is under 100);
     * <li>{@code YYMMDD+NNNC}: the person turns 100 or more this year (Skatteverket writes {@code +}
     * from the year of the 100th birthday), so the birth year is the latest one at least 100 years
     * before this year.
     * </ul>
     * Today comes from {@code clock}. Surrounding white space is ignored.
     *
     * @throws IllegalArgumentException with a Swedish message that says what is wrong without
     *         repeating the number: format, check digit, date, or a birth date in the future
     */
    public static PersonalIdentityNumber parse(String text, Clock clock) {
        Objects.requireNonNull(text, "text");
        LocalDate today = LocalDate.now(Objects.requireNonNull(clock, "clock"));
        String stripped = text.strip();
        PersonalIdentityNumber number;
        Matcher twelve = TWELVE.matcher(stripped);
        Matcher ten = TEN.matcher(stripped);
        if (twelve.matches()) {
            number = new PersonalIdentityNumber(twelve.group(1) + twelve.group(2));
        } else if (ten.matches()) {
            String tenDigits = ten.group(1) + ten.group(3);
            checkCheckDigitAndMonthDay(tenDigits);
            int year = birthYear(tenDigits, "+".equals(ten.group(2)), today);
            number = new PersonalIdentityNumber(String.format("%02d", year / 100) + tenDigits);
        } else {
            throw new IllegalArgumentException("Ett personnummer skrivs ÅÅÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN,"
                    + " ÅÅMMDD-NNNN, ÅÅMMDD+NNNN (från det år personen fyller 100) eller ÅÅMMDDNNNN");
        }
        if (number.birthDate().isAfter(today))
            throw new IllegalArgumentException(noun(number.twelveDigits.substring(2))
                    + " har ett födelsedatum som ännu inte har varit");
        return number;
    }

    /** The birth date; for a samordningsnummer the day with 60 subtracted. */
    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(twelveDigits.substring(0, 4)),
                Integer.parseInt(twelveDigits.substring(4, 6)), dayOfMonth(twelveDigits.substring(2)));
    }

    /** Whether this is a samordningsnummer (day 61–91) rather than a personnummer. */
    public boolean isCoordinationNumber() {
        return twelveDigits.charAt(6) >= '6';
    }

    /** Age in completed years on {@code date}; someone born 29 February has birthdays on 1 March in other years. */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(birthDate()))
            throw new IllegalArgumentException("Personen är inte född " + date);
        return Period.between(birthDate(), date).getYears();
    }

    /**
     * Age at the start of {@code year} ("vid årets ingång"), as payroll counts it: the age reached by
     * 31 December of the year before, so {@code year − birth year − 1}. Employer contributions and tax
     * columns go by birth year this way (2026: born 1938–1958 pays 10.21 %, born 1959 the full rate),
     * so someone born on 1 January counts as having the birthday in the new year.
     */
    public int ageAtStartOfYear(int year) {
        int birthYear = birthDate().getYear();
        if (year <= birthYear)
            throw new IllegalArgumentException("Personen är inte född vid ingången av " + year);
        return year - birthYear - 1;
    }

    /**
     * {@code YYMMDD-NNNC}, or {@code YYMMDD+NNNC} from the year the person turns 100 (as of {@code today}).
     */
    public String tenDigitsWithSeparator(LocalDate today) {
        Objects.requireNonNull(today, "today");
        char separator = today.getYear() - birthDate().getYear() >= 100 ? '+' : '-';
        return twelveDigits.substring(2, 8) + separator + twelveDigits.substring(8);
    }

    /** {@code YYYYMMDD-****}: safe for logs and lists where the full number is not needed. */
    public String masked() {
        return twelveDigits.substring(0, 8) + "-****";
    }

    /** {@code YYYYMMDD-NNNC}, the normal display. Do not log it: use {@link #masked()}. */
    @Override
    public String toString() {
        return twelveDigits.substring(0, 8) + "-" + twelveDigits.substring(8);
    }

    private static int birthYear(String tenDigits, boolean centenarian, LocalDate today) {
        int twoDigitYear = Integer.parseInt(tenDigits.substring(0, 2));
        if (centenarian) {
            int latest = today.getYear() - 100;
            return latest - Math.floorMod(latest - twoDigitYear, 100);
        }
        int year = today.getYear() - Math.floorMod(today.getYear() - twoDigitYear, 100);
        MonthDay birthday = MonthDay.of(Integer.parseInt(tenDigits.substring(2, 4)), dayOfMonth(tenDigits));
        return year == today.getYear() && birthday.isAfter(MonthDay.from(today)) ? year - 100 : year;
    }

    /** Luhn over {@code YYMMDDNNNC}, a month 01–12 and a day 01–31 or 61–91 that the month can have. */
    private static void checkCheckDigitAndMonthDay(String tenDigits) {
        if (!Luhn.isValid(tenDigits))
            throw new IllegalArgumentException(noun(tenDigits) + " har fel kontrollsiffra");
        int month = Integer.parseInt(tenDigits.substring(2, 4));
        if (month < 1 || month > 12)
            throw new IllegalArgumentException(noun(tenDigits) + " har ingen giltig månad (01–12)");
        int day = dayOfMonth(tenDigits);
        if (day < 1 || day > 31)
            throw new IllegalArgumentException(noun(tenDigits) + " har ingen giltig dag"
                    + " (01–31, eller 61–91 i ett samordningsnummer)");
        if (day > Month.of(month).maxLength())
            throw new IllegalArgumentException(noun(tenDigits) + " har ett datum som inte finns");
    }

    /** The day of month from {@code YYMMDD…}, with 60 subtracted for a samordningsnummer. */
    private static int dayOfMonth(String tenDigits) {
        int day = Integer.parseInt(tenDigits.substring(4, 6));
        return day > COORDINATION_DAY_OFFSET ? day - COORDINATION_DAY_OFFSET : day;
    }

    private static String noun(String tenDigits) {
        return tenDigits.charAt(4) >= '6' ? "Samordningsnumret" : "Personnumret";
    }
}
