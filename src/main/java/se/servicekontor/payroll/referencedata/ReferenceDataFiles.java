package se.servicekontor.payroll.referencedata;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import se.servicekontor.payroll.rules.ContributionRate;
import se.servicekontor.payroll.rules.ContributionRates;
import se.servicekontor.payroll.rules.InvalidReferenceData;
import se.servicekontor.payroll.rules.OneOffTax;
import se.servicekontor.payroll.rules.ReferenceValues;
import se.servicekontor.payroll.rules.TaxTables;

/**
 * Reads a set's text with the rules' own loaders, so whatever is stored is exactly what a pay run will read, and
 * refuses a set whose rows do not belong to its year. Every problem names its line.
 */
final class ReferenceDataFiles {

    private ReferenceDataFiles() {
    }

    /** The parsed set: one of TaxTables, OneOffTax, ContributionRates, ReferenceValues. */
    static Object parse(ReferenceDataKind kind, int year, String content) {
        return switch (kind) {
            case TAX_TABLES -> TaxTables.load(year, new StringReader(content));
            case ONE_OFF_TAX -> OneOffTax.load(new StringReader(content));
            case CONTRIBUTION_RATES -> ContributionRates.load(new StringReader(content));
            case PAYROLL_VALUES -> ReferenceValues.load(new StringReader(content));
        };
    }

    /**
     * Checks an imported or entered set: readable by the rules, and every row starting in the set's year (a seeded
     * set may carry earlier rows; an administrator's set for 2027 carries 2027's values).
     *
     * @throws ReferenceDataRefused naming the line of the first problem
     */
    static Object check(ReferenceDataKind kind, int year, String content) {
        if (year < 2000 || year > 2999)
            throw new ReferenceDataRefused("referencedata.refused.year", year);
        Object parsed;
        try {
            parsed = parse(kind, year, content);
        } catch (InvalidReferenceData e) {
            throw new ReferenceDataRefused("referencedata.refused.invalid", e.lineNumber(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ReferenceDataRefused("referencedata.refused.invalid", 0, e.getMessage());
        }
        List<LocalDate> starts = List.of();
        if (parsed instanceof OneOffTax t)
            starts = t.bands().stream().map(OneOffTax.Band::validFrom).toList();
        else if (parsed instanceof ContributionRates r)
            starts = r.all().stream().map(ContributionRate::validFrom).toList();
        else if (parsed instanceof ReferenceValues v)
            starts = v.all().stream().map(ReferenceValues.Value::validFrom).toList();
        for (LocalDate start : starts)
            if (start.getYear() != year)
                throw new ReferenceDataRefused("referencedata.refused.otherYear", start, year);
        return parsed;
    }

    /** A short description of what a set holds, for the page and the audit log. */
    static String summary(Object parsed) {
        if (parsed instanceof TaxTables t)
            return "tabell " + t.tableNumbers().first() + "–" + t.tableNumbers().last() + ", "
                    + String.format(java.util.Locale.forLanguageTag("sv"), "%,d", t.tableNumbers().stream().mapToInt(n -> t.table(n).rows()).sum()) + " rader";
        if (parsed instanceof OneOffTax t)
            return "kolumn " + t.bands().stream().map(b -> String.valueOf(b.column())).distinct()
                    .collect(Collectors.joining(", ")) + ", " + t.bands().size() + " skikt";
        if (parsed instanceof ContributionRates r)
            return r.all().size() + " avgiftsrader: " + r.all().stream().map(x -> x.group().name()).distinct()
                    .collect(Collectors.joining(", "));
        ReferenceValues v = (ReferenceValues) parsed;
        List<String> names = v.all().stream().map(ReferenceValues.Value::name).distinct().toList();
        return v.all().size() + " belopp: " + String.join(", ", names.subList(0, Math.min(6, names.size()))) + (names.size() > 6 ? " …" : "");
    }
}
