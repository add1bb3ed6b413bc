package se.servicekontor.organization.importing;

import java.util.List;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.DepartmentCode;
import se.servicekontor.organization.register.AttestKind;
import se.servicekontor.organization.register.AttestRight;

/** What the row rules ask of the register (the database in the job, a map in unit tests). */
interface Register {

    boolean departmentExists(DepartmentCode code);

    boolean costCentreExists(CostCentreCode code);

    boolean userExists(String username);

    /** The stored attest lines of this holder, cost centre and kind. */
    List<AttestRight> attestPeriods(String holder, CostCentreCode costCentre, AttestKind kind);
}
