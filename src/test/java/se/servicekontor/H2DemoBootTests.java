package se.servicekontor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import se.servicekontor.testing.WebSession;

/**
 * The way users start: the demo profile on an H2 file database. The application boots, Flyway builds
 * the schema, the demo organisation is imported, and every demo user can log in and open the areas
 * their role may see (and is refused the others).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/h2-boot-test/servicekontor-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "servicekontor.storage.directory=target/h2-boot-test/files"})
@ActiveProfiles("demo")
class H2DemoBootTests {

    @LocalServerPort
    int port;

    private static final Map<String, String> AREAS = Map.of(
            "/kundcenter", "kund1",
            "/lonecenter", "lon1",
            "/ekonomicenter", "eko1",
            "/attestera", "chef.skola",
            "/oversikt", "chef.skola",
            "/korningar", "admin",
            "/administration", "admin");

    @Test
    void demoUsersLogInAndOpenTheirAreas() {
        WebSession admin = new WebSession("http://localhost:" + port);
        // The demo organisation is imported by a job after start-up; log in once it is there.
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> admin.login("admin", "demo").uri().getPath().equals("/"));

        AREAS.forEach((path, user) -> {
            WebSession session = new WebSession("http://localhost:" + port);
            HttpResponse<String> home = session.login(user, "demo");
            assertThat(home.uri().getPath()).as("%s lands on the start page", user).isEqualTo("/");
            HttpResponse<String> page = session.get(path);
            assertThat(page.statusCode()).as("%s opens %s", user, path).isEqualTo(200);
            assertThat(page.body()).contains("<main");
        });
    }

    @Test
    void anAgentIsRefusedThePayrollCentre() {
        WebSession agent = new WebSession("http://localhost:" + port);
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> agent.login("kund1", "demo").uri().getPath().equals("/"));
        assertThat(agent.get("/lonecenter").statusCode()).isEqualTo(403);
        assertThat(agent.get("/administration").statusCode()).isEqualTo(403);
    }

    @Test
    void wrongPasswordDoesNotLogIn() {
        WebSession session = new WebSession("http://localhost:" + port);
        HttpResponse<String> response = session.login("admin", "not-the-password");
        assertThat(response.uri().getPath()).isEqualTo("/login");
        assertThat(session.get("/administration").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void healthAnswersWithoutLoginAndShowsOnlyTheStatus() {
        WebSession anonymous = new WebSession("http://localhost:" + port);
        HttpResponse<String> health = anonymous.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
        assertThat(anonymous.get("/actuator/metrics").uri().getPath()).isEqualTo("/login");
    }
}
