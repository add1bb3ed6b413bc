package se.servicekontor.organization.importing;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.servicekontor.organization.importing.CostCentreRules.CostCentreRow;
import se.servicekontor.organization.importing.DepartmentRules.DepartmentRow;
import se.servicekontor.organization.register.AttestRight;
import se.servicekontor.organization.register.AttestRights;
import se.servicekontor.organization.register.CostCentres;
import se.servicekontor.organization.register.Departments;
import se.servicekontor.organization.register.EmployeePlacements;
import se.servicekontor.organization.register.EmployeePlacements.Placement;
import se.servicekontor.organization.users.UserDetailsToSave;
import se.servicekontor.organization.users.Users;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.documents.ReceivedFiles;

/**
 * Reader, processor and writer of each sheet step, one set per step execution (step scope): they
 * hold the run's file, position and counts.
 */
@Configuration(proxyBeanMethods = false)
class SheetStepParts {

    private static final String FILE_ID = "#{jobParameters['fileId']}";
    private static final String STARTED_BY = "#{jobParameters['startedBy']}";

    private final ReceivedFiles receivedFiles;
    private final Register register;
    private final OrganisationImportProperties properties;
    private final Clock clock;

    SheetStepParts(ReceivedFiles receivedFiles, Register register, OrganisationImportProperties properties, Clock clock) {
        this.receivedFiles = receivedFiles;
        this.register = register;
        this.properties = properties;
        this.clock = clock;
    }

    // Förvaltningar

    @Bean @StepScope
    SheetItemReader orgDepartmentsReader(@Value(FILE_ID) String fileId) {
        return reader(fileId, OrganisationSheet.DEPARTMENTS);
    }

    @Bean @StepScope
    SheetRowProcessor<DepartmentRow> orgDepartmentsProcessor(@Value(FILE_ID) String fileId) {
        return processor(fileId, new DepartmentRules());
    }

    @Bean @StepScope
    RegisterWriter<DepartmentRow> orgDepartmentsWriter(@Value(STARTED_BY) String startedBy, Departments departments) {
        return new RegisterWriter<>((row, actor) -> departments.save(row.code(), row.name(), actor), actor(startedBy));
    }

    // Ansvar

    @Bean @StepScope
    SheetItemReader orgCostCentresReader(@Value(FILE_ID) String fileId) {
        return reader(fileId, OrganisationSheet.COST_CENTRES);
    }

    @Bean @StepScope
    SheetRowProcessor<CostCentreRow> orgCostCentresProcessor(@Value(FILE_ID) String fileId) {
        return processor(fileId, new CostCentreRules());
    }

    @Bean @StepScope
    RegisterWriter<CostCentreRow> orgCostCentresWriter(@Value(STARTED_BY) String startedBy, CostCentres costCentres) {
        return new RegisterWriter<>((row, actor) -> costCentres.save(row.code(), row.name(), row.department(), actor),
                actor(startedBy));
    }

    // Användare

    @Bean @StepScope
    SheetItemReader orgUsersReader(@Value(FILE_ID) String fileId) {
        return reader(fileId, OrganisationSheet.USERS);
    }

    @Bean @StepScope
    SheetRowProcessor<UserDetailsToSave> orgUsersProcessor(@Value(FILE_ID) String fileId) {
        return processor(fileId, new UserRules());
    }

    @Bean @StepScope
    RegisterWriter<UserDetailsToSave> orgUsersWriter(@Value(STARTED_BY) String startedBy, Users users) {
        return new RegisterWriter<>(users::save, actor(startedBy));
    }

    // Anställda

    @Bean @StepScope
    SheetItemReader orgEmployeesReader(@Value(FILE_ID) String fileId) {
        return reader(fileId, OrganisationSheet.EMPLOYEES);
    }

    @Bean @StepScope
    SheetRowProcessor<Placement> orgEmployeesProcessor(@Value(FILE_ID) String fileId) {
        return processor(fileId, new EmployeeRules(clock));
    }

    @Bean @StepScope
    RegisterWriter<Placement> orgEmployeesWriter(@Value(STARTED_BY) String startedBy, EmployeePlacements placements) {
        return new RegisterWriter<>((placement, actor) -> placements.save(placement), actor(startedBy));
    }

    // Attesträtter

    @Bean @StepScope
    SheetItemReader orgAttestRightsReader(@Value(FILE_ID) String fileId) {
        return reader(fileId, OrganisationSheet.ATTEST_RIGHTS);
    }

    @Bean @StepScope
    SheetRowProcessor<AttestRight> orgAttestRightsProcessor(@Value(FILE_ID) String fileId) {
        return processor(fileId, new AttestRightRules());
    }

    @Bean @StepScope
    RegisterWriter<AttestRight> orgAttestRightsWriter(@Value(STARTED_BY) String startedBy, AttestRights attestRights) {
        return new RegisterWriter<>(attestRights::save, actor(startedBy));
    }

    private SheetItemReader reader(String fileId, OrganisationSheet sheet) {
        return new SheetItemReader(file(fileId), sheet, properties.workbookLimits());
    }

    private <T> SheetRowProcessor<T> processor(String fileId, SheetRules<T> rules) {
        return new SheetRowProcessor<>(file(fileId), rules, register, properties.workbookLimits());
    }

    private Path file(String fileId) {
        long id = Long.parseLong(fileId.strip());
        return receivedFiles.find(id).orElseThrow(() -> new IllegalArgumentException("Det finns ingen mottagen fil med id " + id))
                .storedPath();
    }

    private static String actor(String startedBy) {
        return startedBy == null || startedBy.isBlank() ? AuditTrail.SYSTEM : startedBy;
    }
}
