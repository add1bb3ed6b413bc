package se.servicekontor.platform;

import java.util.Arrays;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Refuses to start a configuration that is a mistake in a real installation (issue 16), before any bean is
 * created, with a message that says which setting to change:
 * <ul>
 * <li>a web server outside the demo profile on the embedded H2 database with its default user {@code sa} and no
 * password, unless {@code servicekontor.security.allow-embedded-database=true} says it is meant (a trial
 * installation); the command-line runs may use it, they read what the web application wrote;</li>
 * <li>the demo profile (demo passwords for every user) on PostgreSQL, unless
 * {@code servicekontor.demo.allow-postgresql=true} (env {@code SERVICEKONTOR_DEMO_ALLOW_POSTGRESQL}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DeploymentSafety {

    @Bean
    static BeanFactoryPostProcessor deploymentSafetyCheck(Environment environment) {
        return beanFactory -> check(environment);
    }

    static void check(Environment env) {
        boolean demo = Arrays.asList(env.getActiveProfiles()).contains("demo");
        String url = env.getProperty("spring.datasource.url", "");
        boolean web = !"none".equalsIgnoreCase(env.getProperty("spring.main.web-application-type", ""));
        if (demo && url.startsWith("jdbc:postgresql:")
                && !env.getProperty("servicekontor.demo.allow-postgresql", Boolean.class, false)) {
            throw new IllegalStateException("The demo profile lets every user log in with the demo password and must not "
                    + "reach a real database: it refuses PostgreSQL (" + url.replaceAll("\\?.*", "") + "). Start without the "
                    + "demo profile, or set SERVICEKONTOR_DEMO_ALLOW_POSTGRESQL=true for a demo database.");
        }
        if (!demo && web && url.startsWith("jdbc:h2:")
                && "sa".equalsIgnoreCase(env.getProperty("spring.datasource.username", ""))
                && env.getProperty("spring.datasource.password", "").isEmpty()
                && !env.getProperty("servicekontor.security.allow-embedded-database", Boolean.class, false)) {
            throw new IllegalStateException("No database is configured: the embedded H2 database with user 'sa' and no "
                    + "password is for trying the application only. Set SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD to "
                    + "PostgreSQL, or SERVICEKONTOR_SECURITY_ALLOW_EMBEDDED_DATABASE=true for a trial installation, or "
                    + "start with the demo profile.");
        }
    }
}
