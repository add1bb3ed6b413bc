package se.servicekontor.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.servicekontor.organization.ImportJobRunner;
import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.organization.OrganisationWebTestConfiguration;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;
import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.testing.PostgresTest;

/** Administration → Organisation: who may upload, see and download what, and what an upload does. */
@PostgresTest
@AutoConfigureMockMvc
@Import({OrganisationTestConfiguration.class, OrganisationWebTestConfiguration.class})
@TestPropertySource(properties = "spring.messages.basename=i18n/organization")
class OrganisationImportControllerTests {

    static final String PAGE = "/administration/organisation";
    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Autowired MockMvc mvc;
    @Autowired ReceivedFiles receivedFiles;
    @Autowired JobLaunches jobLaunches;
    @Autowired JobRepository jobRepository;
    @Autowired JdbcClient jdbc;

    ImportJobRunner imports;

    @BeforeEach
    void emptyRegister() {
        imports = new ImportJobRunner(receivedFiles, jobLaunches, jobRepository, jdbc);
        imports.clearRegister();
    }

    @Test
    void anAdministratorsUploadIsKeptImportedAndLeadsToItsRun() throws Exception {
        MockMultipartFile workbook = new MockMultipartFile("fil", "Exempelby organisation.xlsx",
                OrganisationImportController.XLSX.toString(), Files.readAllBytes(ImportJobRunner.DEMO));

        MvcResult result = mvc.perform(multipart(PAGE).file(workbook).with(csrf()).with(user("anna.admin").roles("ADMIN")))
                .andExpect(status().is3xxRedirection()).andReturn();

        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/korningar/\\d+");
        long execution = Long.parseLong(location.substring("/korningar/".length()));
        assertThat(imports.awaitEnd(execution).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        ReceivedFile kept = receivedFiles.latest("organisation", 1).get(0);
        assertThat(kept.originalName()).isEqualTo("Exempelby organisation.xlsx");
        assertThat(kept.receivedBy()).isEqualTo("anna.admin");
        assertThat(kept.status()).isEqualTo(ReceivedFiles.Status.PROCESSED);
        assertThat(imports.count("employee_placement")).isEqualTo(2_000);
    }

    @Test
    void onlyAdministratorsUploadAndOnlyWithTheFormsToken() throws Exception {
        MockMultipartFile workbook = new MockMultipartFile("fil", "x.xlsx", null, Files.readAllBytes(ImportJobRunner.DEMO));
        long files = receivedFiles.latest("organisation", 1000).size();

        mvc.perform(multipart(PAGE).file(workbook).with(csrf()).with(user("revisor").roles("AUDITOR")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(PAGE).file(workbook).with(csrf()).with(user("kund1").roles("AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(PAGE).file(workbook).with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden());
        assertThat(receivedFiles.latest("organisation", 1000)).hasSize((int) files);
    }

    @Test
    void uploadingNothingSaysSoOnThePage() throws Exception {
        mvc.perform(multipart(PAGE).with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("uploadError", "org.upload.missing"));
    }

    @Test
    void theTemplateIsForAdministratorsAndAuditors() throws Exception {
        byte[] template = Files.readAllBytes(Path.of("templates/organisation-import.xlsx"));

        for (String role : new String[] {"ADMIN", "AUDITOR"}) {
            mvc.perform(get(PAGE + "/mall.xlsx").with(user("u").roles(role)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(OrganisationImportController.XLSX))
                    .andExpect(header().string("Content-Disposition", "attachment; filename=\"organisation-import.xlsx\""))
                    .andExpect(content().bytes(template));
        }
        mvc.perform(get(PAGE + "/mall.xlsx").with(user("chef.skola").roles("APPROVER", "MANAGER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageShowsImportsAndTheRegisterAndTheUploadFormOnlyToAdministrators() throws Exception {
        long execution = imports.run(ImportJobRunner.DEMO).getId();

        String admin = mvc.perform(get(PAGE).locale(SWEDISH).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String auditor = mvc.perform(get(PAGE + "?sida=4").locale(SWEDISH).with(user("revisor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(admin).contains("<title>Organisation</title>", "enctype=\"multipart/form-data\"", "name=\"_csrf\"",
                "demo-organisation.xlsx", "Importerad", "href=\"/korningar/" + execution + "\"",
                "Utbildningsförvaltningen", "chef.skola", "APPROVER, MANAGER", "Attestregister (171 rader)", "Sida 1 av 4");
        assertThat(auditor).doesNotContain("multipart/form-data").contains("Sida 4 av 4", "Föregående sida", "mall.xlsx");
        // Swedish is the default whatever the browser asks for; English is chosen with ?lang=en (remembered in a cookie)
        String english = mvc.perform(get(PAGE + "?lang=en").with(user("revisor").roles("AUDITOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Attest register (171 lines)", "until further notice", "Imported");
        mvc.perform(get(PAGE).with(user("kund1").roles("AGENT"))).andExpect(status().isForbidden());
    }
}
