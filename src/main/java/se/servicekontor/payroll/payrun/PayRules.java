package se.servicekontor.payroll.payrun;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.stereotype.Component;

import se.servicekontor.payroll.referencedata.PayReferenceData;
import se.servicekontor.payroll.referencedata.ReferenceData;
import se.servicekontor.payroll.rules.EmployerContributions;
import se.servicekontor.payroll.rules.PayCalculator;
import se.servicekontor.payroll.rules.PayCalendar;
import se.servicekontor.payroll.rules.PreliminaryTax;

/**
 * The pay rules a run uses, by income year, from the active reference data in the database (tax tables, one-off
 * table, contribution rates, dated figures, pay calendar): read once per run ({@link #refresh()}, when a step
 * starts) and only again when an administrator changed something, never per employee.
 */
@Component
class PayRules {

    private final Supplier<PayReferenceData> referenceData;
    private volatile Loaded loaded;

    private record Loaded(PayReferenceData data, EmployerContributions contributions, Map<Integer, PreliminaryTax> taxes,
                          Map<Integer, PayCalculator> calculators) {
    }

    @Autowired
    PayRules(ReferenceData referenceData) {
        this(referenceData::current);
    }

    /** With reference data from elsewhere, e.g. {@link PayReferenceData#bundled()} in a test without a database. */
    PayRules(Supplier<PayReferenceData> referenceData) {
        this.referenceData = referenceData;
    }

    /** Takes the current reference data (a cheap check when nothing changed); a run calls this once per step. */
    PayRules refresh() {
        PayReferenceData data = referenceData.get();
        Loaded now = loaded;
        if (now == null || now.data() != data)
            loaded = new Loaded(data, new EmployerContributions(data.contributionRates()), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        return this;
    }

    private Loaded loaded() {
        Loaded now = loaded;
        return now != null ? now : refresh().loaded;
    }

    PayCalculator calculator(int year) {
        Loaded l = loaded();
        return l.calculators().computeIfAbsent(year, y -> new PayCalculator(tax(y), l.contributions(), l.data().calendar(),
                PayCalculator.AgreementRates.AB_2026, l.data().values(), l.data().oneOffTax()));
    }

    PreliminaryTax tax(int year) {
        Loaded l = loaded();
        return l.taxes().computeIfAbsent(year, y -> new PreliminaryTax(l.data().taxTables(y).orElseThrow(() -> new IllegalArgumentException(
                "Skattetabellerna för " + y + " saknas; importera dem under Administration → Referensdata"))));
    }

    EmployerContributions contributions() {
        return loaded().contributions();
    }

    PayCalendar calendar() {
        return loaded().data().calendar();
    }
}
