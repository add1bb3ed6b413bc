package se.servicekontor.payroll.employment;

import se.servicekontor.shared.PersonalIdentityNumber;

/** Paid vacation days a year by age under AB § 27. */
public final class VacationEntitlement {

    private VacationEntitlement() {
    }

    // AB § 27 mom. 2: 25 days; 31 from the year the employee turns 40; 32 from the year they turn 50
    public static int daysPerYear(PersonalIdentityNumber person, int year) {
        int turns = year - person.birthDate().getYear();
        return turns >= 50 ? 32 : turns >= 40 ? 31 : 25;
    }
}
