package se.servicekontor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Who may read which archived files: payroll's files carry personal data and are for payroll officers. */
class ArchiveControllerTests {

    static List<SimpleGrantedAuthority> roles(String... roles) {
        return java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    @Test
    void payslipsAndSalaryFilesAreForPayrollOfficersNotEconomyOfficers() {
        assertThat(ArchiveController.mayRead("payslips", roles("PAYROLL_OFFICER"))).isTrue();
        assertThat(ArchiveController.mayRead("salary-payment", roles("ECONOMY_OFFICER"))).isFalse();
        assertThat(ArchiveController.mayRead("agi", roles("ECONOMY_OFFICER"))).isFalse();
    }

    @Test
    void supplierPaymentsAndLedgerFilesAreForEconomyOfficers() {
        assertThat(ArchiveController.mayRead("supplier-payment", roles("ECONOMY_OFFICER"))).isTrue();
        assertThat(ArchiveController.mayRead("sie", roles("PAYROLL_OFFICER"))).isFalse();
    }

    @Test
    void administratorsAndAuditorsReadEverythingOthersNothing() {
        assertThat(ArchiveController.mayRead("payslips", roles("AUDITOR"))).isTrue();
        assertThat(ArchiveController.mayRead("supplier-payment", roles("ADMIN"))).isTrue();
        assertThat(ArchiveController.mayRead("supplier-payment", roles("AGENT", "APPROVER", "MANAGER"))).isFalse();
    }
}
