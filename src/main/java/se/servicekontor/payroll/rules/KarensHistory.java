package se.servicekontor.payroll.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The karensavdrag an employee has had with this employer, for the general high-risk protection (allmänt högriskskydd):
 * no karensavdrag is made in a new sick period (sjuklöneperiod) when the employee has had ten karensavdrag in the twelve
 * months before the period's first day.
 * <p>
 * A karensavdrag is dated by day 1 of the sick period it was made in (the avdrag belongs to the period, even when its sick
 * pay carries it over several days or into a later pay run). Counted is each sick period that began with a karensavdrag:
 * a relapse within five days (7 §) makes none and is not counted, nor is a period whose karensavdrag this rule waived. The
 * count is per employee across all employments with the employer (the law's relation is employee–employer); two
 * employments sick from the same day count once, as one sick period.
 * <p>
 * The window is "the twelve months before" day 1: from the same date twelve months earlier, inclusive, to the day before
 * day 1 — twelve whole months. A karensavdrag in a period that began on 15 March 2026 counts for a period beginning
 * 15 March 2027; one that began 14 March 2026 does not. (29 February: twelve months before 29 February 2028 is
 * 28 February 2027, as {@link LocalDate#minusMonths} gives.)
 */
// Sjuklönelagen (1991:1047) 6 § 3 st. (SFS 2018:1346, since 2019): no karensavdrag when the employee has had ten karensavdrag
// in the last twelve months before the new sjuklöneperiod begins — wording from prop. 2017/18:96 and secondary sources
// (Far Online "Högriskskydd": "den senaste tolvmånadersperioden räknat från första sjukdagen i den aktuella sjukperioden"),
// UNCONFIRMED against the SFS text; "twelve months before" as a whole-month span from the same date is our reading
public record KarensHistory(NavigableSet<LocalDate> firstDays) {

    /** Ten karensavdrag in twelve months: the next new period makes none. */
    public static final int LIMIT = 10;
    static final int MONTHS = 12;

    private static final KarensHistory NONE = new KarensHistory(new TreeSet<>());

    /** @param firstDays day 1 of each sick period that began with a karensavdrag (any order, duplicates count once) */
    public KarensHistory {
        firstDays = java.util.Collections.unmodifiableNavigableSet(new TreeSet<>(Objects.requireNonNull(firstDays, "firstDays")));
    }

    public static KarensHistory none() {
        return NONE;
    }

    public static KarensHistory of(Collection<LocalDate> firstDays) {
        return firstDays.isEmpty() ? NONE : new KarensHistory(new TreeSet<>(firstDays));
    }

    /** How many karensavdrag the employee had in the twelve months before firstDay (from firstDay − 12 months, inclusive). */
    public int countBefore(LocalDate firstDay) {
        return firstDays.subSet(firstDay.minusMonths(MONTHS), true, firstDay, false).size();
    }

    /** Whether a new sick period from firstDay makes a karensavdrag: false when ten were had in the twelve months before it. */
    public boolean karensApplies(LocalDate firstDay) {
        return countBefore(firstDay) < LIMIT;
    }

    /** With the karensavdrag of a sick period beginning firstDay. */
    public KarensHistory plus(LocalDate firstDay) {
        TreeSet<LocalDate> more = new TreeSet<>(firstDays);
        more.add(Objects.requireNonNull(firstDay, "firstDay"));
        return new KarensHistory(more);
    }
}
