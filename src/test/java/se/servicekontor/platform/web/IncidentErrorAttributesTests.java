package se.servicekontor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** Issue 16: an error page shows a correlation id, never the exception's text; the log has both. */
@ExtendWith(OutputCaptureExtension.class)
class IncidentErrorAttributesTests {

    @Test
    void theErrorPageGetsAnIdAndTheLogGetsTheDetailUnderTheSameId(CapturedOutput output) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute("jakarta.servlet.error.status_code", 500);
        request.setAttribute("jakarta.servlet.error.request_uri", "/lonecenter/x\r\nINFO forged");
        request.setAttribute("jakarta.servlet.error.exception",
                new IllegalStateException("ERROR: duplicate key value violates unique constraint \"pay_run_employee\" 19121212-1212"));

        Map<String, Object> page = new IncidentErrorAttributes().getErrorAttributes(new ServletWebRequest(request),
                ErrorAttributeOptions.of(ErrorAttributeOptions.Include.values()));

        assertThat(page).doesNotContainKeys("message", "exception", "trace", "errors");
        assertThat(page.toString()).doesNotContain("duplicate key").doesNotContain("19121212");
        String incident = (String) page.get("incident");
        assertThat(incident).matches("[0-9a-f]{4}-[0-9a-f]{4}");
        assertThat(output.getOut()).contains("Incident " + incident).contains("duplicate key")
                .contains("/lonecenter/x__INFO forged");
    }
}
