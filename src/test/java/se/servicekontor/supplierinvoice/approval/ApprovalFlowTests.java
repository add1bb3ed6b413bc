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

/** The approval workflow on PostgreSQL: routing at receipt, the two steps, rejection, bulk approval, concurrency. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalFlowTests {

    static final LocalDate DUE = LocalDate.of(2099, 1, 31);

    @TestConfiguration
    static class Events {
        final List<Object> committed = new CopyOnWriteArrayList<>();

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
        return events.committed.stream().filter(e -> e instanceof InvoiceApproved a && a.invoice().equals(id)).count();
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
        InvoiceApproved event = (InvoiceApproved) events.committed.stream()
                .filter(e -> e instanceof InvoiceApproved a && a.invoice().equals(id)).findFirst().orElseThrow();
        assertThat(event.payable()).isEqualByComparingTo("1250.00");
        assertThat(event.coding()).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE subject = ?").param("faktura " + id).query(Long.class).single())
                .isEqualTo(3); // coded, reviewed, approved
    }

    @Test
    void anUnknownReferenceGoesToTheExceptionQueueInPlainSwedish() {
        long id = fixture.invoice("ABC123", "FLOW-X", new BigDecimal("10.00"), DUE);
        routing.route(id);
        InvoiceCase c = cases.findById(id).orElseThrow();
        assertThat(c.state()).isEqualTo(InvoiceCase.State.UNROUTABLE);
        assertThat(c.stuckReason()).isEqualTo("okänd referens 'ABC123'");
    }

    @Test
    void aboveTheFirstDecidersLimitTheInvoiceGoesToTheNextInLine() {
        InvoiceId id = received("FLOW-BIG", "40000.01"); // 40 000,01 + 25 % = 50 000,01: one öre over 50 000,00
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
        assertThat(events.committed).contains(new InvoiceRejected(id, "flow.granskare", "Varorna har inte levererats", c.stateSince()));
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
}
