package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Employer contributions (arbetsgivaravgifter) on one employee's pay for a payment month, by the
 * rate group their birth year puts them in on the payment date.
 */
// Socialavgiftslagen (2000:980), lag (1994:1920) om allmän löneavgift, SFS 2026:100; rates per Skatteverket, as dated reference data
public final class EmployerContributions {

    private final ContributionRates rates;

    public EmployerContributions(ContributionRates rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /** Contributions from the rates shipped inside the application. */
    public static EmployerContributions bundled() {
        return new EmployerContributions(ContributionRates.bundled());
    }

    /** The contribution in kronor and öre; see {@link #breakdown}. */
    public BigDecimal contribution(LocalDate birthDate, LocalDate paymentDate, BigDecimal basis) {
        return breakdown(birthDate, paymentDate, basis).total();
    }

    /**
     * The contribution with its rate group and parts. The group follows the birth year and the
     * payment date (the date the pay is paid out, not earned), as Skatteverket's groups are stated
     * by birth year for each payment year.
     *
     * @param basis the whole payment month's basis for this employee, since a ceiling applies per
     *        calendar month; not negative, at most two decimals
     */
    public ContributionBreakdown breakdown(LocalDate birthDate, LocalDate paymentDate, BigDecimal basis) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(paymentDate, "paymentDate");
        if (basis.signum() < 0)
            throw new IllegalArgumentException("The contribution basis must not be negative, was " + basis.toPlainString());
        if (basis.stripTrailingZeros().scale() > 2)
            throw new IllegalArgumentException("The contribution basis is money, at most two decimals (öre), was " + basis.toPlainString());
        BigDecimal money = basis.setScale(2, RoundingMode.UNNECESSARY);
        ContributionRate rate = rates.rateFor(paymentDate, birthDate.getYear());
        List<ContributionBreakdown.Part> parts;
        // SFS 2026:100 2 §: the reduced rate only on basis up to 25 000 kr per calendar month; the excess at the full rate
        if (rate.ceilingPerMonth() != null && money.compareTo(rate.ceilingPerMonth()) > 0) {
            BigDecimal ceiling = rate.ceilingPerMonth().setScale(2, RoundingMode.UNNECESSARY);
            parts = List.of(part(ceiling, rate.ratePercent()), part(money.subtract(ceiling), rate.rateAbovePercent()));
        }
        else
            parts = List.of(part(money, rate.ratePercent()));
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (ContributionBreakdown.Part part : parts)
            total = total.add(part.amount());
        return new ContributionBreakdown(rate.group(), money, parts, total, rate.source());
    }

    /**
     * The contribution declared in the employer declaration (AGI) for one rate: the employees' summed
     * basis at that rate times the rate, rounded down to whole kronor. The per-employee amounts in öre
     * are for cost allocation and posting; their sum may differ from this by öre.
     */
    // Skatteverket AGI: computed per rate group on the summed basis, rounded down (DOMAIN.md §3; field codes left to the AGI slice)
    public static long declaredContribution(BigDecimal summedBasis, BigDecimal ratePercent) {
        if (summedBasis.signum() < 0)
            throw new IllegalArgumentException("The summed basis must not be negative, was " + summedBasis.toPlainString());
        return summedBasis.multiply(ratePercent).movePointLeft(2).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    // Per employee the amount keeps öre, rounded half up: Skatteverket rounds only the declared total
    // (declaredContribution), so the per-employee rounding is ours — a cost-allocation choice
    private static ContributionBreakdown.Part part(BigDecimal basis, BigDecimal ratePercent) {
        return new ContributionBreakdown.Part(basis, ratePercent, basis.multiply(ratePercent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP));
    }
}
