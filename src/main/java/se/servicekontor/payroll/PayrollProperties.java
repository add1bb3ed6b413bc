package se.servicekontor.payroll;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the payroll centre ({@code servicekontor.payroll.*}).
 *
 * @param deviationCutOffBankDays deviations for a payday must be reported this many bank days before it (default 5)
 */
@ConfigurationProperties("servicekontor.payroll")
public record PayrollProperties(@DefaultValue("5") int deviationCutOffBankDays) {

    public PayrollProperties {
        if (deviationCutOffBankDays < 0 || deviationCutOffBankDays > 20)
            throw new IllegalArgumentException("servicekontor.payroll.deviation-cut-off-bank-days must be 0–20");
    }
}
