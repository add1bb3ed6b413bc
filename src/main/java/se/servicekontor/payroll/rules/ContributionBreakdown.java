package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * Employer contributions for one employee's payment month, with the rate group and each part at its
 * rate (a youth-reduced month has two parts: up to the ceiling and the excess).
 *
 * @param basis the month's contribution basis (avgiftsunderlag): cash pay plus taxable benefits
 * @param total the sum of the parts' amounts, in öre
 */
public record ContributionBreakdown(ContributionGroup group, BigDecimal basis, List<Part> parts, BigDecimal total,
        String source) {

    public ContributionBreakdown {
        parts = List.copyOf(parts);
    }

    /** A share of the basis at one rate and the contribution on it, rounded to öre. */
    public record Part(BigDecimal basis, BigDecimal ratePercent, BigDecimal amount) {
    }
}
