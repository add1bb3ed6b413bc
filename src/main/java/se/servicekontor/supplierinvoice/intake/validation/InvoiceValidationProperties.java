package se.servicekontor.supplierinvoice.intake.validation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code servicekontor.supplierinvoice.validation.*}
 *
 * @param maxFileSize   received files larger than this are refused unread (default 20MB)
 * @param warmUpAtStart load the rule sets on a background thread once the application is ready
 *                      (default true; set false in test configurations that start the whole application,
 *                      so that each test context does not spend seconds of CPU compiling rules it never uses)
 */
@ConfigurationProperties("servicekontor.supplierinvoice.validation")
record InvoiceValidationProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("true") boolean warmUpAtStart) {
}
