package se.servicekontor.organization.importing;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.DepartmentCode;

/** Sheet Ansvar: Kod, Namn, Förvaltning (a code on sheet Förvaltningar or already in the register). */
final class CostCentreRules implements SheetRules<CostCentreRules.CostCentreRow> {

    /** A cost centre as the workbook states it. */
    record CostCentreRow(CostCentreCode code, String name, DepartmentCode department) {
    }

    @Override
    public OrganisationSheet sheet() {
        return OrganisationSheet.COST_CENTRES;
    }

    @Override
    public CostCentreRow parse(RowFields fields) {
        String code = fields.required("Kod", "Fyll i ansvarets kod, t.ex. 2110.", 20);
        String name = fields.required("Namn", "Fyll i ansvarets namn.", 200);
        String department = fields.required("Förvaltning", "Fyll i koden för förvaltningen som ansvaret hör till.", 20);
        try {
            return new CostCentreRow(new CostCentreCode(code), name, new DepartmentCode(department));
        } catch (IllegalArgumentException e) {
            throw fields.reject(e.getMessage());
        }
    }

    @Override
    public String describeKey(CostCentreRow item) {
        return "koden '" + item.code() + "'";
    }

    @Override
    public String key(CostCentreRow item) {
        return item.code().value();
    }

    @Override
    public void check(CostCentreRow item, RowFields fields, Register register, WorkbookRows<CostCentreRow> workbook) {
        if (!register.departmentExists(item.department())) {
            throw fields.reject("okänd förvaltning '" + item.department()
                    + "'. Lägg till den på bladet Förvaltningar eller rätta koden.");
        }
    }
}
