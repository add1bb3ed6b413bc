package se.servicekontor.supplierinvoice.approval;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.OrganisationLookup;
import se.servicekontor.platform.audit.AuditTrail;

/**
 * What the approval rules read besides the attest register (organisation's {@link OrganisationLookup}): approvers'
 * absence periods, in which their substitutes act, and configured jäv (attest_conflict). Changes are audited.
 */
@Repository
class ApproverRegister {

    private final JdbcClient jdbc;
    private final OrganisationLookup organisation;
    private final AuditTrail audit;

    ApproverRegister(JdbcClient jdbc, OrganisationLookup organisation, AuditTrail audit) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** The rules for invoices of these cost centres. */
    ApprovalRules rulesFor(Set<CostCentreCode> costCentres) {
        return new ApprovalRules(organisation.attestGrants(costCentres), this::absent, this::conflict);
    }

    /** The rules over every grant naming the user as holder or substitute (the user's own inbox). */
    ApprovalRules rulesNaming(String username) {
        return new ApprovalRules(organisation.attestGrantsNaming(username), this::absent, this::conflict);
    }

    boolean absent(String username, LocalDate on) {
        return jdbc.sql("SELECT count(*) FROM approver_absence WHERE username = ? AND from_date <= ? AND to_date >= ?")
                .params(normalise(username), on, on).query(Long.class).single() > 0;
    }

    Optional<String> conflict(String username, String organisationNumber) {
        if (organisationNumber == null || username == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT relation FROM attest_conflict WHERE username = ? AND organisation_number = ?")
                .params(normalise(username), organisationNumber).query(String.class).optional();
    }

    void addAbsence(String username, LocalDate from, LocalDate to, String actor) {
        jdbc.sql("INSERT INTO approver_absence (username, from_date, to_date) VALUES (?, ?, ?)")
                .params(normalise(username), from, to).update();
        audit.record(actor, "supplierinvoice.absence.added", "frånvaro " + normalise(username), null, from + "–" + to);
    }

    void addConflict(String username, String organisationNumber, String relation, String actor) {
        jdbc.sql("INSERT INTO attest_conflict (username, organisation_number, relation) VALUES (?, ?, ?)")
                .params(normalise(username), organisationNumber, relation).update();
        audit.record(actor, "supplierinvoice.conflict.added", "jäv " + normalise(username), null,
                organisationNumber + " (" + relation + ")");
    }

    private static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
