package se.servicekontor.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import se.servicekontor.shared.LogSafe;

/**
 * The password login behind a {@link LoginThrottle}: while an account or address is locked, logins are refused
 * with the same answer as a wrong password, without checking the password.
 */
final class ThrottledAuthenticationManager implements AuthenticationManager {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationManager.class);

    private final AuthenticationManager delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationManager(AuthenticationManager delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
            return delegate.authenticate(authentication);
        }
        String account = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (throttle.isLocked(account, address)) {
            log.warn("Login refused while locked out: account '{}' from {}", LogSafe.of(account), LogSafe.of(address));
            throw new BadCredentialsException("Fel användarnamn eller lösenord");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(account);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(account, address);
            log.info("Login failed: account '{}' from {}", LogSafe.of(account), LogSafe.of(address));
            throw e;
        }
    }
}
