package se.servicekontor.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.testing.PostgresTest;

/** What other modules get from {@link OrganisationLookup}, after an import of a small organisation. */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
class OrganisationLookupTests {

    @Autowired OrganisationLookup lookup;
    @Autowired ReceivedFiles receivedFiles;
    @Autowired JobLaunches jobLaunches;
    @Autowired JobRepository jobRepository;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void importSmallOrganisation(@TempDir Path dir) throws Exception {
        ImportJobRunner imports = new ImportJobRunner(receivedFiles, jobLaunches, jobRepository, jdbc);
        imports.clearRegister();
        Path workbook = TestWorkbooks.builder()
                .sheet("Förvaltningar", "Kod", "Namn")
                .row("UTB", "Utbildningsförvaltningen").row("SOC", "Socialförvaltningen")
                .sheet("Ansvar", "Kod", "Namn", "Förvaltning")
                .row("2110", "Förskolan Ekbacken", "UTB").row("2120", "Förskolan Solrosen", "UTB")
                .row("2130", "Förskolan Lärkan", "UTB").row("3110", "Barn och familj", "SOC")
                .sheet("Användare", "Användarnamn", "Namn", "E-post", "Roller", "Förvaltning")
                .row("chef.skola", "Karin Lind", "", "APPROVER, MANAGER", "UTB")
                .row("bo.berg", "Bo Berg", "", "APPROVER", "")
                .sheet("Attesträtter", "Användarnamn", "Ansvar", "Typ", "Beloppsgräns", "Giltig från", "Giltig till", "Ersättare")
                .row("chef.skola", "2110", "beslut", "", "2026-01-01", "", "")
                .row("chef.skola", "2120", "granskning", "50000", "2026-01-01", "2026-06-30", "")
                .row("chef.skola", "2130", "beslut", "", "2026-07-01", "", "")
                .row("chef.skola", "3110", "beslut", "", "2025-01-01", "2025-12-31", "")
                .row("bo.berg", "2120", "beslut", "", "2026-01-01", "", "chef.skola")
                .write(dir.resolve("liten.xlsx"));
        assertThat(imports.run(workbook).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void aDepartmentHeadSeesExactlyTheCostCentresOfTheirRightsValidOnTheDay() {
        assertThat(lookup.costCentresOf("chef.skola", LocalDate.of(2025, 6, 1))).isEqualTo(codes("3110"));
        assertThat(lookup.costCentresOf("chef.skola", LocalDate.of(2026, 3, 15))).isEqualTo(codes("2110", "2120"));
        assertThat(lookup.costCentresOf("chef.skola", LocalDate.of(2026, 6, 30))).isEqualTo(codes("2110", "2120"));
        assertThat(lookup.costCentresOf("chef.skola", LocalDate.of(2026, 7, 1))).isEqualTo(codes("2110", "2130"));
        assertThat(lookup.costCentresOf("Chef.Skola", LocalDate.of(2027, 1, 1))).isEqualTo(codes("2110", "2130"));
        assertThat(lookup.costCentresOf("chef.skola", LocalDate.of(2024, 12, 31))).isEmpty();
    }

    @Test
    void beingSomeonesSubstituteGivesNoCostCentres() {
        assertThat(lookup.costCentresOf("bo.berg", LocalDate.of(2026, 3, 15))).isEqualTo(codes("2120"));
        assertThat(lookup.costCentresOf("nobody", LocalDate.of(2026, 3, 15))).isEmpty();
    }

    @Test
    void aUsersDepartmentIsTheOneTheRegisterNames() {
        assertThat(lookup.departmentOf("chef.skola"))
                .contains(new DepartmentSummary(new DepartmentCode("UTB"), "Utbildningsförvaltningen"));
        assertThat(lookup.departmentOf("bo.berg")).isEmpty();
        assertThat(lookup.departmentOf("nobody")).isEmpty();
    }

    @Test
    void costCentresAreDescribedByCodeNameAndDepartment() {
        assertThat(lookup.costCentres(codes("3110", "2110", "9999"))).containsExactly(
                new CostCentreSummary(new CostCentreCode("2110"), "Förskolan Ekbacken", new DepartmentCode("UTB")),
                new CostCentreSummary(new CostCentreCode("3110"), "Barn och familj", new DepartmentCode("SOC")));
        assertThat(lookup.costCentres(Set.of())).isEmpty();
    }

    @Test
    void departmentsAreNamedByTheRegister() {
        assertThat(lookup.departments(Set.of(new DepartmentCode("SOC"), new DepartmentCode("UTB"), new DepartmentCode("XXX"))))
                .containsExactly(new DepartmentSummary(new DepartmentCode("SOC"), "Socialförvaltningen"),
                        new DepartmentSummary(new DepartmentCode("UTB"), "Utbildningsförvaltningen"));
        assertThat(lookup.departments(Set.of())).isEmpty();
    }

    static Set<CostCentreCode> codes(String... codes) {
        return Arrays.stream(codes).map(CostCentreCode::new).collect(Collectors.toSet());
    }
}
