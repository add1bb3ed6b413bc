package se.servicekontor.organization.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import se.servicekontor.platform.documents.SafeWorkbooks;

/**
 * Limits of the organisation import ({@code servicekontor.organisation.*}).
 *
 * @param maxUploadBytes  a larger file is kept but refused (default 20 MB)
 * @param maxRowsPerSheet a sheet with more data rows refuses the whole file (default 50 000)
 * @param chunkSize       rows per transaction (default 500)
 */
@ConfigurationProperties("servicekontor.organisation")
record OrganisationImportProperties(@DefaultValue("20971520") long maxUploadBytes,
                                    @DefaultValue("50000") int maxRowsPerSheet,
                                    @DefaultValue("500") int chunkSize) {

    SafeWorkbooks.Limits workbookLimits() {
        return SafeWorkbooks.Limits.DEFAULT;
    }
}
