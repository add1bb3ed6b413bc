package se.servicekontor.organization.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.platform.Role;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.testing.PostgresTest;

/** Logging in as a user of the register, the demo password, the first administrator and audited role changes. */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
class OrganisationLoginTests {

    @Autowired Users users;
    @Autowired UserDetailsService userDetailsService;
    @Autowired AuthenticationProvider registerAuthenticationProvider;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationContext context;

    @BeforeEach
    void someUsers() {
        jdbc.sql("DELETE FROM attest_right").update();
        jdbc.sql("DELETE FROM employee_placement").update();
        jdbc.sql("DELETE FROM app_user").update();
        users.save(new UserDetailsToSave("anna", "Anna Lind", null, null, Set.of(Role.APPROVER, Role.MANAGER), true), "testare");
        users.setPasswordHash("anna", passwordEncoder.encode("Rätt-lösen-1"), "testare");
        users.save(new UserDetailsToSave("bo", "Bo Berg", null, null, Set.of(Role.AGENT), true), "testare");
        users.save(new UserDetailsToSave("cilla", "Cilla Ek", null, null, Set.of(Role.AGENT), false), "testare");
        users.setPasswordHash("cilla", passwordEncoder.encode("Rätt-lösen-1"), "testare");
    }

    @Test
    void aUserLogsInWithTheirPasswordAndGetsTheirRolesAsAuthorities() {
        Authentication login = registerAuthenticationProvider.authenticate(token("Anna", "Rätt-lösen-1"));

        assertThat(login.isAuthenticated()).isTrue();
        assertThat(login.getName()).isEqualTo("anna");
        assertThat(login.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_APPROVER", "ROLE_MANAGER", "FACTOR_PASSWORD");
        assertThatThrownBy(() -> registerAuthenticationProvider.authenticate(token("anna", "fel")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aUserWithoutPasswordOrDisabledCannotLogIn() {
        assertThatThrownBy(() -> registerAuthenticationProvider.authenticate(token("bo", "")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> registerAuthenticationProvider.authenticate(token("bo", "demo")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> registerAuthenticationProvider.authenticate(token("cilla", "Rätt-lösen-1")))
                .isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> registerAuthenticationProvider.authenticate(token("okand", "x")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void theDemoPasswordWorksForEnabledUsersOnlyAndOnlyInTheDemoProfile() {
        assertThat(context.getBeansOfType(DemoPasswordAuthenticationProvider.class)).isEmpty();
        var demo = new DemoPasswordAuthenticationProvider(userDetailsService, "demo");

        assertThat(demo.authenticate(token("bo", "demo")).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_AGENT", "FACTOR_PASSWORD");
        assertThat(demo.authenticate(token("bo", "Demo"))).isNull();
        assertThat(demo.authenticate(token("cilla", "demo"))).isNull();
        assertThat(demo.authenticate(token("okand", "demo"))).isNull();
        assertThat(new DemoPasswordAuthenticationProvider(userDetailsService, "").authenticate(token("bo", ""))).isNull();
    }

    @Test
    void roleChangesAreAuditedBeforeAndAfterAndOnlyWhenTheyChange() {
        long before = count("organisation.user.roles");
        users.save(new UserDetailsToSave("bo", "Bo Berg", null, null, Set.of(Role.AGENT, Role.APPROVER), true), "admin");
        users.save(new UserDetailsToSave("bo", "Bo Berg", null, null, Set.of(Role.AGENT, Role.APPROVER), true), "admin");

        assertThat(count("organisation.user.roles")).isEqualTo(before + 1);
        assertThat(audit.latest("organisation.user.roles", 1)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.subject()).isEqualTo("användare bo");
            assertThat(entry.before()).isEqualTo("AGENT");
            assertThat(entry.after()).isEqualTo("AGENT, APPROVER");
        });
    }

    @Test
    void theFirstAdministratorIsCreatedFromThePropertyOnlyWhenNoneCanLogIn() {
        transactions.executeWithoutResult(s -> new InitialAdministrator(users, passwordEncoder, "Första-lösen-9").createIfNeeded());

        AppUser admin = users.find("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.enabled()).isTrue();
        assertThat(registerAuthenticationProvider.authenticate(token("admin", "Första-lösen-9")).getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactlyInAnyOrder("ROLE_ADMIN", "FACTOR_PASSWORD");
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'").query(String.class).single())
                .doesNotContain("Första-lösen-9");
        assertThat(audit.latest("organisation.user.password", 1).get(0).subject()).isEqualTo("användare admin");

        transactions.executeWithoutResult(s -> new InitialAdministrator(users, passwordEncoder, "Annat-lösen").createIfNeeded());
        assertThatThrownBy(() -> registerAuthenticationProvider.authenticate(token("admin", "Annat-lösen")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void withoutThePropertyNoAdministratorIsCreated() {
        transactions.executeWithoutResult(s -> new InitialAdministrator(users, passwordEncoder, "").createIfNeeded());

        assertThat(users.find("admin")).isEmpty();
        assertThat(users.anyEnabledWith(Role.ADMIN)).isFalse();
    }

    private long count(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ?").param(action).query(Long.class).single();
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
