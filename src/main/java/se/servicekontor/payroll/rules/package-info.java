/**
 * Payroll rules in plain Java (no Spring): what the pay run calls to turn salaries and approved
 * deviations into pay lines, tax, employer contributions and pension cost. Every rule cites its legal
 * or agreement source in a one-line comment; figures that change yearly are dated reference data
 * under {@code reference-data/} ({@link se.servicekontor.payroll.rules.ReferenceValues},
 * {@link se.servicekontor.payroll.rules.ContributionRates}, {@link se.servicekontor.payroll.rules.TaxTables},
 * {@link se.servicekontor.payroll.rules.OneOffTax}).
 *
 * <p>The pay run's entry points:
 * <ul>
 * <li>{@link se.servicekontor.payroll.rules.PayCalculator#calculate} — one employee's payment month; its
 * {@code Result} carries {@code lines()}, {@code tax()}, {@code net()}, {@code employerContributions()},
 * {@code pension()} (AKAP-KR, {@link se.servicekontor.payroll.rules.PensionCost}) and {@code notices()}
 * (for example the day-15 report to Försäkringskassan).</li>
 * <li>{@link se.servicekontor.payroll.rules.RetroPay#calculate} — retroactive pay per historic month, as
 * one-off payments to pass to {@code calculate}.</li>
 * <li>{@link se.servicekontor.payroll.rules.NetClaims#settle} — after {@code calculate}: a negative net becomes
 * a claim recovered from later months within a limit.</li>
 * </ul>
 */
package se.servicekontor.payroll.rules;
