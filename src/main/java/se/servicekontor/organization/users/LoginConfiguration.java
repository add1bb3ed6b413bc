package se.servicekontor.organization.users;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password login against the register: the stored hash checked with the application's
 * {@link PasswordEncoder} (platform.web defines it). Users without a password cannot log in this way.
 * Web application only: the command line ({@code web-application-type=none}) needs no login.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class LoginConfiguration {

    @Bean
    DaoAuthenticationProvider registerAuthenticationProvider(UserDetailsService registerUserDetailsService,
                                                             PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(registerUserDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        // No user enumeration (issue 16): a user without a password costs one BCrypt like any other, and whether
        // an account is disabled is told only to someone who knows its password (the check runs after it).
        String dummyHash = passwordEncoder.encode("no user has this password " + System.nanoTime());
        AccountStatusUserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> {
            if (user.getPassword() == null || user.getPassword().isEmpty()) {
                passwordEncoder.matches("a password", dummyHash);
                throw new BadCredentialsException("Användaren har inget lösenord");
            }
        });
        provider.setPostAuthenticationChecks(accountStatus::check);
        return provider;
    }
}
