package se.servicekontor.payroll.payrun;

import se.servicekontor.shared.Amount;

/**
 * Sums of a run, a department, a cost centre or one employee. Net = gross − tax − net deductions;
 * employer contributions and pension (AKAP-KR) are the employer's costs on top.
 */
public record Totals(Amount gross, Amount tax, Amount netDeductions, Amount net, Amount employerContributions, Amount pension) {

    public static final Totals ZERO = new Totals(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO);

    public Totals plus(Totals other) {
        return new Totals(gross.plus(other.gross), tax.plus(other.tax), netDeductions.plus(other.netDeductions),
                net.plus(other.net), employerContributions.plus(other.employerContributions), pension.plus(other.pension));
    }
}
