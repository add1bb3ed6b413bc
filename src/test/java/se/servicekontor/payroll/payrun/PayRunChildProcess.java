package se.servicekontor.payroll.payrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.servicekontor.Application;

/**
 * The application in a JVM of its own, for the crash test: starts a preliminary pay run, lets
 * {@code -Dpayrun.blockAfter} chunk writes through, then holds the writers, writes the marker file
 * ({@code -Dpayrun.marker}) and waits to be killed. Arguments are Spring properties.
 */
public final class PayRunChildProcess {

    private PayRunChildProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path marker = Path.of(System.getProperty("payrun.marker"));
        WriteGate.GATE.closeAfter(Integer.getInteger("payrun.blockAfter"), () -> {
            try {
                Files.writeString(marker, "held");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class, GatedWriters.class).run(args);
        var run = context.getBean(PayRuns.class).startPreliminary(YearMonth.parse(System.getProperty("payrun.period")), "lon1");
        System.out.println("PAY-RUN " + run);
        System.out.flush();
        new CountDownLatch(1).await(); // until the test kills this JVM
    }
}
