package se.servicekontor.payroll.referencedata;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On every start, before the command-line runners: the shipped reference data files become active sets when missing. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceDataSeeding implements ApplicationRunner {

    private final ReferenceData referenceData;

    ReferenceDataSeeding(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Override
    public void run(ApplicationArguments args) {
        referenceData.seed();
    }
}
