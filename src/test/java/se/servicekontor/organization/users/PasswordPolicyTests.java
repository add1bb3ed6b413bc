package se.servicekontor.organization.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password rule of issue 16: at least 12 characters, not a common password, not the user name. */
class PasswordPolicyTests {

    private final PasswordPolicy policy = PasswordPolicy.withShippedList();

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertThat(policy.problem("anna", "Tre små ord")).contains("account.password.tooShort"); // 11 characters
        assertThat(policy.problem("anna", "Tre små ordx")).isEmpty();                           // 12
        assertThat(policy.problem("anna", null)).contains("account.password.tooShort");
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsAndSymbolsAppended() {
        assertThat(policy.listSize()).isGreaterThan(150);
        assertThat(policy.problem("anna", "123456789012")).contains("account.password.common");
        assertThat(policy.problem("anna", "PasswordPassword")).contains("account.password.common");
        assertThat(policy.problem("anna", "Sommar2025!!!!")).contains("account.password.common");
        assertThat(policy.problem("anna", "Lösenord12345")).contains("account.password.common");
        assertThat(policy.problem("anna", "aaaaaaaaaaaaaaaa")).contains("account.password.common");
        assertThat(policy.problem("anna", "ababababababab")).contains("account.password.common");
    }

    @Test
    void thePasswordMustNotContainTheUserName() {
        assertThat(policy.problem("karin.lind", "Karin.Lind-hemma-7")).contains("account.password.containsUsername");
        assertThat(policy.problem("karin.lind", "Grön cykel i regnet")).isEmpty();
    }
}
