package se.servicekontor.supplierinvoice.intake;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code servicekontor.invoice.*}
 *
 * @param inbox  the drop folder a Peppol access point writes received invoices to (default {@code ./data/inbox});
 *               intake moves each file it picks up into {@code <inbox>/.claimed} (same file system, atomic rename)
 * @param intake the intake job's settings
 */
@ConfigurationProperties("servicekontor.invoice")
public record IntakeProperties(@DefaultValue("./data/inbox") Path inbox, @DefaultValue Intake intake) {

    /**
     * {@code servicekontor.invoice.intake.*}
     *
     * @param schedule    cron for the scheduled run (default every 5 minutes; "-" switches it off); a scheduled
     *                    run starts only when there are files to pick up
     * @param maxLines    an invoice with more lines is quarantined instead of validated in the batch (default 5 000)
     * @param threads     partitions processed in parallel (default 0 = one per processor core)
     * @param chunkSize   files per transaction in each partition (default 20)
     * @param claimBatch  inbox files claimed per transaction (default 500)
     */
    public record Intake(@DefaultValue("0 */5 * * * *") String schedule, @DefaultValue("5000") int maxLines,
                         @DefaultValue("0") int threads, @DefaultValue("20") int chunkSize,
                         @DefaultValue("500") int claimBatch) {

        public int effectiveThreads() {
            return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        }
    }
}
