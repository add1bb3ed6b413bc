package se.servicekontor.payroll.payrun;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import se.servicekontor.payroll.referencedata.ReferenceData;

/**
 * A pay run refused because the month's reference data is missing (tax tables, rates, amounts): one refusal
 * naming everything missing, shown with a link to Administration → Referensdata.
 */
public class ReferenceDataMissing extends PayRunRefused {

    private final YearMonth period;
    private final List<ReferenceData.Missing> missing;

    ReferenceDataMissing(YearMonth period, List<ReferenceData.Missing> missing) {
        super("Lönekörningen för " + period + " kan inte startas: referensdata saknas ("
                + missing.stream().map(m -> m.key() + " " + m.args()).collect(Collectors.joining("; "))
                + "). Lägg in den under Administration → Referensdata (/administration/referensdata).");
        this.period = period;
        this.missing = List.copyOf(missing);
    }

    public YearMonth period() {
        return period;
    }

    public List<ReferenceData.Missing> missing() {
        return missing;
    }
}
