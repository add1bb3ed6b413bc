package se.servicekontor.organization.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import se.servicekontor.platform.Role;
import se.servicekontor.testing.PostgresTest;

/**
 * Issue 16, login: throttling and lockout, no user enumeration (answer and timing), changing one's own
 * password, one-time passwords set by an administrator, and the initial administrator only once.
 */
@PostgresTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class LoginHardeningTests {

    static final String PASSWORD = "Gul cykel i regnet";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired AuthenticationProvider registerAuthenticationProvider;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void someUsers() {
        jdbc.sql("DELETE FROM attest_right").update();
        jdbc.sql("DELETE FROM employee_placement").update();
        jdbc.sql("DELETE FROM app_user").update();
        for (String name : new String[] {"anna", "dora", "erik", "frida"}) {
            users.save(new UserDetailsToSave(name, name, null, null, Set.of(Role.AGENT), true), "testare");
            users.setPasswordHash(name, passwordEncoder.encode(PASSWORD), "testare");
        }
        users.save(new UserDetailsToSave("bo", "Bo Berg", null, null, Set.of(Role.AGENT), true), "testare");
        users.save(new UserDetailsToSave("cilla", "Cilla Ek", null, null, Set.of(Role.AGENT), false), "testare");
        users.setPasswordHash("cilla", passwordEncoder.encode(PASSWORD), "testare");
    }

    @Test
    void unknownUsersWrongPasswordsAndDisabledAccountsGetTheSameAnswer() throws Exception {
        String wrongPassword = login("anna", "fel lösenord", "10.1.0.1").getRedirectedUrl();
        assertThat(wrongPassword).isEqualTo("/login?error");
        assertThat(login("finns-inte", "fel lösenord", "10.1.0.1").getRedirectedUrl()).isEqualTo(wrongPassword);
        assertThat(login("bo", "fel lösenord", "10.1.0.1").getRedirectedUrl()).isEqualTo(wrongPassword);
        assertThat(login("cilla", "fel lösenord", "10.1.0.1").getRedirectedUrl()).isEqualTo(wrongPassword);
        // a disabled account is told apart only with its right password: before the fix, any password did
        assertThatThrownBy(() -> registerAuthenticationProvider.authenticate(token("cilla", "fel lösenord")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(login("dora", PASSWORD, "10.1.0.1").getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void unknownUsersAndUsersWithoutPasswordTakeAsLongAsAWrongPassword() {
        long wrongPassword = medianNanos(() -> attempt("anna", "fel lösenord"));
        long unknown = medianNanos(() -> attempt("finns-inte", "fel lösenord"));
        long withoutPassword = medianNanos(() -> attempt("bo", "fel lösenord"));
        long disabled = medianNanos(() -> attempt("cilla", "fel lösenord"));
        System.out.printf("Login timing (median of 9, ms): wrong password %.1f, unknown user %.1f, user without password %.1f, "
                + "disabled user %.1f%n", wrongPassword / 1e6, unknown / 1e6, withoutPassword / 1e6, disabled / 1e6);
        // a BCrypt check (cost 10) takes tens of milliseconds; skipping it answers in well under one
        for (long other : new long[] {unknown, withoutPassword, disabled}) {
            assertThat((double) other / wrongPassword).isBetween(0.5, 2.0);
        }
    }

    @Test
    void fiveFailuresLockTheAccountForEveryAddressEvenWithTheRightPassword() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(login("erik", "fel lösenord " + i, "10.2.0." + i).getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(login("erik", PASSWORD, "10.2.0.99").getRedirectedUrl()).as("locked").isEqualTo("/login?error");
        assertThat(login("dora", PASSWORD, "10.2.0.99").getRedirectedUrl()).as("other accounts are not").isEqualTo("/");
        // an unknown name locks the same way, so a lockout tells nothing about who exists
        for (int i = 1; i <= 5; i++) {
            login("finns-inte-heller", "fel", "10.2.1." + i);
        }
        assertThat(login("finns-inte-heller", "fel", "10.2.1.9").getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void fiftyFailuresFromOneAddressLockThatAddress() throws Exception {
        for (int i = 0; i < 50; i++) {
            login("gissning" + i, "fel", "10.3.0.1");
        }
        assertThat(login("frida", PASSWORD, "10.3.0.1").getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(login("frida", PASSWORD, "10.3.0.2").getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheCurrentOneAndTheRule() throws Exception {
        assertThat(changeOwn("anna", "fel", "Blå båt på sjön", "Blå båt på sjön")).contains("Det nuvarande lösenordet stämmer inte");
        assertThat(changeOwn("anna", PASSWORD, "kort", "kort")).contains("minst 12 tecken");
        assertThat(changeOwn("anna", PASSWORD, "Sommar2025!!!!", "Sommar2025!!!!")).contains("för vanligt");
        assertThat(changeOwn("anna", PASSWORD, "Blå båt på sjön", "Blå båt på sjön!")).contains("inte lika");
        assertThat(users.find("anna").flatMap(u -> users.passwordHash(u.id())).orElseThrow()).satisfies(
                hash -> assertThat(passwordEncoder.matches(PASSWORD, hash)).isTrue());

        MockHttpServletResponse done = mvc.perform(post("/konto/losenord").with(user("anna").roles("AGENT")).with(csrf())
                .param("current", PASSWORD).param("password", "Blå båt på sjön").param("repeated", "Blå båt på sjön"))
                .andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/konto/losenord");
        assertThat(registerAuthenticationProvider.authenticate(token("anna", "Blå båt på sjön")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> registerAuthenticationProvider.authenticate(token("anna", PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aOneTimePasswordFromAnAdministratorMustBeChangedBeforeAnythingElse() throws Exception {
        assertThat(mvc.perform(post("/administration/anvandare/bo/losenord").with(user("admin").roles("ADMIN")).with(csrf())
                .param("password", "kort")).andReturn().getResponse().getContentAsString()).contains("minst 12 tecken");
        assertThat(mvc.perform(post("/administration/anvandare/bo/losenord").with(user("admin").roles("ADMIN")).with(csrf())
                .param("password", "Tillfälligt-Lösen-7")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/administration/organisation");
        assertThat(users.mustChangePassword("bo")).isTrue();

        var session = new org.springframework.mock.web.MockHttpSession();
        MockHttpServletResponse response = mvc.perform(post("/login").with(csrf()).session(session)
                .param("username", "bo").param("password", "Tillfälligt-Lösen-7")).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/konto/losenord");
        assertThat(mvc.perform(get("/kundcenter").session(session)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/konto/losenord");
        assertThat(mvc.perform(get("/konto/losenord").session(session)).andReturn().getResponse().getContentAsString())
                .contains("engångslösenord");

        mvc.perform(post("/konto/losenord").session(session).with(csrf())
                .param("current", "Tillfälligt-Lösen-7").param("password", "Gröna äpplen i korgen").param("repeated", "Gröna äpplen i korgen"));
        assertThat(users.mustChangePassword("bo")).isFalse();
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theInitialAdministratorIsAOneTimePasswordAndTheSettingIsIgnoredWithALogLineOnceAnAdministratorExists(
            CapturedOutput output) {
        transactions.executeWithoutResult(s -> new InitialAdministrator(users, passwordEncoder, "Första-lösen-9").createIfNeeded());
        assertThat(users.mustChangePassword("admin")).isTrue();

        transactions.executeWithoutResult(s -> new InitialAdministrator(users, passwordEncoder, "Annat-lösen-10").createIfNeeded());
        assertThat(output.getOut()).contains("initial-admin-password is set but an administrator exists: the setting is ignored");
        assertThat(registerAuthenticationProvider.authenticate(token("admin", "Första-lösen-9")).isAuthenticated()).isTrue();
    }

    private MockHttpServletResponse login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("username", username).param("password", password)).andReturn().getResponse();
    }

    private String changeOwn(String username, String current, String password, String repeated) throws Exception {
        return mvc.perform(post("/konto/losenord").with(user(username).roles("AGENT")).with(csrf()).header("Accept-Language", "sv")
                .param("current", current).param("password", password).param("repeated", repeated))
                .andReturn().getResponse().getContentAsString();
    }

    private void attempt(String username, String password) {
        try {
            registerAuthenticationProvider.authenticate(token(username, password));
        } catch (RuntimeException expected) {
            // every attempt here fails; only its duration matters
        }
    }

    private static long medianNanos(Runnable action) {
        for (int i = 0; i < 3; i++) {
            action.run();
        }
        long[] times = new long[9];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            action.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

}
