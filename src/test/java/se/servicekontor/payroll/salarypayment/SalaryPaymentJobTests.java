package se.servicekontor.payroll.salarypayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.declaration.AgiStructure;
import se.servicekontor.payroll.declaration.EmployerDeclarations;
import se.servicekontor.payroll.employment.Employments;
import se.servicekontor.payroll.employment.PayrollTestEmployees;
import se.servicekontor.payroll.payrun.PayRuns;
import se.servicekontor.payroll.payrun.TestPayRuns;
import se.servicekontor.platform.documents.ProducedFiles;
import se.servicekontor.shared.Amount;
import se.servicekontor.testing.PostgresTest;

/**
 * A released November of three employees: releasing writes the salary payment file once (XSD-valid, total = the run's
 * net pay), the run's releaser cannot release the file, another officer can; writing it again after losing its record
 * (a crash between archive and record) gives the identical bytes and no second file.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=salarypayment")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalaryPaymentJobTests {

    @Autowired PayRuns payRuns;
    @Autowired JobRepository jobRepository;
    @Autowired JdbcClient jdbc;
    @Autowired Employments employments;
    @Autowired Clock clock;
    @Autowired SalaryPayments payments;
    @Autowired ProducedFiles files;
    @Autowired EmployerDeclarations declarations;

    PayRunId run;

    @BeforeAll
    void aReleasedNovember() {
        PayrollTestEmployees employees = new PayrollTestEmployees(employments, jdbc, clock);
        employees.reset();
        employees.hire("198003151233", "Anna", "Andersson", false, "PL1", "35000", true);
        employees.hire("199207044562", "Bertil", "Berg", true, "PL2", "29500", true);
        employees.hire("196501207895", "Cecilia", "Ceder", false, "PL1", "41200", true);
        run = TestPayRuns.released(payRuns, jobRepository, YearMonth.of(2026, 11));
        await().atMost(Duration.ofMinutes(2)).until(() -> payments.find(run.value()).isPresent());
    }

    @Test
    void theFileIsSchemaValidAndPaysTheRunsNetPay() throws Exception {
        SalaryPayment payment = payments.find(run.value()).orElseThrow();
        BigDecimal net = jdbc.sql("SELECT sum(net) FROM pay_run_employee WHERE pay_run_id = ? AND net > 0").param(run.value())
                .query(BigDecimal.class).single();
        assertThat(payment.total()).isEqualTo(new Amount(net));
        assertThat(payment.payments()).isEqualTo(3);
        byte[] xml = bytes(payment);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SalaryPaymentOrderTests.XSD.toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains("<CtrlSum>" + net.toPlainString() + "</CtrlSum>", "SALA");
    }

    @Test
    void writtenAgainAfterACrashItIsTheSameFileOnceAndOnlyASecondOfficerReleasesIt() throws Exception {
        SalaryPayment first = payments.find(run.value()).orElseThrow();
        byte[] before = bytes(first);
        long archived = files.list(SalaryPayments.KIND, null).size();
        jdbc.sql("DELETE FROM salary_payment WHERE pay_run_id = ?").param(run.value()).update(); // died after archiving, before recording
        SalaryPayment again = payments.produce(run.value(), "lon2");
        assertThat(again.producedFileId()).isEqualTo(first.producedFileId());
        assertThat(bytes(again)).isEqualTo(before);
        assertThat(files.list(SalaryPayments.KIND, null)).hasSize((int) archived);
        assertThat(payments.produce(run.value(), "lon2").producedFileId()).isEqualTo(first.producedFileId());

        assertThatThrownBy(() -> payments.release(run.value(), "lon2")).hasMessageContaining("fyraögonsprincipen");
        assertThat(payments.release(run.value(), "lon1").status()).isEqualTo(SalaryPayment.Status.RELEASED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'payroll.salarypayment.released' AND actor = 'lon1'")
                .query(Long.class).single()).isOne();
    }

    /** AGI, in this context too (one released month serves both): see EmployerDeclarationTests for the XML itself. */
    @Test
    void theMonthsAgiMatchesTheRunAndACorrectionReplacesOnlyTheCorrectedPayee() throws Exception {
        YearMonth november = YearMonth.of(2026, 11);
        await().atMost(Duration.ofMinutes(1)).until(() -> !declarations.declarations(november).isEmpty());
        EmployerDeclarations.Declaration original = declarations.declarations(november).get(0);
        assertThat(original.kind()).isEqualTo("ORIGINAL");
        assertThat(original.individuals()).isEqualTo(3);
        assertThat(original.dueDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 14)); // the 12th is a Saturday
        long runTax = jdbc.sql("SELECT sum(tax) FROM pay_run_employee WHERE pay_run_id = ?").param(run.value()).query(BigDecimal.class)
                .single().longValueExact(); // table tax is whole kronor
        assertThat(original.tax()).isEqualTo(runTax);
        byte[] xml = archived(original.producedFileId());
        assertThat(AgiStructure.check(xml, true)).isEmpty();

        // a correction of Bertil's November (e.g. a tax error put right): his IU is replaced, the others are not sent again
        long bertil = jdbc.sql("SELECT id FROM payroll_employee WHERE first_name = 'Bertil'").query(Long.class).single();
        jdbc.sql("UPDATE pay_run_employee SET tax = tax + 300 WHERE pay_run_id = ? AND employee_id = ?").params(run.value(), bertil).update();
        EmployerDeclarations.Declaration correction = declarations.declare(november, "lon1").orElseThrow();
        assertThat(correction.kind()).isEqualTo("CORRECTION");
        assertThat(correction.individuals()).isOne();
        assertThat(correction.tax()).isEqualTo(runTax + 300);
        String text = new String(archived(correction.producedFileId()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(AgiStructure.check(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), false)).isEmpty();
        assertThat(text.split("<agd:IU>", -1)).hasSize(2);
        assertThat(text).contains("<agd:Specifikationsnummer faltkod=\"570\">" + bertil + "</agd:Specifikationsnummer>", "199207044562")
                .doesNotContain("198003151233");
        assertThat(declarations.declare(november, "lon1")).as("nothing changed since").isEmpty();
    }

    private byte[] archived(long producedFileId) throws Exception {
        try (InputStream in = files.open(files.find(producedFileId).orElseThrow())) {
            return in.readAllBytes();
        }
    }

    private byte[] bytes(SalaryPayment payment) throws Exception {
        try (InputStream in = files.open(files.find(payment.producedFileId()).orElseThrow())) {
            return in.readAllBytes();
        }
    }
}
