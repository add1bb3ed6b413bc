package se.servicekontor.payroll.payrun;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an entry of the error list (fellista) is fixed (issue 18 item 9): a warning about a deviation leads to the
 * employee's deviations of the month it names, a missing bank account or tax decision to the employment's form, the rest
 * to the employee's page.
 *
 * @param error    the entry
 * @param href     the page that fixes it, or null when the user may not see the person
 * @param labelKey the link's text
 */
public record ErrorFix(RunError error, String href, String labelKey) {

    /** Codes about a reported deviation (absence, sick leave, vacation): fixed on the deviations page. */
    static final Set<String> DEVIATION_CODES = Set.of("ABSENCE_EXTENT_INVALID", "HOURLY_RATE_MISSING_FOR_HOURS", "SICK_HOURS_NOT_HOURLY",
            "SICK_HOURS_ONE_SHIFT", "SICK_LEAVE_ON_HOURLY", "LEAVE_PAID_PART_PER_WORK_DAY", "NO_KARENS_HIGH_RISK", "PART_DAY_VACATION",
            "SICK_PAY_NOT_QUALIFIED", "DEVIATION_ON_ENDED_EMPLOYMENT");
    /** Codes about the employment's own data: fixed on its form. */
    static final Set<String> EMPLOYMENT_CODES = Set.of("BANK_ACCOUNT_MISSING", "TAX_DECISION_MISSING", "WEEKLY_HOURS_MISSING",
            "HOURLY_RATE_MISSING");

    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    /**
     * @param payMonth the run's payment month; its deviations are those of the month before (eftersläp, DOMAIN.md
     *                 Decisions), unless the message names the deviation's date
     */
    static ErrorFix of(RunError e, YearMonth payMonth) {
        if (e.employeeName() == null)
            return new ErrorFix(e, null, null);
        if (DEVIATION_CODES.contains(e.code()))
            return new ErrorFix(e, "/lonecenter/anstallda/" + e.employeeId() + "/avvikelser?period=" + deviationMonth(e.message(), payMonth)
                    + "#deviations", "payroll.payrun.errors.fixDeviation");
        if (e.employmentId() != null && EMPLOYMENT_CODES.contains(e.code()))
            return new ErrorFix(e, "/lonecenter/anstallningar/" + e.employmentId() + "/andra", "payroll.payrun.errors.fixEmployment");
        return new ErrorFix(e, "/lonecenter/anstallda/" + e.employeeId(), "payroll.payrun.errors.fixEmployee");
    }

    /** The month of the first date in the message, else the month before the payment month. */
    static YearMonth deviationMonth(String message, YearMonth payMonth) {
        Matcher m = DATE.matcher(message == null ? "" : message);
        if (m.find()) {
            try {
                return YearMonth.from(LocalDate.parse(m.group(1)));
            } catch (java.time.format.DateTimeParseException ignored) {
                // not a date after all: the default
            }
        }
        return payMonth.minusMonths(1);
    }
}
