package se.servicekontor.organization.demo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.servicekontor.organization.importing.OrganisationImports;
import se.servicekontor.organization.register.Departments;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;

/**
 * Demo profile: on the first start (no departments, no import ever started) the demo organisation of
 * Exempelby kommun is imported from {@code servicekontor.demo.organisation-workbook} (relative to the
 * working directory), started by "system" like any other import — so it shows in Körningar and
 * Administration. Later starts leave the register alone.
 */
@Component
@Profile("demo")
class DemoOrganisationLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisationLoader.class);

    private final Departments departments;
    private final OrganisationImports imports;
    private final Path workbook;

    DemoOrganisationLoader(Departments departments, OrganisationImports imports,
                           @Value("${servicekontor.demo.organisation-workbook:batch-jobs/samples/demo-organisation.xlsx}") Path workbook) {
        this.departments = departments;
        this.imports = imports;
        this.workbook = workbook;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadOnce() {
        if (departments.count() > 0 || imports.anyStarted()) {
            return;
        }
        if (!Files.isRegularFile(workbook)) {
            log.warn("Demo organisation not loaded: {} does not exist (working directory {}). Start the application from "
                    + "the project directory or set servicekontor.demo.organisation-workbook.",
                    workbook, Path.of("").toAbsolutePath());
            return;
        }
        ReceivedFile file = imports.receive(workbook, AuditTrail.SYSTEM);
        long execution = imports.start(file, AuditTrail.SYSTEM);
        log.info("Importing the demo organisation from {} (run {})", workbook, execution);
    }
}
