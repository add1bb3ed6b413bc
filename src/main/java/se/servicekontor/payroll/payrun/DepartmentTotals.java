package se.servicekontor.payroll.payrun;

import java.util.List;

/**
 * A run's totals for one department (förvaltning) and its cost centres; department "?" = cost centre unknown
 * to the register. {@code name} is the register's name of the department (its code when the register has none).
 */
public record DepartmentTotals(String department, String name, long employees, Totals totals, List<CostCentreTotals> costCentres) {

    public DepartmentTotals {
        costCentres = List.copyOf(costCentres);
    }
}
