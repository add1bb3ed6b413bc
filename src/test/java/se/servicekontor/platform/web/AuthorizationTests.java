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
            // Referensdata: payroll officers read it (the pay run's refusal links there); only administrators change it
            new Rule("/administration/referensdata", EnumSet.of(Role.PAYROLL_OFFICER, Role.ADMIN, Role.AUDITOR), EnumSet.of(Role.ADMIN)),
            new Rule("/administration", EnumSet.of(Role.ADMIN, Role.AUDITOR), EnumSet.of(Role.ADMIN)),
            new Rule("/arkiv", EnumSet.of(Role.PAYROLL_OFFICER, Role.ECONOMY_OFFICER, Role.ADMIN, Role.AUDITOR), EnumSet.noneOf(Role.class)),
            new Rule("/konto", ALL, ALL), // issue 16: one's own password
            new Rule("/", ALL, ALL));

    /** Public paths: anyone, logged in or not. */
    private static final Set<String> PUBLIC = Set.of("/login", "/error", "/e-tjanst/faktura");

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
        StringBuilder matrix = new StringBuilder(MATRIX_HEADER);
        for (Endpoint endpoint : endpoints()) {
            if (PUBLIC.contains(endpoint.pattern())) {
                matrix.append("| `").append(endpoint).append("` |").append(" public |".repeat(Role.values().length + 1)).append('\n');
                continue;
            }
            Rule rule = POLICY.stream().filter(r -> r.covers(endpoint.pattern())).findFirst().orElse(null);
            if (rule == null || (rule.prefix().equals("/") && !endpoint.pattern().equals("/"))) {
                uncovered.add(endpoint.toString());
                continue;
            }
            Set<Role> allowed = endpoint.method() == HttpMethod.GET ? rule.read() : rule.change();
            matrix.append("| `").append(endpoint).append("` |");
            for (Role role : Role.values()) {
                MockHttpServletResponse response = mvc.perform(request(endpoint)
                        .with(user("policy-" + role.name().toLowerCase()).roles(role.name()))).andReturn().getResponse();
                boolean denied = response.getStatus() == 403;
                matrix.append(denied ? " – |" : " **yes** |");
                if (denied == allowed.contains(role)) {
                    wrong.put(endpoint + " as " + role, allowed.contains(role) ? "denied (403) but the policy allows it"
                            : "allowed (" + response.getStatus() + ") but the policy denies it");
                }
                checked++;
            }
            MockHttpServletResponse anonymous = mvc.perform(request(endpoint)).andReturn().getResponse();
            boolean sentToLogin = anonymous.getStatus() == 302 && String.valueOf(anonymous.getRedirectedUrl()).endsWith("/login");
            matrix.append(sentToLogin ? " login |" : " " + anonymous.getStatus() + " |").append('\n');
            if (!sentToLogin && anonymous.getStatus() != 401 && anonymous.getStatus() != 403) {
                wrong.put(endpoint + " anonymous", "answered " + anonymous.getStatus() + " instead of sending to the login page");
            }
        }
        writeMatrix(matrix);
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

    // --- issue 16: the matrix as a report, every handler with @PreAuthorize, method security as the second wall ---

    private static final String MATRIX_HEADER = "# Authorization matrix\n\nGenerated by `AuthorizationTests` from the handler "
            + "mappings (every endpoint × every role; a path variable is 999999). **yes** = the role gets past both walls "
            + "(URL rules and `@PreAuthorize`), – = 403; anonymous callers are sent to the login page. Department scoping "
            + "(own/other department) is decided inside the handlers and tested per feature.\n\n| Endpoint | "
            + String.join(" | ", java.util.Arrays.stream(Role.values()).map(Role::name).toList()) + " | anonymous |\n|---|"
            + "---|".repeat(Role.values().length + 1) + "\n";

    private static void writeMatrix(StringBuilder matrix) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Path.of("target", "authz-matrix.md");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, matrix);
        System.out.println("Authorization matrix written to " + file.toAbsolutePath());
    }

    @Test
    void everyHandlerMethodStatesItsRoleWithPreAuthorize() {
        Set<String> without = new TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            if (isOurs(handler) && !hasPreAuthorize(handler)) {
                without.add(handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + " " + info);
            }
        });
        assertThat(handlerMapping.getHandlerMethods().values().stream().filter(AuthorizationTests::isOurs).count())
                .as("handlers of the application found").isGreaterThan(30);
        assertThat(without).as("handlers without @PreAuthorize (on the method or its class)").isEmpty();
    }

    /**
     * The second wall: a handler bean called directly (past the URL rules) by a role the policy denies is refused
     * by method security before it runs. Arguments are nulls/zeros: the call must never get as far as using them.
     */
    @Test
    void handlerBeansCalledDirectlyWithAWrongRoleAreRefusedByMethodSecurity() throws Exception {
        Map<String, String> ran = new LinkedHashMap<>();
        int refused = 0;
        for (var entry : handlerMapping.getHandlerMethods().entrySet()) {
            org.springframework.web.method.HandlerMethod handler = entry.getValue();
            if (!isOurs(handler)) {
                continue;
            }
            for (Endpoint endpoint : endpointsOf(entry.getKey())) {
                Rule rule = POLICY.stream().filter(r -> r.covers(endpoint.pattern())).findFirst().orElse(null);
                if (PUBLIC.contains(endpoint.pattern()) || rule == null) {
                    continue;
                }
                Set<Role> allowed = endpoint.method() == HttpMethod.GET ? rule.read() : rule.change();
                Role wrongRole = java.util.Arrays.stream(Role.values()).filter(r -> !allowed.contains(r)).findFirst().orElse(null);
                if (wrongRole == null) {
                    continue; // every role may: nothing to refuse
                }
                Object bean = context.getBean((String) handler.getBean());
                java.lang.reflect.Method method = handler.getMethod();
                method.setAccessible(true);
                var securityContext = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
                securityContext.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                        .authenticated("wall-test", null, List.of(new org.springframework.security.core.authority
                                .SimpleGrantedAuthority(wrongRole.authority()))));
                org.springframework.security.core.context.SecurityContextHolder.setContext(securityContext);
                try {
                    method.invoke(bean, defaultArguments(method));
                    ran.put(endpoint + " " + method.getName(), "ran for " + wrongRole);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    if (e.getCause() instanceof org.springframework.security.access.AccessDeniedException) {
                        refused++;
                    } else {
                        ran.put(endpoint + " " + method.getName(), "ran for " + wrongRole + " and failed with " + e.getCause());
                    }
                } finally {
                    org.springframework.security.core.context.SecurityContextHolder.clearContext();
                }
            }
        }
        System.out.println("Method security: " + refused + " direct handler calls with a wrong role refused");
        assertThat(ran).as("handlers whose method security let a wrong role in").isEmpty();
        assertThat(refused).isGreaterThan(20);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    private static boolean isOurs(org.springframework.web.method.HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith("se.servicekontor.");
    }

    private static boolean hasPreAuthorize(org.springframework.web.method.HandlerMethod handler) {
        return org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(handler.getMethod(),
                org.springframework.security.access.prepost.PreAuthorize.class)
                || org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(handler.getBeanType(),
                org.springframework.security.access.prepost.PreAuthorize.class);
    }

    private static Object[] defaultArguments(java.lang.reflect.Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == boolean.class) {
                args[i] = false;
            } else if (types[i] == char.class) {
                args[i] = '0';
            } else if (types[i].isPrimitive()) {
                args[i] = java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(types[i], 1), 0);
            }
        }
        return args;
    }

    private static List<Endpoint> endpointsOf(RequestMappingInfo info) {
        List<Endpoint> endpoints = new ArrayList<>();
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
        return endpoints;
    }

    // --- end issue 16 ---

    private record Endpoint(HttpMethod method, String pattern) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            endpoints.addAll(endpointsOf(info));
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
