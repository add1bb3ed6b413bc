package se.servicekontor.organization;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the organisation tests need from modules built in parallel: a {@link PasswordEncoder}, which
 * platform.web defines. Registered only when no other bean definition provides one (checked after all
 * configuration classes are read), so it steps aside once platform.web is merged.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OrganisationTestConfiguration {

    @Bean
    static BeanDefinitionRegistryPostProcessor organisationTestPasswordEncoder() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                if (registry instanceof ConfigurableListableBeanFactory factory
                        && factory.getBeanNamesForType(PasswordEncoder.class, true, false).length == 0) {
                    registry.registerBeanDefinition("testPasswordEncoder",
                            new RootBeanDefinition(BCryptPasswordEncoder.class));
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            }
        };
    }
}
