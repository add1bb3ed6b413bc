package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Which of a run's employees the review lists (issue 18 item 10): those of some cost centres (a department's or one), and
 * all, the new ones (not paid last month), those whose net changed by more than {@code percent} % or those with errors
 * or warnings.
 */
public record EmployeeFilter(Set<String> costCentres, Show show, BigDecimal percent) {

    public enum Show {
        ALL, NEW, CHANGED, PROBLEMS
    }

    public static final EmployeeFilter NONE = new EmployeeFilter(Set.of(), Show.ALL, BigDecimal.ZERO);

    public EmployeeFilter {
        costCentres = Set.copyOf(costCentres);
        if (percent == null || percent.signum() < 0)
            throw new IllegalArgumentException("percent ≥ 0");
    }
}
