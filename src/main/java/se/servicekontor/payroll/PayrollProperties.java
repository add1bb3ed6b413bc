package se.servicekontor.payroll;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the payroll centre ({@code servicekontor.payroll.*}).
 *
 * @param deviationCutOffBankDays deviations for a payday must be reported this many bank days before it (default 5)
 * @param netChangeWarningPercent the pay run warns (fellista) when an employee's net pay changed more than this
 *                                many percent from last month's released run (default 20)
 * @param payRun                  how {@code payRunJob} runs
 * @param claimRecoveryPercent    a claim on an employee (löneskuld, left by a month with negative net pay) is set off against
 *                                later months' net pay only as agreed with the employee (Löneskulder → avtal); without an
 *                                agreement at most this many percent of a month's net (default 0 = none: kvittningslagen
 *                                1970:215, DOMAIN.md decisions; a municipality whose collective agreement allows set-off
 *                                without consent may set it, 0–100 — whether AB does is UNCONFIRMED)
 */
@ConfigurationProperties("servicekontor.payroll")
public record PayrollProperties(@DefaultValue("5") int deviationCutOffBankDays,
                                @DefaultValue("20") BigDecimal netChangeWarningPercent,
                                @DefaultValue PayRun payRun,
                                @DefaultValue("0") BigDecimal claimRecoveryPercent) {

    public PayrollProperties {
        if (deviationCutOffBankDays < 0 || deviationCutOffBankDays > 20)
            throw new IllegalArgumentException("servicekontor.payroll.deviation-cut-off-bank-days must be 0–20");
        if (netChangeWarningPercent == null || netChangeWarningPercent.signum() <= 0)
            throw new IllegalArgumentException("servicekontor.payroll.net-change-warning-percent must be positive");
        if (claimRecoveryPercent == null || claimRecoveryPercent.signum() < 0 || claimRecoveryPercent.compareTo(BigDecimal.valueOf(100)) > 0)
            throw new IllegalArgumentException("servicekontor.payroll.claim-recovery-percent must be 0–100");
    }

    /**
     * @param gridSize  partitions (employee id ranges) of a run; each runs on a thread of its own (default 4)
     * @param chunkSize employees per chunk transaction and per page read (default 2500; PayRunBenchmark, 50 000 employees, warm:
     *                  2500 ran in 1.06 s, 1000 in 1.18 s; a restart redoes at most one chunk per partition)
     */
    public record PayRun(@DefaultValue("4") int gridSize, @DefaultValue("2500") int chunkSize) {
        public PayRun {
            if (gridSize < 1 || gridSize > 64)
                throw new IllegalArgumentException("servicekontor.payroll.pay-run.grid-size must be 1–64");
            if (chunkSize < 1 || chunkSize > 5_000)
                throw new IllegalArgumentException("servicekontor.payroll.pay-run.chunk-size must be 1–5000");
        }
    }
}
