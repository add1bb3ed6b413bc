package se.servicekontor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.servicekontor.testing.PostgresTest;

/** Every page carries the security headers, and no page needs what the CSP forbids: no inline script or style. */
@PostgresTest
@AutoConfigureMockMvc
@Import(TestUsers.class)
class SecurityHeadersTests {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** A script element without a src attribute, i.e. inline script. */
    static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Test
    void loginPageCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", CSP))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void pagesOfALoggedInUserCarryTheSecurityHeadersToo() throws Exception {
        for (String page : new String[] {"/", "/administration", "/administration/granskningslogg", "/korningar"}) {
            mvc.perform(get(page).with(ADMIN))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy", CSP))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
    }

    @Test
    void loginAndHomePagesHaveNoInlineScriptStyleOrEventHandlers() throws Exception {
        assertNothingInline(html(get("/login")));
        assertNothingInline(html(get("/").with(ADMIN)));
    }

    @Test
    void everyShellPageIsFreeOfInlineCode() throws Exception {
        for (String page : new String[] {"/kundcenter", "/lonecenter", "/ekonomicenter", "/oversikt", "/administration",
                "/administration/granskningslogg", "/korningar"}) {
            assertNothingInline(html(get(page).with(ADMIN)));
        }
        assertNothingInline(html(get("/attestera").with(user("chef").roles("APPROVER"))));
    }

    @Test
    void htmxComesFromTheJarAndInjectsNoStylesAndEveryRequestCarriesTheCsrfToken() throws Exception {
        String home = html(get("/").with(ADMIN));
        assertThat(home).contains("<script src=\"/webjars/htmx.org/2.0.8/dist/htmx.min.js\" defer></script>");
        assertThat(home).contains("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false");
        assertThat(home).containsPattern("<body hx-headers='\\{&quot;X-CSRF-TOKEN&quot;: &quot;[A-Za-z0-9_=-]{20,}&quot;\\}'>");
        mvc.perform(get("/webjars/htmx.org/2.0.8/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/css/designsystemet/designsystemet.css")).andExpect(status().isOk());
        mvc.perform(get("/css/servicekontor.css")).andExpect(status().isOk());
    }

    @Test
    void theTokenInHxHeadersIsAcceptedAsTheCsrfHeaderOfAnHtmxPost() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String home = html(get("/").with(ADMIN).session(session));
        Matcher token = Pattern.compile("&quot;X-CSRF-TOKEN&quot;: &quot;([A-Za-z0-9_=-]+)&quot;").matcher(home);
        assertThat(token.find()).isTrue();
        mvc.perform(post("/logout").with(ADMIN).session(session).header("HX-Request", "true")
                        .header("X-CSRF-TOKEN", token.group(1)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/logout").with(ADMIN).session(new MockHttpSession()).header("X-CSRF-TOKEN", "forged"))
                .andExpect(status().isForbidden());
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertNothingInline(String html) {
        assertThat(html).as("a rendered page").contains("<html", "</html>");
        assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline <script> in:%n%s", html).isFalse();
        assertThat(STYLE_ATTRIBUTE.matcher(html).find()).as("style= attribute in:%n%s", html).isFalse();
        assertThat(html).doesNotContainIgnoringCase("<style");
        assertThat(EVENT_HANDLER.matcher(html).find()).as("on…= event handler in:%n%s", html).isFalse();
        assertThat(html).doesNotContain("javascript:");
    }
}
