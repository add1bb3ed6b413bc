package se.servicekontor.organization.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.DepartmentCode;
import se.servicekontor.organization.register.AttestKind;
import se.servicekontor.organization.register.AttestRight;
import se.servicekontor.platform.jobs.RejectedItemException;

/** Builds sheet rows and a register in memory for the plain-Java row rule tests. */
final class Rows {

    private Rows() {
    }

    /** A row from header/value pairs. */
    static SheetRow row(OrganisationSheet sheet, int rowNumber, String... headersAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < headersAndValues.length; i += 2) {
            if (headersAndValues[i + 1] != null && !headersAndValues[i + 1].isEmpty()) {
                values.put(OrganisationSheet.normaliseHeader(headersAndValues[i]), headersAndValues[i + 1]);
            }
        }
        return new SheetRow(sheet, rowNumber, values);
    }

    /** Runs parse and check as the job does, for rows that come before it in the same sheet too. */
    static <T> T judge(SheetRules<T> rules, Register register, List<SheetRow> earlierRows, SheetRow row) {
        WorkbookRows<T> workbook = new WorkbookRows<>(rules);
        List<SheetRow> all = new ArrayList<>(earlierRows);
        all.add(row);
        for (SheetRow r : all) {
            try {
                workbook.add(r.rowNumber(), rules.parse(new RowFields(r)));
            } catch (RejectedItemException e) {
                // the row's own judgement says why
            }
        }
        RowFields fields = new RowFields(row, rules.itemText(row));
        T item = rules.parse(fields);
        rules.check(item, fields, register, workbook);
        return item;
    }

    /** A register held in sets. */
    static final class InMemoryRegister implements Register {
        final Set<DepartmentCode> departments = new HashSet<>();
        final Set<CostCentreCode> costCentres = new HashSet<>();
        final Set<String> users = new HashSet<>();
        final List<AttestRight> attestRights = new ArrayList<>();

        InMemoryRegister with(String... usersOrCodes) {
            for (String value : usersOrCodes) {
                if (value.matches("\\d+")) {
                    costCentres.add(new CostCentreCode(value));
                } else if (value.equals(value.toUpperCase())) {
                    departments.add(new DepartmentCode(value));
                } else {
                    users.add(value);
                }
            }
            return this;
        }

        @Override
        public boolean departmentExists(DepartmentCode code) {
            return departments.contains(code);
        }

        @Override
        public boolean costCentreExists(CostCentreCode code) {
            return costCentres.contains(code);
        }

        @Override
        public boolean userExists(String username) {
            return users.contains(username);
        }

        @Override
        public List<AttestRight> attestPeriods(String holder, CostCentreCode costCentre, AttestKind kind) {
            return attestRights.stream()
                    .filter(a -> a.holder().equals(holder) && a.costCentre().equals(costCentre) && a.kind() == kind).toList();
        }
    }
}
