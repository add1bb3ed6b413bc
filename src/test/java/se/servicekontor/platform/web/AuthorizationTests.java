package se.servicekontor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.servicekontor.platform.Role;
import se.servicekontor.testing.PostgresTest;

/**
 * Every handler of the application, for every role and for an anonymous caller: allowed or denied as
 * the office's policy below says. A handler whose path no rule covers fails the test, so a new endpoint
 * cannot ship without a decision about who may use it.
 */
@PostgresTest
@AutoConfigureMockMvc
class AuthorizationTests {

    /** Who may read (GET) and who may change (POST, PUT, DELETE) each area. AUDITOR reads everything, changes nothing. */
    private record Rule(String prefix, Set<Role> read, Set<Role> change) {
        boolean covers(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
    }

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);

    private static final List<Rule> POLICY = List.of(
            new Rule("/kundcenter", EnumSet.of(Role.AGENT, Role.ADMIN, Role.AUDITOR), EnumSet.of(Role.AGENT, Role.ADMIN)),
            // Payslips, the salary payment file and AGI: personal data and money leaving — payroll officers only (issue 19)
            new Rule("/lonecenter/utbetalning", EnumSet.of(Role.PAYROLL_OFFICER), EnumSet.of(Role.PAYROLL_OFFICER)),
            new Rule("/lonecenter", EnumSet.of(Role.PAYROLL_OFFICER, Role.ADMIN, Role.AUDITOR), EnumSet.of(Role.PAYROLL_OFFICER, Role.ADMIN)),
            new Rule("/ekonomicenter", EnumSet.of(Role.ECONOMY_OFFICER, Role.ADMIN, Role.AUDITOR), EnumSet.of(Role.ECONOMY_OFFICER, Role.ADMIN)),
            new Rule("/attestera", EnumSet.of(Role.APPROVER), EnumSet.of(Role.APPROVER)),
            new Rule("/oversikt", EnumSet.of(Role.APPROVER, Role.MANAGER, Role.ADMIN, Role.AUDITOR), EnumSet.noneOf(Role.class)),
            new Rule("/korningar", EnumSet.of(Role.PAYROLL_OFFICER, Role.ECONOMY_OFFICER, Role.ADMIN, Role.AUDITOR),
                    EnumSet.of(Role.PAYROLL_OFFICER, Role.ECONOMY_OFFICER, Role.ADMIN)),
            new Rule("/administration", EnumSet.of(Role.ADMIN, Role.AUDITOR), EnumSet.of(Role.ADMIN)),
            new Rule("/arkiv", EnumSet.of(Role.PAYROLL_OFFICER, Role.ECONOMY_OFFICER, Role.ADMIN, Role.AUDITOR), EnumSet.noneOf(Role.class)),
            new Rule("/", ALL, ALL));

    /** Public paths: anyone, logged in or not. */
    private static final Set<String> PUBLIC = Set.of("/login", "/error");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyHandlerAllowsExactlyThePolicysRoles() throws Exception {
        Map<String, String> wrong = new LinkedHashMap<>();
        Set<String> uncovered = new TreeSet<>();
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            if (PUBLIC.contains(endpoint.pattern())) {
                continue;
            }
            Rule rule = POLICY.stream().filter(r -> r.covers(endpoint.pattern())).findFirst().orElse(null);
            if (rule == null || (rule.prefix().equals("/") && !endpoint.pattern().equals("/"))) {
                uncovered.add(endpoint.toString());
                continue;
            }
            Set<Role> allowed = endpoint.method() == HttpMethod.GET ? rule.read() : rule.change();
            for (Role role : Role.values()) {
                MockHttpServletResponse response = mvc.perform(request(endpoint)
                        .with(user("policy-" + role.name().toLowerCase()).roles(role.name()))).andReturn().getResponse();
                boolean denied = response.getStatus() == 403;
                if (denied == allowed.contains(role)) {
                    wrong.put(endpoint + " as " + role, allowed.contains(role) ? "denied (403) but the policy allows it"
                            : "allowed (" + response.getStatus() + ") but the policy denies it");
                }
                checked++;
            }
            MockHttpServletResponse anonymous = mvc.perform(request(endpoint)).andReturn().getResponse();
            boolean sentToLogin = anonymous.getStatus() == 302 && String.valueOf(anonymous.getRedirectedUrl()).endsWith("/login");
            if (!sentToLogin && anonymous.getStatus() != 401 && anonymous.getStatus() != 403) {
                wrong.put(endpoint + " anonymous", "answered " + anonymous.getStatus() + " instead of sending to the login page");
            }
        }
        assertThat(uncovered).as("handlers that no rule of the policy covers — add a rule").isEmpty();
        assertThat(wrong).as("handlers that do not follow the policy").isEmpty();
        assertThat(checked).as("role checks made").isGreaterThan(50);
    }

    @Test
    void actuatorHealthIsPublicAndTheRestNeedsAdmin() throws Exception {
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
        for (String path : List.of("/actuator/info", "/actuator/metrics", "/actuator/prometheus")) {
            for (Role role : Role.values()) {
                int status = mvc.perform(MockMvcRequestBuilders.get(path).with(user("x").roles(role.name())))
                        .andReturn().getResponse().getStatus();
                if (role == Role.ADMIN) {
                    assertThat(status).as("%s as ADMIN", path).isEqualTo(200);
                } else {
                    assertThat(status).as("%s as %s", path, role).isEqualTo(403);
                }
            }
        }
    }

    private record Endpoint(HttpMethod method, String pattern) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(HttpMethod.GET, pattern));
                    endpoints.add(new Endpoint(HttpMethod.POST, pattern));
                }
                for (RequestMethod m : methods) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern));
                }
            }
        }
        endpoints.sort((a, b) -> a.toString().compareTo(b.toString()));
        return endpoints;
    }

    /** A request to a concrete path: every {variable} becomes 999999, which exists nowhere. */
    private static MockHttpServletRequestBuilder request(Endpoint endpoint) {
        String path = endpoint.pattern().replaceAll("\\{[^}]+}", "999999");
        return MockMvcRequestBuilders.request(endpoint.method(), path).with(csrf());
    }
}
