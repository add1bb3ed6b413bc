package se.servicekontor.supplierinvoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import se.servicekontor.organization.CostCentreCode;

/**
 * One coding (kontering) line of an invoice: account in the chart of accounts, cost centre (ansvar), optional
 * activity and project, the amount excluding VAT (negative on a credit note) and the VAT treatment.
 */
public record CodingLine(String account, CostCentreCode costCentre, String activity, String project, BigDecimal amount,
                         VatTreatment vatTreatment) {

    public CodingLine {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(costCentre, "costCentre");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(vatTreatment, "vatTreatment");
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        activity = activity == null || activity.isBlank() ? null : activity.strip();
        project = project == null || project.isBlank() ? null : project.strip();
    }
}
