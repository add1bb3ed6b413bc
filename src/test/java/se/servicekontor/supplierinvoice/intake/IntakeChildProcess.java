package se.servicekontor.supplierinvoice.intake;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.servicekontor.Application;
import se.servicekontor.platform.jobs.JobLaunches;

/**
 * The application in a JVM of its own, for {@link IntakeCrashTests}: starts, launches invoiceIntakeJob and
 * waits to be killed. Arguments are Spring properties ({@code --spring.datasource.url=…}, {@code --server.port=0}).
 */
public final class IntakeChildProcess {

    private IntakeChildProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(args);
        long id = context.getBean(JobLaunches.class).start(InvoiceIntakeJobConfiguration.JOB, Map.of(), "eko1");
        System.out.println("INTAKE-RUN " + id);
        System.out.flush();
        new CountDownLatch(1).await(); // until the test kills this JVM
    }
}
