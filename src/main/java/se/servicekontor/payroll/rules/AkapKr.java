package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AKAP-KR, the municipal occupational pension the employer pays (avgiftsbestämd kollektiv
 * pension): 6 % of pensionable pay up to 7.5 income base amounts a year, 31.5 % above, applied per
 * month with a ceiling of 7.5 × income base amount / 12; plus särskild löneskatt on the premium.
 * Rates, ceiling and base amounts are dated reference data.
 */
// AKAP-KR (SKR/Sobona) §§ on pensionsavgift; lag (1991:687) om särskild löneskatt på pensionskostnader (24.26 %, UNCONFIRMED)
public final class AkapKr {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private final ReferenceValues values;
    /** The figures of a payday, looked up once: a pay run asks for the same payday for every employee. */
    private final Map<LocalDate, Figures> figures = new ConcurrentHashMap<>();

    private record Figures(BigDecimal ceiling, BigDecimal percentBelow, BigDecimal percentAbove, BigDecimal taxPercent) {
    }

    public AkapKr(ReferenceValues values) {
        this.values = Objects.requireNonNull(values, "values");
    }

    /** 7.5 income base amounts / 12 for pay paid on a date: 52 125.00 in 2026 (7.5 × 83 400 / 12). */
    public BigDecimal monthlyCeiling(LocalDate paymentDate) {
        return figures(paymentDate).ceiling();
    }

    private Figures figures(LocalDate paymentDate) {
        return figures.computeIfAbsent(paymentDate, d -> new Figures(values.value("base.incomeBaseAmount", d)
                .multiply(values.value("akapkr.ceilingIncomeBaseAmounts", d)).divide(MONTHS, 2, RoundingMode.HALF_UP),
                values.value("akapkr.percentUpToCeiling", d), values.value("akapkr.percentAboveCeiling", d),
                values.value("pension.specialPayrollTaxPercent", d)));
    }

    /**
     * The pension cost of one payment month.
     *
     * @param paymentDate the payday; its year gives the income base amount
     * @param pensionablePay the month's pensionable pay; a negative month counts as zero
     */
    // The monthly ceiling (annual ceiling / 12) follows DOMAIN.md §3; a yearly true-up against 7.5 IBB is not made — UNCONFIRMED
    public PensionCost cost(LocalDate paymentDate, BigDecimal pensionablePay) {
        Objects.requireNonNull(paymentDate, "paymentDate");
        BigDecimal pay = pensionablePay.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        Figures f = figures(paymentDate);
        BigDecimal ceiling = f.ceiling();
        BigDecimal below = pay.min(ceiling);
        BigDecimal above = pay.subtract(below);
        BigDecimal premiumBelow = percent(below, f.percentBelow());
        BigDecimal premiumAbove = percent(above, f.percentAbove());
        BigDecimal premium = premiumBelow.add(premiumAbove);
        BigDecimal tax = percent(premium, f.taxPercent());
        return new PensionCost(pay, ceiling, premiumBelow, premiumAbove, premium, tax, premium.add(tax));
    }

    // Öre, half up: our rounding per employee; the pension administrator's invoice may differ by öre
    private static BigDecimal percent(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }
}
