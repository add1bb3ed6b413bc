package se.servicekontor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import se.servicekontor.testing.PostgresTestDatabase;

/**
 * Issue 16, transport, against real Tomcat with the production settings (the test-wide overrides undone):
 * Secure session cookie, forwarded headers from a TLS proxy honoured (HSTS only then), and actuator only on a
 * separate management port where Prometheus scrapes without a login.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "servicekontor.storage.directory=target/test-files",
        "server.servlet.session.cookie.secure=true",
        "management.server.port=0"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(TestUsers.class)
class TransportSecurityTests {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = get(port, "/login");
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
                .contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void hstsIsSentOnlyWhenATlsProxyForwardedTheRequest() throws Exception {
        assertThat(get(port, "/login").headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> viaProxy = send(port, "/login", "X-Forwarded-Proto", "https");
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000 ; includeSubDomains");
        // and a redirect behind the proxy goes to https, not to the app's own http port
        HttpResponse<String> redirect = send(port, "/", "X-Forwarded-Proto", "https");
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).startsWith("https://");
    }

    @Test
    void actuatorIsOnlyOnTheManagementPortWherePrometheusNeedsNoLogin() throws Exception {
        assertThat(managementPort).isNotEqualTo(port).isPositive();
        HttpResponse<String> prometheus = get(managementPort, "/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
        assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/metrics").statusCode()).isEqualTo(200);

        for (String path : List.of("/actuator/metrics", "/actuator/prometheus", "/actuator/info")) {
            HttpResponse<String> onAppPort = get(port, path);
            assertThat(onAppPort.statusCode()).as(path + " on the app port").isIn(302, 403, 404);
            assertThat(onAppPort.body()).doesNotContain("jvm_memory").doesNotContain("\"names\"");
        }
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(int onPort, String path, String header, String value) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).header(header, value).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
