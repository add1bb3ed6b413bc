package se.servicekontor.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import se.servicekontor.Application;

/** The organisation module keeps to its public API and uses only what platform offers other modules. */
class OrganizationModuleTests {

    final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesVerify() {
        modules.verify();
    }

    @Test
    void onlyTheLookupAndItsRecordsArePublicApi() {
        ApplicationModule organization = modules.getModuleByName("organization").orElseThrow();

        assertThat(organization.getNamedInterfaces().getUnnamedInterface().asJavaClasses()
                .filter(type -> type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                .map(type -> type.getSimpleName()).toList())
                .containsExactlyInAnyOrder("CostCentreCode", "CostCentreSummary", "DepartmentCode", "DepartmentSummary",
                        "OrganisationLookup", "AttestGrant", "Step");
    }
}
