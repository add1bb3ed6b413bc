package se.servicekontor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    JobRepository jobRepository;

    @Autowired
    Clock clock;

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
    void aPayrollOfficerRunsAPreliminaryPayRunOfTheDemoMonthOnH2() {
        // The demo employments and time report are imported by jobs after the organisation; wait for all three.
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
                .until(() -> finished("organisationImportJob") && finished("employmentImportJob") && finished("timeReportImportJob"));
        WebSession officer = new WebSession("http://localhost:" + port);
        officer.login("lon1", "demo");
        String period = YearMonth.now(clock).toString();
        String wizard = officer.get("/lonecenter/lonekorning?period=" + period).body();
        HttpResponse<String> started = officer.post("/lonecenter/lonekorning/preliminar", "period=" + period + "&_csrf="
                + URLEncoder.encode(WebSession.csrfToken(wizard), StandardCharsets.UTF_8));
        assertThat(started.statusCode()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> finished("payRunJob"));
        JobExecution run = jobRepository.getLastJobExecution(jobRepository.getJobInstances("payRunJob", 0, 1).get(0));
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String page = officer.get("/lonecenter/lonekorning?period=" + period).body();
        Matcher review = Pattern.compile("href=\"(/lonecenter/lonekorning/\\d+)\"").matcher(page);
        assertThat(review.find()).as("the wizard links the calculated run's review").isTrue();
        assertThat(officer.get(review.group(1)).body()).contains("Hela körningen", "kr");
    }

    private boolean finished(String job) {
        return !jobRepository.getJobInstances(job, 0, 1).isEmpty() && jobRepository.findRunningJobExecutions(job).isEmpty();
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
    void anAgentSeesThreeMonthsOfDemoContactsInTheServiceIndicators() {
        WebSession agent = new WebSession("http://localhost:" + port);
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> agent.login("kund2", "demo").uri().getPath().equals("/"));
        String page = agent.get("/kundcenter/indikatorer").body();
        assertThat(page).contains("figure class=\"cc-chart\"", "Besvarade direkt", "Återkommande inom 7 dagar");
        assertThat(agent.get("/kundcenter").body()).contains("Nästa lönedag");
    }

    @Test
    void wrongPasswordDoesNotLogIn() {
        WebSession session = new WebSession("http://localhost:" + port);
        HttpResponse<String> response = session.login("admin", "not-the-password");
        assertThat(response.uri().getPath()).isEqualTo("/login");
        assertThat(session.get("/administration").uri().getPath()).isEqualTo("/login");
    }

    /** Actuator is on the management port only (issue 16); the app port has none of it. */
    @Test
    void healthAnswersWithoutLoginAndShowsOnlyTheStatus() {
        HttpResponse<String> health = new WebSession("http://localhost:" + managementPort).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
        WebSession anonymous = new WebSession("http://localhost:" + port);
        assertThat(anonymous.get("/actuator/metrics").body()).doesNotContain("\"names\"");
    }

    @org.springframework.boot.test.web.server.LocalManagementPort
    int managementPort;
}
