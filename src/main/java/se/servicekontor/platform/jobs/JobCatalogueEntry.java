package se.servicekontor.platform.jobs;

import java.util.List;
import java.util.Set;

import se.servicekontor.platform.Role;

/**
 * What Körningar needs to know about a job: who may see and run it and which parameters an officer
 * fills in to start it. Each module declares one bean per job it owns.
 *
 * @param jobName    the Spring Batch job name, e.g. {@code organisationImportJob}
 * @param titleKey   message key of the job's title (e.g. {@code job.organisationImportJob})
 * @param roles      roles that may see, start, stop and restart it (AUDITOR always sees, never runs)
 * @param parameters what an officer fills in on the start form
 */
public record JobCatalogueEntry(String jobName, String titleKey, Set<Role> roles, List<Parameter> parameters) {

    /** A start parameter: its job parameter name, message key of its label, and whether it is required. */
    public record Parameter(String name, String labelKey, boolean required) {
    }
}
