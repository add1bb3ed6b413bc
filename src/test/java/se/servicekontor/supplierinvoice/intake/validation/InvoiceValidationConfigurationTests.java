package se.servicekontor.supplierinvoice.intake.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class InvoiceValidationConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(InvoiceValidationConfiguration.class);

    @Test
    void validatorRefusesFilesOverTheConfiguredSizeAndWarmsUpByDefault() {
        context.withPropertyValues("servicekontor.supplierinvoice.validation.max-file-size=1KB").run(ctx -> {
            assertThat(ctx.getBean(InvoiceValidator.class).maxBytes()).isEqualTo(1024);
            assertThat(ctx).hasSingleBean(InvoiceValidationConfiguration.WarmUp.class);
        });
    }

    @Test
    void defaultLimitIsTwentyMegabytes() {
        context.run(ctx -> assertThat(ctx.getBean(InvoiceValidator.class).maxBytes()).isEqualTo(20L * 1024 * 1024));
    }

    @Test
    void warmUpCanBeSwitchedOff() {
        context.withPropertyValues("servicekontor.supplierinvoice.validation.warm-up-at-start=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(InvoiceValidationConfiguration.WarmUp.class));
    }
}
