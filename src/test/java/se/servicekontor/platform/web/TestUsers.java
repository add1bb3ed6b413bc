package se.servicekontor.platform.web;

import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Test-only users, one per role, all with the password {@value #PASSWORD}, contributed the way the
 * organisation module contributes its database users: as an {@link AuthenticationProvider} bean.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers {

    public static final String PASSWORD = "test";

    @Bean
    AuthenticationProvider testUsers(PasswordEncoder encoder) {
        String hash = encoder.encode(PASSWORD);
        var users = new InMemoryUserDetailsManager(List.of(
                User.withUsername("kund1").password(hash).roles("AGENT").build(),
                User.withUsername("lon1").password(hash).roles("PAYROLL_OFFICER").build(),
                User.withUsername("eko1").password(hash).roles("ECONOMY_OFFICER").build(),
                User.withUsername("chef.skola").password(hash).roles("APPROVER", "MANAGER").build(),
                User.withUsername("admin").password(hash).roles("ADMIN").build(),
                User.withUsername("revisor").password(hash).roles("AUDITOR").build()));
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return provider;
    }
}
