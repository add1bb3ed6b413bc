package se.servicekontor.supplierinvoice.intake.validation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * One shared {@link InvoiceValidator} for the application (it is thread-safe), and its rule sets warmed
 * up on a background thread once the application is ready, so that neither the start-up nor the first
 * invoice waits the 7–12 s phive needs to compile them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InvoiceValidationProperties.class)
class InvoiceValidationConfiguration {

    @Bean
    InvoiceValidator invoiceValidator(InvoiceValidationProperties properties) {
        return new InvoiceValidator(properties.maxFileSize().toBytes());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "servicekontor.supplierinvoice.validation.warm-up-at-start", matchIfMissing = true)
    WarmUp invoiceValidatorWarmUp(InvoiceValidator validator) {
        return new WarmUp(validator);
    }

    /** Starts {@link InvoiceValidator#warmUp()} on a low-priority daemon thread when the application is ready. */
    static final class WarmUp {

        private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

        private final InvoiceValidator validator;

        WarmUp(InvoiceValidator validator) {
            this.validator = validator;
        }

        @EventListener(ApplicationReadyEvent.class)
        void onReady() {
            Thread thread = new Thread(this::run, "invoice-validator-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }

        void run() {
            long start = System.nanoTime();
            try {
                validator.warmUp();
                log.info("E-invoice rule sets loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                // Not fatal: the first validation loads what is missing, and reports any real problem.
                log.warn("Warming up the e-invoice rule sets failed", e);
            }
        }
    }
}
