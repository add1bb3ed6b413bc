package se.servicekontor.organization.importing;

import java.util.List;
import java.util.Set;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.servicekontor.organization.importing.CostCentreRules.CostCentreRow;
import se.servicekontor.organization.importing.DepartmentRules.DepartmentRow;
import se.servicekontor.organization.register.AttestRight;
import se.servicekontor.organization.register.EmployeePlacements.Placement;
import se.servicekontor.organization.users.UserDetailsToSave;
import se.servicekontor.platform.Role;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.jobs.JobCatalogueEntry;
import se.servicekontor.platform.jobs.RejectedItemException;
import se.servicekontor.platform.jobs.SkippedItemRecorder;
import se.servicekontor.platform.jobs.SkippedItems;

/**
 * {@code organisationImportJob}: one workbook → the organisation register. Steps: check the file
 * (refused → job FAILED with the reason) → departments → cost centres → users → employees → attest
 * register → summary. Each sheet step reads with the streaming reader, skips bad rows with a reason
 * naming sheet and row, and upserts by natural key; a restart continues after the last committed chunk.
 * Parameters: {@code fileId} (identifying; the workbook in ReceivedFiles) and {@code startedBy}.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationImportJobConfiguration {

    @Bean
    Job organisationImportJob(JobRepository jobRepository, ImportRuns importRuns, Step orgCheckFileStep,
                              Step orgDepartmentsStep, Step orgCostCentresStep, Step orgUsersStep, Step orgEmployeesStep,
                              Step orgAttestRightsStep, Step orgSummaryStep) {
        return new JobBuilder(ImportRun.JOB_NAME, jobRepository)
                .listener(new ImportRunListener(importRuns, jobRepository))
                .start(orgCheckFileStep).on(ImportRun.REFUSED).fail()
                .from(orgCheckFileStep).on("COMPLETED").to(orgDepartmentsStep)
                .from(orgCheckFileStep).on("*").fail()
                .from(orgDepartmentsStep).next(orgCostCentresStep).next(orgUsersStep).next(orgEmployeesStep)
                .next(orgAttestRightsStep).next(orgSummaryStep)
                .end()
                .build();
    }

    @Bean
    Step orgCheckFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          ReceivedFiles receivedFiles, AuditTrail audit, OrganisationImportProperties properties) {
        return new StepBuilder("checkFile", jobRepository)
                .tasklet(new CheckWorkbookTasklet(receivedFiles, jobRepository, audit, properties), transactionManager)
                .allowStartIfComplete(true) // a restart checks the file and the other runs again
                .build();
    }

    @Bean
    Step orgDepartmentsStep(SheetSteps steps, SheetItemReader orgDepartmentsReader,
                            SheetRowProcessor<DepartmentRow> orgDepartmentsProcessor,
                            RegisterWriter<DepartmentRow> orgDepartmentsWriter) {
        return steps.build("departments", orgDepartmentsReader, orgDepartmentsProcessor, orgDepartmentsWriter);
    }

    @Bean
    Step orgCostCentresStep(SheetSteps steps, SheetItemReader orgCostCentresReader,
                            SheetRowProcessor<CostCentreRow> orgCostCentresProcessor,
                            RegisterWriter<CostCentreRow> orgCostCentresWriter) {
        return steps.build("costCentres", orgCostCentresReader, orgCostCentresProcessor, orgCostCentresWriter);
    }

    @Bean
    Step orgUsersStep(SheetSteps steps, SheetItemReader orgUsersReader,
                      SheetRowProcessor<UserDetailsToSave> orgUsersProcessor, RegisterWriter<UserDetailsToSave> orgUsersWriter) {
        return steps.build("users", orgUsersReader, orgUsersProcessor, orgUsersWriter);
    }

    @Bean
    Step orgEmployeesStep(SheetSteps steps, SheetItemReader orgEmployeesReader,
                          SheetRowProcessor<Placement> orgEmployeesProcessor, RegisterWriter<Placement> orgEmployeesWriter) {
        return steps.build("employees", orgEmployeesReader, orgEmployeesProcessor, orgEmployeesWriter);
    }

    @Bean
    Step orgAttestRightsStep(SheetSteps steps, SheetItemReader orgAttestRightsReader,
                             SheetRowProcessor<AttestRight> orgAttestRightsProcessor,
                             RegisterWriter<AttestRight> orgAttestRightsWriter) {
        return steps.build("attestRights", orgAttestRightsReader, orgAttestRightsProcessor, orgAttestRightsWriter);
    }

    @Bean
    Step orgSummaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        SkippedItems skippedItems, ReceivedFiles receivedFiles, AuditTrail audit) {
        return new StepBuilder("summary", jobRepository)
                .tasklet(new SummaryTasklet(jobRepository, skippedItems, receivedFiles, audit), transactionManager)
                .build();
    }

    @Bean
    SheetSteps orgSheetSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             SkippedItems skippedItems, OrganisationImportProperties properties) {
        return new SheetSteps(jobRepository, transactionManager, skippedItems, properties.chunkSize());
    }

    /** Körningar lists the job for administrators; it is started by uploading a workbook, so it asks for nothing. */
    @Bean
    JobCatalogueEntry organisationImportJobCatalogueEntry() {
        return new JobCatalogueEntry(ImportRun.JOB_NAME, "job.organisationImportJob", Set.of(Role.ADMIN), List.of());
    }

    /** Builds the fault-tolerant chunk step of one sheet. */
    record SheetSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      SkippedItems skippedItems, int chunkSize) {

        <T> Step build(String name, SheetItemReader reader, SheetRowProcessor<T> processor, RegisterWriter<T> writer) {
            SkippedItemRecorder recorder = skippedItems.recorder();
            return new StepBuilder(name, jobRepository).<SheetRow, T>chunk(chunkSize)
                    .transactionManager(transactionManager)
                    .reader(reader).processor(processor).writer(writer)
                    .faultTolerant().skip(RejectedItemException.class).skipLimit(100_000)
                    .listener(recorder).skipListener(recorder)
                    .build();
        }
    }
}
