package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Vacation pay on variable pay (semesterersättning/semesterlön, rörlig del): a percentage of the
 * variable pay earned (hourly pay, overtime, OB) that grows with the vacation days the employee's
 * age gives: 25 days → 12 %, 31 days (from the year they turn 40) → 14.88 %, 32 days (from the year
 * they turn 50) → 15.36 %. Days and the percentage per day are dated reference data.
 */
// Semesterlagen (1977:480) 16 § (12 % for 25 days) and AB § 27 (31/32 days by age, 0.48 % per day)
public final class VariableVacationPay {

    static final int FIRST_AGE_STEP = 40; // AB § 27: 31 days from the year the employee turns 40
    static final int SECOND_AGE_STEP = 50; // AB § 27: 32 days from the year the employee turns 50

    private final ReferenceValues values;

    public VariableVacationPay(ReferenceValues values) {
        this.values = Objects.requireNonNull(values, "values");
    }

    /**
     * The vacation days the employee earns in the vacation year of a day (vacation year = calendar
     * year, AB): the age counts as the age they turn that year.
     */
    public int vacationDays(LocalDate birthDate, LocalDate earnedOn) {
        int ageTurned = earnedOn.getYear() - birthDate.getYear();
        String name = ageTurned >= SECOND_AGE_STEP ? "ab.vacation.daysFromAge50"
                : ageTurned >= FIRST_AGE_STEP ? "ab.vacation.daysFromAge40" : "ab.vacation.days";
        return values.value(name, earnedOn).intValueExact();
    }

    /** The percentage of variable pay earned on a day: vacation days × the percentage per day (12.00, 14.88, 15.36). */
    public BigDecimal percent(LocalDate birthDate, LocalDate earnedOn) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(earnedOn, "earnedOn");
        return values.value("ab.vacation.variablePayPercentPerDay", earnedOn).multiply(BigDecimal.valueOf(vacationDays(birthDate, earnedOn)));
    }

    /** The vacation pay on variable pay earned on a day, in öre (rounded half up — our choice, the law states no rounding). */
    public BigDecimal amount(LocalDate birthDate, LocalDate earnedOn, BigDecimal variablePay) {
        return variablePay.multiply(percent(birthDate, earnedOn)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }
}
