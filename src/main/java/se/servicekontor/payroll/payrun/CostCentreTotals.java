package se.servicekontor.payroll.payrun;

/** A run's totals for one cost centre (the employees whose main employment is there). */
public record CostCentreTotals(String costCentre, String name, String department, long employees, Totals totals) {
}
