package se.servicekontor.organization.users;

import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.servicekontor.platform.Role;
import se.servicekontor.platform.audit.AuditTrail;

/**
 * A fresh production installation has nobody who can log in. When no enabled administrator exists and
 * {@code servicekontor.security.initial-admin-password} (env {@code SERVICEKONTOR_SECURITY_INITIAL_ADMIN_PASSWORD})
 * is set, user {@code admin} is created (or re-enabled) with that password and the ADMIN role, audited. The
 * password is a one-time password: the first login must replace it (issue 16). Once an administrator exists
 * the property is ignored, and a log line at every start says so, so that it is removed from the environment.
 */
@Component
@ConditionalOnWebApplication
class InitialAdministrator {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final String initialPassword;

    InitialAdministrator(Users users, PasswordEncoder passwordEncoder,
                         @Value("${servicekontor.security.initial-admin-password:}") String initialPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.initialPassword = initialPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void createIfNeeded() {
        if (initialPassword.isBlank()) {
            return;
        }
        if (users.anyEnabledWith(Role.ADMIN)) {
            log.warn("servicekontor.security.initial-admin-password is set but an administrator exists: the setting is "
                    + "ignored. Remove SERVICEKONTOR_SECURITY_INITIAL_ADMIN_PASSWORD from the environment.");
            return;
        }
        AppUser admin = users.find(USERNAME).orElse(null);
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        if (admin != null) {
            roles.addAll(admin.roles());
        }
        users.save(new UserDetailsToSave(USERNAME, admin == null ? "Administratör" : admin.displayName(),
                admin == null ? null : admin.email(), admin == null ? null : admin.department(), roles, true), AuditTrail.SYSTEM);
        users.setOneTimePasswordHash(USERNAME, passwordEncoder.encode(initialPassword), AuditTrail.SYSTEM);
        log.warn("No enabled administrator existed: user '{}' now has the ADMIN role and the initial password. "
                + "It must be changed at the first login.", USERNAME);
    }
}
