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
        AccountStatusUserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> {
            if (user.getPassword() == null || user.getPassword().isEmpty()) {
                throw new BadCredentialsException("Användaren har inget lösenord");
            }
            accountStatus.check(user);
        });
        return provider;
    }
}
