package se.servicekontor.payroll;

import java.util.Objects;

import se.servicekontor.shared.Amount;

/**
 * A released pay run's totals for one cost centre (ansvar): the employees whose main employment is
 * there. Pension is the employer's AKAP-KR cost, not a deduction.
 */
public record CostCentreTotal(String costCentre, Amount gross, Amount tax, Amount net, Amount employerContributions,
                              Amount pension) {

    public CostCentreTotal {
        Objects.requireNonNull(costCentre, "costCentre");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(employerContributions, "employerContributions");
        Objects.requireNonNull(pension, "pension");
    }
}
