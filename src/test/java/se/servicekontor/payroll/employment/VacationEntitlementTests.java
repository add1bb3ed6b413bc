package se.servicekontor.payroll.employment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.servicekontor.shared.PersonalIdentityNumber;

/** AB § 27: 25 days; 31 from the year the employee turns 40; 32 from the year they turn 50. */
class VacationEntitlementTests {

    // Born 1980-01-01 (Luhn over 800101123 gives 1)
    static final PersonalIdentityNumber BORN_1980 = new PersonalIdentityNumber("198001011231");

    @Test
    void daysFollowTheYearTheEmployeeTurnsFortyAndFifty() {
        assertThat(VacationEntitlement.daysPerYear(BORN_1980, 2019)).isEqualTo(25); // turns 39
        assertThat(VacationEntitlement.daysPerYear(BORN_1980, 2020)).isEqualTo(31); // turns 40 this year
        assertThat(VacationEntitlement.daysPerYear(BORN_1980, 2029)).isEqualTo(31); // turns 49
        assertThat(VacationEntitlement.daysPerYear(BORN_1980, 2030)).isEqualTo(32); // turns 50 this year
    }

    @Test
    void theWholeYearCountsEvenBeforeTheBirthday() {
        // Born 31 December 1986: turns 40 on 2026-12-31, and 2026 already gives 31 days
        // Luhn over 861231000: 0·2, 0, 0·2, 1, 3·2=6, 2, 1·2=2, 6, 8·2=16→7; sum 24 → check digit 6
        PersonalIdentityNumber lateBirthday = new PersonalIdentityNumber("198612310006");
        assertThat(VacationEntitlement.daysPerYear(lateBirthday, 2026)).isEqualTo(31);
        assertThat(VacationEntitlement.daysPerYear(lateBirthday, 2025)).isEqualTo(25);
    }
}
