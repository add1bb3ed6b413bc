package se.servicekontor.supplierinvoice.approval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.supplierinvoice.CodingLine;
import se.servicekontor.supplierinvoice.VatTreatment;

/**
 * A coding proposal for an invoice: the supplier's last approved coding with its amounts scaled to this invoice's
 * amount excluding VAT (each line rounded to öre, half up; the last line takes the rounding difference so the
 * proposal adds up), or one line for the whole amount on the invoice's cost centre.
 */
final class CodingProposal {

    private CodingProposal() {
    }

    static List<CodingLine> propose(BigDecimal net, CostCentreCode costCentre, List<CodingLine> lastApproved) {
        BigDecimal before = lastApproved.stream().map(CodingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (lastApproved.isEmpty() || before.signum() == 0) {
            return costCentre == null ? List.of()
                    : List.of(new CodingLine("", costCentre, null, null, net, VatTreatment.COMPENSATION));
        }
        List<CodingLine> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < lastApproved.size(); i++) {
            CodingLine old = lastApproved.get(i);
            BigDecimal amount = i == lastApproved.size() - 1 ? net.subtract(sum)
                    : net.multiply(old.amount()).divide(before, 2, RoundingMode.HALF_UP);
            sum = sum.add(amount);
            lines.add(new CodingLine(old.account(), costCentre != null ? costCentre : old.costCentre(), old.activity(),
                    old.project(), amount, old.vatTreatment()));
        }
        return lines;
    }
}
