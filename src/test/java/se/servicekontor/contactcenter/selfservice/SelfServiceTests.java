package se.servicekontor.contactcenter.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import se.servicekontor.testing.PostgresTest;

/** The suppliers' self-service page without login: refuses bad input, logs every lookup, and limits a client. */
@PostgresTest
@AutoConfigureMockMvc
class SelfServiceTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    MockHttpServletResponse lookup(String client, String orgnr, String number, String amount) throws Exception {
        return mvc.perform(post("/e-tjanst/faktura").with(csrf()).with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                }).param("orgnr", orgnr).param("fakturanummer", number).param("belopp", amount))
                .andReturn().getResponse();
    }

    @Test
    void thePageNeedsNoLoginAndShowsNoPersonalData() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/e-tjanst/faktura")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Status för er faktura").doesNotContain("Logga ut");
    }

    @Test
    void anUnknownInvoiceIsNotFoundAndTheLookupIsLogged() throws Exception {
        MockHttpServletResponse response = lookup("10.0.0.1", "556036-0793", "F-404", "1 250,00");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Vi hittar ingen faktura med de uppgifterna");
        assertThat(jdbc.sql("SELECT outcome FROM self_service_lookup WHERE invoice_number = 'F-404' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("NOT_FOUND");
    }

    @Test
    void badInputIsRefusedBesideItsField() throws Exception {
        MockHttpServletResponse response = lookup("10.0.0.2", "556036-0794", "", "tolv");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Skriv ett giltigt organisationsnummer")
                .contains("Skriv fakturanumret").contains("Skriv beloppet med siffror");
    }

    @Test
    void theTwentyFirstLookupFromOneAddressIsRefusedWith429() throws Exception {
        for (int i = 1; i <= SelfServiceLimits.PER_CLIENT; i++) {
            // a different organisation per lookup so only the per-client limit applies; valid numbers 2120000142 style
            assertThat(lookup("10.0.0.3", i % 2 == 0 ? "556036-0793" : "212000-0142", "F-" + i, "100").getStatus())
                    .as("lookup " + i).isIn(200);
            if (i == 10)
                break; // the per-organisation limit (10) would otherwise take over first; see SelfServiceLimitsTests
        }
        for (int i = 11; i <= SelfServiceLimits.PER_CLIENT; i++)
            assertThat(lookup("10.0.0.3", "202100-6255", "G-" + i, "100").getStatus()).isEqualTo(200);
        // an organisation not asked about before: only the per-client limit can refuse it
        MockHttpServletResponse refused = lookup("10.0.0.3", "556677-8899", "G-21", "100");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("600");
        assertThat(refused.getContentAsString()).contains("Försök igen om tio minuter");
        assertThat(lookup("10.0.0.4", "556677-8899", "G-21", "100").getStatus()).as("another address").isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM self_service_lookup WHERE outcome = 'LIMITED'").query(Long.class).single()).isEqualTo(1);
    }
}
