package se.servicekontor.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules may ask the organisation register. Department-head pages use it to scope their
 * queries: they pass {@link #costCentresOf} on to their own repositories instead of filtering later.
 */
public interface OrganisationLookup {

    /**
     * The cost centres the attest register gives this user on that date: every cost centre where the
     * user holds a review (granskning) or decision (beslut) right whose validity [from, to] contains
     * the date. Being named as someone's substitute (ersättare) does not count here: a substitute acts
     * only while the holder is away, which the approval workflow decides. Unknown users get an empty set.
     */
    Set<CostCentreCode> costCentresOf(String username, LocalDate on);

    /** The department the user belongs to (managers, department heads), if the register names one. */
    Optional<DepartmentSummary> departmentOf(String username);

    /** The named cost centres that exist, ordered by code; unknown codes are left out. */
    List<CostCentreSummary> costCentres(Set<CostCentreCode> codes);

    /** The departments (förvaltningar) with these codes that the register holds, ordered by code. */
    List<DepartmentSummary> departments(Set<DepartmentCode> codes);

    /** Every line of the attest register for these cost centres (all periods), for the approval workflow's rules. */
    List<AttestGrant> attestGrants(Set<CostCentreCode> costCentres);

    /** Every line of the attest register (all periods) where the user is the holder or the substitute. */
    List<AttestGrant> attestGrantsNaming(String username);

    /** The users with the department-head role in the department that owns the cost centre (escalation of overdue invoices). */
    List<String> departmentHeadsOf(CostCentreCode costCentre);
}
