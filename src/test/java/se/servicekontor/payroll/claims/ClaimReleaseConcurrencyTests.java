package se.servicekontor.payroll.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.payrun.PayRuns;
import se.servicekontor.shared.Amount;
import se.servicekontor.testing.PostgresTest;

/**
 * A repayment being recorded at the very moment a second officer releases the final run: release waits for the claim's
 * row and applies its recovery to the claim with the repayment in it — neither change is lost.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.payroll.claim-recovery-percent=25.000") // a context (and database) of its own
class ClaimReleaseConcurrencyTests {

    @Autowired Claims claims;
    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void aReleaseWaitingForARepaymentInProgressAppliesItsRecoveryOnTopOfIt() throws Exception {
        ClaimTestRuns runs = new ClaimTestRuns(payRuns, jdbc, jobRepository);
        long gun = runs.employeeWithDeduction("19811103234", "Gun", false, YearMonth.of(2026, 1), YearMonth.of(2026, 3), "27122");
        runs.released(YearMonth.of(2026, 2)); // claim 3 000
        claims.agreeRecovery(gun, Amount.ofKronor("500"), null, "lon1");
        PayRunId march = runs.calculatedFinal(YearMonth.of(2026, 3)); // recovers 500 when released

        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> repayment = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            claims.recordRepayment(gun, Amount.ofKronor("1000"), LocalDate.of(2026, 3, 20), "Bg 99", "lon1"); // holds the row
            recorded.countDown();
            try {
                commit.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> release = CompletableFuture.runAsync(() -> payRuns.release(march, "lon2"));
        // the release is waiting for the claim's row lock, the repayment not yet committed
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'""")
                .query(Long.class).single() > 0);
        assertThat(release).isNotDone();
        commit.countDown();
        repayment.get(30, TimeUnit.SECONDS);
        release.get(30, TimeUnit.SECONDS);

        // 3 000 − 1 000 repaid − 500 recovered by March = 1 500 (a lost repayment would leave 2 500)
        assertThat(runs.claim(gun)).isEqualByComparingTo("1500.00");
    }
}
