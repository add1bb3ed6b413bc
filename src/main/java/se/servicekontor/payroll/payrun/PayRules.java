package se.servicekontor.payroll.payrun;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import se.servicekontor.payroll.rules.EmployerContributions;
import se.servicekontor.payroll.rules.PayCalculator;
import se.servicekontor.payroll.rules.PayCalendar;
import se.servicekontor.payroll.rules.PreliminaryTax;
import se.servicekontor.payroll.rules.TaxTables;

/** The pay rules a run uses, by income year: the shipped tax tables, contribution rates and agreement rates (loaded once). */
@Component
class PayRules {

    private final PayCalendar calendar = new PayCalendar();
    private final EmployerContributions contributions = EmployerContributions.bundled();
    private final Map<Integer, PreliminaryTax> taxes = new ConcurrentHashMap<>();
    private final Map<Integer, PayCalculator> calculators = new ConcurrentHashMap<>();

    PayCalculator calculator(int year) {
        return calculators.computeIfAbsent(year, y -> new PayCalculator(tax(y), contributions, calendar, PayCalculator.AgreementRates.AB_2026));
    }

    PreliminaryTax tax(int year) {
        return taxes.computeIfAbsent(year, y -> new PreliminaryTax(TaxTables.bundled(y)));
    }

    EmployerContributions contributions() {
        return contributions;
    }

    PayCalendar calendar() {
        return calendar;
    }
}
