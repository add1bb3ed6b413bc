package se.servicekontor.supplierinvoice.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionalEventListener;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.supplierinvoice.CodingLine;
import se.servicekontor.supplierinvoice.InvoiceApproved;
import se.servicekontor.supplierinvoice.InvoiceId;
import se.servicekontor.supplierinvoice.InvoiceRejected;
import se.servicekontor.supplierinvoice.VatTreatment;
import se.servicekontor.testing.PostgresTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The approval workflow on PostgreSQL: routing at receipt, the two steps, rejection, bulk approval, concurrency. */
@PostgresTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalFlowTests {

    static final LocalDate DUE = LocalDate.of(2099, 1, 31);

    @TestConfiguration(proxyBeanMethods = false)
    static class Events {
        private final List<Object> committed = new CopyOnWriteArrayList<>();

        List<Object> committed() {
            return committed;
        }

        @TransactionalEventListener
        void on(InvoiceApproved e) {
            committed.add(e);
        }

        @TransactionalEventListener
        void on(InvoiceRejected e) {
            committed.add(e);
        }
    }

    @Autowired JdbcClient jdbc;
    @Autowired InvoiceRouting routing;
    @Autowired Approvals approvals;
    @Autowired InvoiceCases cases;
    @Autowired Events events;
    @Autowired MockMvc mvc;
    @Autowired se.servicekontor.supplierinvoice.InvoiceLookup lookup;

    ApprovalFixture fixture;

    @BeforeAll
    void organisation() {
        fixture = new ApprovalFixture(jdbc);
        fixture.department("FLOW", "Flödesförvaltningen");
        fixture.costCentre("9110", "FLOW");
        fixture.user("flow.eko", "FLOW", "ECONOMY_OFFICER");
        fixture.user("flow.granskare", "FLOW", "APPROVER");
        fixture.user("flow.rektor", "FLOW", "APPROVER");
        fixture.user("flow.chef", "FLOW", "MANAGER");
        LocalDate from = LocalDate.of(2020, 1, 1);
        fixture.right("flow.granskare", "9110", "REVIEW", null, from, null, null);
        fixture.right("flow.rektor", "9110", "DECISION", new BigDecimal("50000.00"), from, null, null);
        fixture.right("flow.chef", "9110", "DECISION", null, from, null, null);
        fixture.right("flow.chef", "9110", "REVIEW", null, from, null, null);
        fixture.route("BUYER_REF", "FLOW1", "9110", "flow.granskare");
        fixture.department("ANNAN", "Annan förvaltning");
        fixture.costCentre("9220", "ANNAN");
        fixture.user("annan.granskare", "ANNAN", "APPROVER");
        fixture.right("annan.granskare", "9220", "REVIEW", null, from, null, null);
        fixture.route("BUYER_REF", "ANNAN1", "9220", "annan.granskare");
    }

    private InvoiceId received(String number, String net) {
        long id = fixture.invoice("flow1", number, new BigDecimal(net), DUE);
        routing.route(id);
        return new InvoiceId(id);
    }

    private void code(InvoiceId id, String amount) {
        approvals.code(id, List.of(new CodingLine("6410", new CostCentreCode("9110"), null, null, new BigDecimal(amount),
                VatTreatment.COMPENSATION)), "flow.eko");
    }

    private long approvedEventsFor(InvoiceId id) {
        return events.committed().stream().filter(e -> e instanceof InvoiceApproved a && a.invoice().equals(id)).count();
    }

    @Test
    void aRoutedInvoiceTravelsReviewThenDecisionAndInvoiceApprovedIsPublishedOnce() {
        InvoiceId id = received("FLOW-1", "1000.00");
        InvoiceCase routed = cases.findById(id.value()).orElseThrow();
        assertThat(routed.state()).isEqualTo(InvoiceCase.State.AWAITING_REVIEW);
        assertThat(routed.assignee()).isEqualTo("flow.granskare");
        routing.route(id.value()); // a replayed InvoiceReceived changes nothing
        code(id, "1000.00");
        approvals.review(id, "flow.granskare");
        assertThat(cases.findById(id.value()).orElseThrow().assignee()).isEqualTo("flow.rektor"); // 1 250 kr ≤ 50 000 kr
        approvals.approve(id, "flow.rektor");
        assertThatThrownBy(() -> approvals.approve(id, "flow.chef")).isInstanceOf(Refused.class)
                .hasMessageContaining("attesterad");
        InvoiceCase approved = cases.findById(id.value()).orElseThrow();
        assertThat(approved.state()).isEqualTo(InvoiceCase.State.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("flow.rektor");
        assertThat(approvedEventsFor(id)).isEqualTo(1);
        var status = lookup.find(id).orElseThrow();
        assertThat(status.status()).isEqualTo(se.servicekontor.supplierinvoice.InvoiceLookup.Status.APPROVED);
        assertThat(status.expectedPaymentDate()).isEqualTo(LocalDate.of(2099, 2, 2)); // due Sat 31 Jan 2099 → Mon 2 Feb
        InvoiceApproved event = (InvoiceApproved) events.committed().stream()
                .filter(e -> e instanceof InvoiceApproved a && a.invoice().equals(id)).findFirst().orElseThrow();
        assertThat(event.payable()).isEqualByComparingTo("1250.00");
        assertThat(event.coding()).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject = ?").param("faktura " + id).query(Long.class).single())
                .isEqualTo(4); // routed, coded, reviewed, approved
    }

    @Test
    void anUnknownReferenceGoesToTheExceptionQueueInPlainSwedish() {
        long id = fixture.invoice("ABC123", "FLOW-X", new BigDecimal("10.00"), DUE);
        routing.route(id);
        InvoiceCase c = cases.findById(id).orElseThrow();
        assertThat(c.state()).isEqualTo(InvoiceCase.State.UNROUTABLE);
        assertThat(c.stuckReason()).isEqualTo("okänd referens 'ABC123'");
        var status = lookup.find(new InvoiceId(id)).orElseThrow();
        assertThat(status.status()).isEqualTo(se.servicekontor.supplierinvoice.InvoiceLookup.Status.UNROUTABLE);
        assertThat(status.stuckReason()).isEqualTo("okänd referens 'ABC123'");
        assertThat(status.expectedPaymentDate()).isNull();
    }

    @Test
    void aboveTheFirstDecidersLimitTheInvoiceGoesToTheNextInLine() {
        InvoiceId id = received("FLOW-BIG", "40000.01"); // 40 000,01 + 25 % VAT 10 000,00 (10 000,0025 to öre) = 50 000,01: one öre over 50 000,00
        code(id, "40000.01");
        approvals.review(id, "flow.granskare");
        assertThat(cases.findById(id.value()).orElseThrow().assignee()).isEqualTo("flow.chef");
        assertThatThrownBy(() -> approvals.approve(id, "flow.rektor")).hasMessageContaining("beloppsgräns 50 000,00 kr");
    }

    @Test
    void aRejectionReturnsTheInvoiceToEkonomicenterWithItsComment() {
        InvoiceId id = received("FLOW-REJ", "500.00");
        assertThatThrownBy(() -> approvals.reject(id, "flow.granskare", "")).hasMessageContaining("kommentar");
        approvals.reject(id, "flow.granskare", "Varorna har inte levererats");
        InvoiceCase c = cases.findById(id.value()).orElseThrow();
        assertThat(c.state()).isEqualTo(InvoiceCase.State.REJECTED);
        assertThat(c.rejectComment()).isEqualTo("Varorna har inte levererats");
        assertThat(events.committed()).filteredOn(e -> e instanceof InvoiceRejected r && r.invoice().equals(id))
                .singleElement().extracting(e -> ((InvoiceRejected) e).comment()).isEqualTo("Varorna har inte levererats");
    }

    @Test
    void bulkApprovalOfFiftyWhereThreeAreNotFullyCodedApprovesExactlyFortySeven() {
        List<InvoiceId> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            InvoiceId id = received("FLOW-B" + i, "100.00");
            if (i == 3 || i == 17) {
                code(id, "99.00"); // 1,00 kr short
            } else if (i != 40) {
                code(id, "100.00");
            }
            ids.add(id);
        }
        Approvals.BulkOutcome outcome = approvals.approveAll(ids, "flow.granskare");
        assertThat(outcome.approved()).isEqualTo(47);
        assertThat(outcome.refused()).containsOnlyKeys(ids.get(3), ids.get(17), ids.get(40));
        assertThat(outcome.refused().get(ids.get(3))).contains("1,00 kr skiljer");
        assertThat(outcome.refused().get(ids.get(40))).isEqualTo("Fakturan är inte konterad.");
    }

    @Test
    void twoApproversAtOnceOneWinsAndTheOtherIsTold() throws Exception {
        InvoiceId id = received("FLOW-RACE", "100.00");
        code(id, "100.00");
        approvals.review(id, "flow.granskare");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (String who : List.of("flow.rektor", "flow.chef")) {
            Callable<String> approve = () -> {
                start.await();
                try {
                    approvals.approve(id, who);
                    return "ok";
                } catch (Refused refused) {
                    return refused.getMessage();
                }
            };
            results.add(pool.submit(approve));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("ok")).singleElement().asString()
                .containsAnyOf("samtidigt", "attesterad");
        assertThat(approvedEventsFor(id)).isEqualTo(1);
    }

    @Test
    void aStaleCopyOfTheInvoiceCannotBeSavedOverANewerOne() {
        InvoiceId id = received("FLOW-STALE", "100.00");
        InvoiceCase stale = cases.findById(id.value()).orElseThrow();
        code(id, "100.00");
        stale.reject("flow.granskare", "gammal kopia", stale.stateSince());
        assertThatThrownBy(() -> cases.saveAndFlush(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void anApproverSeesTheirInboxAndAnotherDepartmentsInvoiceAnswers404ForEveryHandler() throws Exception {
        InvoiceId own = received("FLOW-WEB", "100.00");
        code(own, "100.00");
        long otherId = fixture.invoice("annan1", "ANNAN-1", new BigDecimal("100.00"), DUE);
        routing.route(otherId);
        var granskare = user("flow.granskare").roles("APPROVER");
        mvc.perform(get("/attestera").with(granskare)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("FLOW-WEB")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("ANNAN-1"))));
        mvc.perform(get("/attestera/faktura/" + own.value()).with(granskare)).andExpect(status().isOk());
        mvc.perform(get("/attestera/faktura/" + otherId).with(granskare)).andExpect(status().isNotFound());
        mvc.perform(post("/attestera/faktura/" + otherId + "/attestera").with(granskare).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/attestera/faktura/" + otherId + "/avvisa").param("comment", "x").with(granskare).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/attestera/faktura/" + otherId + "/vidarebefordra").param("to", "flow.chef").with(granskare).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/attestera/attestera-markerade").param("id", String.valueOf(otherId)).with(granskare).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(cases.findById(otherId).orElseThrow().state()).isEqualTo(InvoiceCase.State.AWAITING_REVIEW);
        mvc.perform(post("/attestera/attestera-markerade").param("id", String.valueOf(own.value())).with(granskare).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(cases.findById(own.value()).orElseThrow().state()).isEqualTo(InvoiceCase.State.AWAITING_DECISION);
    }

    @Test
    void ekonomicenterSeesARejectedInvoiceWithItsCommentAndRoutesItAgain() throws Exception {
        InvoiceId id = received("FLOW-EKO", "100.00");
        approvals.reject(id, "flow.granskare", "Fel ansvar, ska till 9110-projektet");
        var eko = user("flow.eko").roles("ECONOMY_OFFICER");
        mvc.perform(get("/ekonomicenter/styrning").with(eko)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fel ansvar, ska till 9110-projektet")));
        mvc.perform(post("/ekonomicenter/styrning/faktura/999999999/styr").param("costCentre", "9110")
                .param("reviewer", "flow.granskare").with(eko).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/ekonomicenter/styrning/faktura/" + id.value() + "/styr").param("costCentre", "9110")
                .param("reviewer", "flow.granskare").with(eko).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(cases.findById(id.value()).orElseThrow().state()).isEqualTo(InvoiceCase.State.AWAITING_REVIEW);
    }
}
