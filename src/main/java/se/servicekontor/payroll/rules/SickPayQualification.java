package se.servicekontor.payroll.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When an employee's right to sick pay begins (kvalifikationstid): from the first day of the employment; for an employment
 * agreed for less than one month, only once the employee has been employed 14 calendar days in a row, earlier employments
 * with the same employer counted in when no more than 14 calendar days lie between them.
 * <p>
 * Not checked, because the pay run does not know it: that the employee actually took up the employment (tillträtt), and
 * days of absence without valid reason, which do not count towards the 14.
 */
// Sjuklönelagen (1991:1047) 3 § 1 st.: right from the first day; agreed employment < 1 month → only after taking it up and
// 14 calendar days employed in a row (text as quoted by lagen.nu / Lawline); 3 § 2 st., earlier employment counts in with
// at most 14 days between — UNCONFIRMED, from secondary sources (Industriarbetsgivarna, LO-TCO Rättsskydd), not the SFS text
public final class SickPayQualification {

    static final int QUALIFYING_DAYS = 14;
    static final int LONGEST_GAP = 14;

    /** An employment's agreed period; end null = until further notice (tillsvidare, or hourly without an end date). */
    public record Employment(LocalDate start, LocalDate end) {
        public Employment {
            Objects.requireNonNull(start, "start");
            if (end != null && end.isBefore(start))
                throw new IllegalArgumentException("The employment ends " + end + ", before it starts " + start);
        }

        /** Agreed for less than one month: the last day comes before the day before the same date next month. */
        boolean shorterThanAMonth() {
            return end != null && end.isBefore(start.plusMonths(1).minusDays(1));
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }
    }

    private SickPayQualification() {
    }

    /**
     * The first day with a right to sick pay in the current employment.
     *
     * @param current the employment the sick hours or days belong to
     * @param earlier the employee's other employments with the same employer (any order; later ones are ignored)
     */
    public static LocalDate qualifiedFrom(Employment current, List<Employment> earlier) {
        Objects.requireNonNull(current, "current");
        if (!current.shorterThanAMonth())
            return current.start();
        // the chain: the current employment and the earlier ones that ended at most 14 calendar days before the next began
        List<Employment> before = earlier.stream().filter(e -> e.end() != null && e.end().isBefore(current.start()))
                .sorted(Comparator.comparing(Employment::end).reversed()).toList();
        LocalDate chainStart = current.start();
        for (Employment e : before) {
            if (e.end().isBefore(chainStart.minusDays(LONGEST_GAP + 1)))
                break;
            if (e.start().isBefore(chainStart))
                chainStart = e.start();
        }
        // count the employed calendar days from the chain's start (gaps between employments do not count); the right begins
        // the day after the 14th
        int employed = 0;
        for (LocalDate day = chainStart; ; day = day.plusDays(1)) {
            LocalDate d = day;
            if (current.covers(d) || before.stream().anyMatch(e -> e.covers(d)))
                employed++;
            if (employed == QUALIFYING_DAYS)
                return day.plusDays(1);
            if (current.end() != null && day.isAfter(current.end()))
                return current.end().plusDays(1); // never qualifies within this employment
        }
    }
}
