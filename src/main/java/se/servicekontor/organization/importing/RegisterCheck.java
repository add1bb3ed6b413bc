package se.servicekontor.organization.importing;

import java.util.List;

import org.springframework.stereotype.Component;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.DepartmentCode;
import se.servicekontor.organization.register.AttestKind;
import se.servicekontor.organization.register.AttestRight;
import se.servicekontor.organization.register.AttestRights;
import se.servicekontor.organization.register.CostCentres;
import se.servicekontor.organization.register.Departments;
import se.servicekontor.organization.users.Users;

/** The {@link Register} the row rules ask during the job: the database, inside the chunk's transaction. */
@Component
class RegisterCheck implements Register {

    private final Departments departments;
    private final CostCentres costCentres;
    private final Users users;
    private final AttestRights attestRights;

    RegisterCheck(Departments departments, CostCentres costCentres, Users users, AttestRights attestRights) {
        this.departments = departments;
        this.costCentres = costCentres;
        this.users = users;
        this.attestRights = attestRights;
    }

    @Override
    public boolean departmentExists(DepartmentCode code) {
        return departments.find(code).isPresent();
    }

    @Override
    public boolean costCentreExists(CostCentreCode code) {
        return costCentres.exists(code);
    }

    @Override
    public boolean userExists(String username) {
        return users.exists(username);
    }

    @Override
    public List<AttestRight> attestPeriods(String holder, CostCentreCode costCentre, AttestKind kind) {
        return attestRights.periodsOf(holder, costCentre, kind);
    }
}
