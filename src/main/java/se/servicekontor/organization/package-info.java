/**
 * Organisation: departments (förvaltningar), cost centres (ansvar), employees' placement, users and
 * their roles, and the attest register (who may review or decide on invoices of which cost centre, up
 * to what amount, when, and who substitutes). An administrator maintains it all by importing one
 * Excel workbook ({@code organisationImportJob}).
 *
 * <p>Other modules read it through {@link se.servicekontor.organization.OrganisationLookup} and the
 * code and summary records of this package; everything else is internal.
 */
@ApplicationModule(displayName = "Organisation",
        allowedDependencies = {"platform", "platform :: audit", "platform :: documents", "platform :: jobs", "shared"})
package se.servicekontor.organization;

import org.springframework.modulith.ApplicationModule;
