package se.servicekontor.organization.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.servicekontor.organization.AttestGrant;
import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.CostCentreSummary;
import se.servicekontor.organization.DepartmentCode;
import se.servicekontor.organization.DepartmentSummary;
import se.servicekontor.organization.OrganisationLookup;

/** {@link OrganisationLookup} over the register tables. */
@Service
@Transactional(readOnly = true)
class RegisterLookup implements OrganisationLookup {

    private final JdbcClient jdbc;
    private final AttestRights attestRights;
    private final CostCentres costCentres;

    RegisterLookup(JdbcClient jdbc, AttestRights attestRights, CostCentres costCentres) {
        this.jdbc = jdbc;
        this.attestRights = attestRights;
        this.costCentres = costCentres;
    }

    @Override
    public Set<CostCentreCode> costCentresOf(String username, LocalDate on) {
        return username == null ? Set.of() : attestRights.costCentresOf(normalise(username), on);
    }

    @Override
    public Optional<DepartmentSummary> departmentOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT d.code, d.name FROM app_user u JOIN department d ON d.id = u.department_id
                WHERE u.username = ?""")
                .param(normalise(username))
                .query((rs, n) -> new DepartmentSummary(new DepartmentCode(rs.getString(1)), rs.getString(2)))
                .optional();
    }

    @Override
    public List<CostCentreSummary> costCentres(Set<CostCentreCode> codes) {
        return costCentres.summaries(codes);
    }

    @Override
    public List<DepartmentSummary> departments(Set<DepartmentCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT code, name FROM department WHERE code IN (:codes) ORDER BY code")
                .param("codes", codes.stream().map(DepartmentCode::value).toList())
                .query((rs, n) -> new DepartmentSummary(new DepartmentCode(rs.getString(1)), rs.getString(2)))
                .list();
    }

    @Override
    public List<AttestGrant> attestGrants(Set<CostCentreCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return attestRights.ofCostCentres(codes).stream().map(RegisterLookup::grant).toList();
    }

    private static AttestGrant grant(AttestRight r) {
        return new AttestGrant(r.holder(), r.costCentre(),
                r.kind() == AttestKind.REVIEW ? AttestGrant.Step.REVIEW : AttestGrant.Step.DECISION,
                r.amountLimit(), r.period().from(), r.period().to(), r.substitute());
    }

    @Override
    public List<AttestGrant> attestGrantsNaming(String username) {
        return username == null ? List.of() : attestRights.naming(normalise(username)).stream().map(RegisterLookup::grant).toList();
    }

    @Override
    public List<String> departmentHeadsOf(CostCentreCode costCentre) {
        return jdbc.sql("""
                SELECT u.username FROM app_user u
                JOIN user_role r ON r.user_id = u.id AND r.role = 'MANAGER'
                JOIN cost_centre c ON c.department_id = u.department_id
                WHERE c.code = ? AND u.enabled ORDER BY u.username""")
                .param(costCentre.value()).query(String.class).list();
    }

    private static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
