package se.servicekontor.organization;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * For page tests before platform.web is merged: method security on (platform.web's
 * SecurityConfiguration will switch it on for real) and a stand-in {@code layout} template from
 * {@code test-templates/}, resolved first but only for names that exist there, so the module's own
 * templates are the real ones.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
public class OrganisationWebTestConfiguration {

    @Bean
    SpringResourceTemplateResolver testLayoutTemplateResolver() {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setPrefix("classpath:/test-templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(0);
        return resolver;
    }
}
