package se.servicekontor.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Issue 16, config: no production start on the default H2 'sa', no demo passwords on PostgreSQL by accident. */
class DeploymentSafetyTests {

    static final String H2 = "jdbc:h2:file:./data/servicekontor;MODE=PostgreSQL";
    static final String POSTGRES = "jdbc:postgresql://db:5432/servicekontor?reWriteBatchedInserts=true";

    @Test
    void aWebServerOutsideTheDemoRefusesTheDefaultH2UserWithoutTheExplicitSetting() {
        assertThatThrownBy(() -> DeploymentSafety.check(env(H2, "sa", "")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SERVICEKONTOR_SECURITY_ALLOW_EMBEDDED_DATABASE");
        assertThatCode(() -> DeploymentSafety.check(env(H2, "sa", "").withProperty("servicekontor.security.allow-embedded-database", "true")))
                .doesNotThrowAnyException();
        assertThatCode(() -> DeploymentSafety.check(env(H2, "sk", "hemligt-lösen"))).doesNotThrowAnyException();
        assertThatCode(() -> DeploymentSafety.check(env(POSTGRES, "sk", "x"))).doesNotThrowAnyException();
        assertThatCode(() -> DeploymentSafety.check(env(H2, "sa", "").withProperty("spring.main.web-application-type", "none")))
                .as("the command-line runs").doesNotThrowAnyException();
        MockEnvironment demo = env(H2, "sa", "");
        demo.setActiveProfiles("demo");
        assertThatCode(() -> DeploymentSafety.check(demo)).doesNotThrowAnyException();
    }

    @Test
    void theDemoProfileRefusesPostgresqlUnlessAllowed() {
        MockEnvironment demo = env(POSTGRES, "sk", "x");
        demo.setActiveProfiles("demo");
        assertThatThrownBy(() -> DeploymentSafety.check(demo))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SERVICEKONTOR_DEMO_ALLOW_POSTGRESQL")
                .hasMessageNotContaining("reWriteBatchedInserts");
        demo.setProperty("servicekontor.demo.allow-postgresql", "true");
        assertThatCode(() -> DeploymentSafety.check(demo)).doesNotThrowAnyException();
    }

    private static MockEnvironment env(String url, String user, String password) {
        return new MockEnvironment().withProperty("spring.datasource.url", url)
                .withProperty("spring.datasource.username", user).withProperty("spring.datasource.password", password);
    }
}
