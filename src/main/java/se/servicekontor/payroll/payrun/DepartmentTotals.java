package se.servicekontor.payroll.payrun;

import java.util.List;

/** A run's totals for one department (förvaltning) and its cost centres; department "?" = cost centre unknown to the register. */
public record DepartmentTotals(String department, long employees, Totals totals, List<CostCentreTotals> costCentres) {

    public DepartmentTotals {
        costCentres = List.copyOf(costCentres);
    }
}
