package se.servicekontor.organization.importing;

import se.servicekontor.organization.DepartmentCode;

/** Sheet Förvaltningar: Kod, Namn. */
final class DepartmentRules implements SheetRules<DepartmentRules.DepartmentRow> {

    /** A department as the workbook states it. */
    record DepartmentRow(DepartmentCode code, String name) {
    }

    @Override
    public OrganisationSheet sheet() {
        return OrganisationSheet.DEPARTMENTS;
    }

    @Override
    public DepartmentRow parse(RowFields fields) {
        String code = fields.required("Kod", "Fyll i förvaltningens kod, t.ex. UTB.", 20);
        String name = fields.required("Namn", "Fyll i förvaltningens namn.", 200);
        try {
            return new DepartmentRow(new DepartmentCode(code), name);
        } catch (IllegalArgumentException e) {
            throw fields.reject(e.getMessage());
        }
    }

    @Override
    public String describeKey(DepartmentRow item) {
        return "koden '" + item.code() + "'";
    }

    @Override
    public String key(DepartmentRow item) {
        return item.code().value();
    }
}
