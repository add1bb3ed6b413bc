package se.servicekontor.organization.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: every enabled user of the register logs in with the demo password
 * ({@code servicekontor.demo.password}, "demo" in application-demo.yml), so the imported demo
 * organisation can be tried in every role. Outside the demo profile this bean does not exist.
 * A wrong password is left to the other providers (returns null).
 */
@Component
@Profile("demo")
@ConditionalOnWebApplication
class DemoPasswordAuthenticationProvider implements AuthenticationProvider {

    private final UserDetailsService users;
    private final byte[] demoPassword;

    DemoPasswordAuthenticationProvider(UserDetailsService registerUserDetailsService,
                                       @Value("${servicekontor.demo.password:}") String demoPassword) {
        this.users = registerUserDetailsService;
        this.demoPassword = demoPassword.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object credentials = authentication.getCredentials();
        if (demoPassword.length == 0 || credentials == null
                || !MessageDigest.isEqual(demoPassword, credentials.toString().getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(authentication.getName());
        } catch (UsernameNotFoundException e) {
            return null;
        }
        if (!user.isEnabled()) {
            return null;
        }
        // like a password login through the register: the roles plus the password factor (Spring Security 7)
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
