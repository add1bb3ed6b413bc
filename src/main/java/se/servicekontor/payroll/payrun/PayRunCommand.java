package se.servicekontor.payroll.payrun;

import java.io.PrintStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import se.servicekontor.payroll.PayRunId;
import se.servicekontor.platform.jobs.CommandLineRuns;

/**
 * {@code batch-jobs/run/pay-run.sh PERIOD [preliminär|slutlig]}: with {@code servicekontor.cli.pay-run=YYYY-MM}
 * (and {@code servicekontor.cli.pay-run-kind}) the application starts the pay run through {@link PayRuns} —
 * with the same refusals as the wizard — waits for it, prints its outcome and the error list by code, and
 * exits 0 when it is calculated, 1 otherwise. Release stays in the wizard (four-eyes needs a second person).
 */
@Component
@ConditionalOnProperty("servicekontor.cli.pay-run")
class PayRunCommand implements ApplicationRunner {

    private final PayRuns payRuns;
    private final CommandLineRuns runs;
    private final ConfigurableApplicationContext context;
    private final String period;
    private final String kind;

    PayRunCommand(PayRuns payRuns, CommandLineRuns runs, ConfigurableApplicationContext context,
                  @Value("${servicekontor.cli.pay-run}") String period,
                  @Value("${servicekontor.cli.pay-run-kind:preliminär}") String kind) {
        this.payRuns = payRuns;
        this.runs = runs;
        this.context = context;
        this.period = period;
        this.kind = kind;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        int code = payRun(period, kind, System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int payRun(String periodText, String kindText, PrintStream out) throws InterruptedException {
        YearMonth month;
        try {
            month = YearMonth.parse(periodText.strip());
        } catch (DateTimeParseException e) {
            out.println("Perioden skrivs ÅÅÅÅ-MM, till exempel 2026-11: \"" + periodText + "\"");
            return 2;
        }
        String k = kindText.strip().toLowerCase(Locale.ROOT);
        boolean last = k.startsWith("slut") || k.equals("final");
        if (!last && !k.startsWith("prel")) {
            out.println("Körningen är preliminär eller slutlig, inte \"" + kindText + "\"");
            return 2;
        }
        PayRunId id;
        try {
            id = last ? payRuns.startFinal(month, CommandLineRuns.startedBy()) : payRuns.startPreliminary(month, CommandLineRuns.startedBy());
        } catch (PayRunRefused refused) {
            out.println(refused.getMessage());
            return 1;
        }
        long execution = payRuns.run(id).map(PayRunView::jobExecutionId).orElseThrow();
        out.println((last ? "Slutlig" : "Preliminär") + " lönekörning " + id + " för " + month + " startad (körning " + execution + ")…");
        int code = runs.awaitAndReport(execution, out, item -> item.itemRef() + ": " + item.reason());
        Map<String, Long> byCode = new TreeMap<>();
        payRuns.errors(id).forEach(e -> byCode.merge(e.severity().swedish() + " " + e.code(), 1L, Long::sum));
        byCode.forEach((c, n) -> out.println("  " + c + ": " + n));
        return code;
    }
}
