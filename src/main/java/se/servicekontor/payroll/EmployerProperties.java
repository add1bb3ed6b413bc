package se.servicekontor.payroll;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The employer as payslips, the salary payment file and the employer declaration (AGI) name it:
 * {@code servicekontor.employer.*}.
 *
 * @param organisationNumber 10 digits (a municipality's starts 212000)
 * @param bankIban           the account salaries are paid from (debtor account of the salary payment file, pain.001)
 * @param bankBic            the debtor bank's BIC
 */
@ConfigurationProperties("servicekontor.employer")
public record EmployerProperties(@DefaultValue("Exempelby kommun") String name,
                                 @DefaultValue("2120001231") String organisationNumber,
                                 @DefaultValue("Lönecenter") String contactName,
                                 @DefaultValue("0123-45 67 00") String contactPhone,
                                 @DefaultValue("lonecenter@exempelby.se") String contactEmail,
                                 @DefaultValue("SE4550000000058398257466") String bankIban,
                                 @DefaultValue("ESSESESS") String bankBic) {

    /** Digits only: "2120001231". */
    public String organisationDigits() {
        return organisationNumber.replaceAll("[^0-9]", "");
    }
}
