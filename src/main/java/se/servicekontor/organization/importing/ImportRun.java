package se.servicekontor.organization.importing;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.jobs.JobConventions;

/** Names and parameters of {@code organisationImportJob} that its parts share. */
final class ImportRun {

    static final String JOB_NAME = "organisationImportJob";
    /** Identifying job parameter: the id of the workbook in ReceivedFiles. */
    static final String FILE_ID = "fileId";
    /** ReceivedFiles purpose of organisation workbooks. */
    static final String PURPOSE = "organisation";
    /** Job context: why the file was refused (set by the check step). */
    static final String REFUSAL = "organisation.refusal";
    /** Job context: the sheets the workbook has, comma-separated titles. */
    static final String SHEETS = "organisation.sheets";
    /** Exit status of the check step when the file is refused. */
    static final String REFUSED = "REFUSED";

    private ImportRun() {
    }

    static long fileId(JobParameters parameters) {
        String value = parameters.getString(FILE_ID);
        if (value == null) {
            throw new IllegalArgumentException("Parametern " + FILE_ID + " saknas: importen startas genom att ladda upp en fil.");
        }
        return Long.parseLong(value.strip());
    }

    static String startedBy(JobExecution execution) {
        String startedBy = execution.getJobParameters().getString(JobConventions.STARTED_BY);
        return startedBy == null || startedBy.isBlank() ? AuditTrail.SYSTEM : startedBy;
    }
}
