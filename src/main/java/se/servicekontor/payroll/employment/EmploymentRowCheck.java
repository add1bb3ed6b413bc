package se.servicekontor.payroll.employment;

import java.time.Clock;
import java.util.Set;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.OrganisationLookup;
import se.servicekontor.platform.documents.TabularRows.Line;

/**
 * Everything one employment row must satisfy before it is saved, whether it comes from the import
 * workbook or the Ny anställning form: the field rules, then the cost centre must exist.
 */
final class EmploymentRowCheck {

    private final EmploymentRowRules rules;
    private final OrganisationLookup organisation;

    EmploymentRowCheck(Clock clock, OrganisationLookup organisation) {
        this.rules = new EmploymentRowRules(clock);
        this.organisation = organisation;
    }

    EmploymentRow check(Line line) throws EmploymentRowRules.RowProblem {
        EmploymentRow row = rules.parse(line);
        CostCentreCode code;
        try {
            code = new CostCentreCode(row.costCentre());
        } catch (IllegalArgumentException e) {
            throw new EmploymentRowRules.RowProblem(EmploymentSheet.COST_CENTRE, "Ansvar \"" + row.costCentre() + "\": " + e.getMessage());
        }
        if (organisation.costCentres(Set.of(code)).isEmpty())
            throw new EmploymentRowRules.RowProblem(EmploymentSheet.COST_CENTRE, "Okänt ansvar \"" + row.costCentre()
                    + "\". Lägg upp det i organisationen (Administration → Organisation) eller rätta raden.");
        return row;
    }
}
