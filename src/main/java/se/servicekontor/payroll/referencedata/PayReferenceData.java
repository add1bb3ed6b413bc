package se.servicekontor.payroll.referencedata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.servicekontor.payroll.rules.ContributionRates;
import se.servicekontor.payroll.rules.OneOffTax;
import se.servicekontor.payroll.rules.PayCalendar;
import se.servicekontor.payroll.rules.ReferenceValues;
import se.servicekontor.payroll.rules.TaxTables;

/**
 * The active reference data at one moment, in the rules' plain-Java types: a pay run reads it once and uses it
 * for every employee. Immutable.
 *
 * @param taxTables    the tax tables by income year
 * @param unconfirmed  the active sets marked "not yet confirmed by law", by kind and year, e.g. "CONTRIBUTION_RATES 2027"
 */
public record PayReferenceData(Map<Integer, TaxTables> taxTables, OneOffTax oneOffTax, ContributionRates contributionRates,
                               ReferenceValues values, PayCalendar calendar, List<UnconfirmedSet> unconfirmed) {

    /** An active set not yet confirmed by law, and the dates its rows cover. */
    public record UnconfirmedSet(ReferenceDataKind kind, int year, String source) {
    }

    public PayReferenceData {
        taxTables = Map.copyOf(taxTables);
        unconfirmed = List.copyOf(unconfirmed);
    }

    /** The files shipped inside the application, without a database (tests of the rules alone). */
    public static PayReferenceData bundled() {
        return new PayReferenceData(Map.of(2026, TaxTables.bundled(2026)), OneOffTax.bundled(), ContributionRates.bundled(),
                ReferenceValues.bundled(), new PayCalendar(), List.of());
    }

    public Optional<TaxTables> taxTables(int year) {
        return Optional.ofNullable(taxTables.get(year));
    }

    /** The unconfirmed sets a payment month's run uses: those of the payday's year. */
    public List<UnconfirmedSet> unconfirmedUsedIn(YearMonth month) {
        LocalDate payday = calendar.payday(month);
        return unconfirmed.stream().filter(u -> u.year() == payday.getYear()).toList();
    }
}
