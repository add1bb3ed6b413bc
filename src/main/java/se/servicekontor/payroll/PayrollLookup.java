package se.servicekontor.payroll;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import se.servicekontor.shared.PersonalIdentityNumber;

/**
 * What other modules (Kundcenter) may ask payroll: the pay calendar, how far a month's pay has come,
 * and whether a person is an employee. A person with protected identity (skyddad identitet) is never
 * returned: to every caller of this interface they do not exist. No amounts.
 */
public interface PayrollLookup {

    /** How far a payment month's pay has come. */
    enum PayMonthState { NOT_STARTED, PRELIMINARY, FINAL_CALCULATED, RELEASED }

    /**
     * One payment month: its payday, the cut-off for reporting the deviations of {@code deviationsOf}
     * (paid on this payday, eftersläp), the state of its pay run, and when it was released.
     */
    record PayMonth(YearMonth month, LocalDate payday, LocalDate cutOff, YearMonth deviationsOf, PayMonthState state,
                    Optional<Instant> releasedAt) {
    }

    /** An employee as the contact centre may see them: name and whether they are employed on the day asked. */
    record Employee(String firstName, String lastName, boolean employed) {
    }

    /** The payment month whose payday is the first on or after the day. */
    PayMonth nextPayMonth(LocalDate day);

    PayMonth payMonth(YearMonth month);

    /** The twelve payment months of a year. */
    List<PayMonth> payCalendar(int year);

    /**
     * How many employees (protected identities never counted) have every word of {@code name} as the start
     * of their first or last name, case-insensitive ("anna ber" finds Anna Berg).
     */
    int countEmployeesNamed(String name);

    /** The employee with this number on the day, unless there is none or their identity is protected. */
    Optional<Employee> employee(PersonalIdentityNumber number, LocalDate on);
}
