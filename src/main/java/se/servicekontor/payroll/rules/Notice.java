package se.servicekontor.payroll.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something the pay run must list for payroll staff to act on, for example the day-15 report of a
 * sick period to Försäkringskassan ("anmälan dag 15").
 *
 * @param code stable code for filtering: {@link #SICK_DAY_15}
 * @param date the day the notice is about (day 15 of the sick period)
 * @param text Swedish text for the pay run's list
 */
public record Notice(String code, LocalDate date, String text) {

    /** Report the sick period to Försäkringskassan: it goes on past the employer's 14 days (Sjuklönelagen 12 §). */
    public static final String SICK_DAY_15 = "ANMALAN_DAG15";

    public Notice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The day-15 report of the sick period that began on firstDay: day 15 is firstDay + 14 days. why: what is particular
     * about this period's report, added in brackets (null: nothing).
     */
    public static Notice sickDay15(LocalDate firstDay, String why) {
        LocalDate day15 = firstDay.plusDays(SickPay.EMPLOYER_DAYS);
        return new Notice(SICK_DAY_15, day15, "Anmälan till Försäkringskassan: sjukperioden från " + firstDay + " når dag 15 den " + day15
                + (why == null ? "" : " (" + why + ")"));
    }
}
