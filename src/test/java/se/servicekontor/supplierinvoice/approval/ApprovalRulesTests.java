package se.servicekontor.supplierinvoice.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.servicekontor.organization.AttestGrant;
import se.servicekontor.organization.AttestGrant.Step;
import se.servicekontor.organization.CostCentreCode;

/** The attest register's rules: cost centre, step, amount limit, validity, substitutes, jäv. */
class ApprovalRulesTests {

    static final CostCentreCode SKOLA = new CostCentreCode("2110");
    static final CostCentreCode VARD = new CostCentreCode("3110");
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);
    static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    static final String SUPPLIER = "5560000001";

    static final List<AttestGrant> REGISTER = List.of(
            new AttestGrant("rektor", SKOLA, Step.DECISION, new BigDecimal("50000.00"), FROM, TO, "bitr.rektor"),
            new AttestGrant("chef.skola", SKOLA, Step.DECISION, null, FROM, null, null),
            new AttestGrant("granskare", SKOLA, Step.REVIEW, new BigDecimal("100000.00"), FROM, null, null));

    private final ApprovalRules rules = new ApprovalRules(REGISTER, ApprovalRules.Absences.NONE, ApprovalRules.Conflicts.NONE);

    private static ApprovalRules.Question decide(String user, String amount, LocalDate on) {
        return new ApprovalRules.Question(user, Step.DECISION, SKOLA, new BigDecimal(amount), SUPPLIER, on);
    }

    @Test
    void atTheLimitIsWithinItAndOneOreOverIsNot() {
        assertThat(rules.may(decide("rektor", "50000.00", DAY))).isTrue();
        assertThatThrownBy(() -> rules.check(decide("rektor", "50000.01", DAY)))
                .isInstanceOf(Refused.class).hasMessageContaining("beloppsgräns 50 000,00 kr")
                .hasMessageContaining("50 000,01");
    }

    @Test
    void aCreditNoteIsMeasuredByItsSizeAgainstTheLimit() {
        assertThat(rules.may(decide("rektor", "-50000.00", DAY))).isTrue();
        assertThat(rules.may(decide("rektor", "-50000.01", DAY))).isFalse();
    }

    @Test
    void oneOreOverTheLimitGoesToTheNextApproverInLine() {
        assertThat(rules.nextApprover(Step.DECISION, SKOLA, new BigDecimal("50000.00"), SUPPLIER, DAY, List.of()))
                .contains("rektor");
        assertThat(rules.nextApprover(Step.DECISION, SKOLA, new BigDecimal("50000.01"), SUPPLIER, DAY, List.of()))
                .contains("chef.skola");
    }

    @Test
    void validOnTheFirstAndLastDayOnlyAndNeverOnAnotherCostCentre() {
        assertThat(rules.may(decide("rektor", "100.00", FROM))).isTrue();
        assertThat(rules.may(decide("rektor", "100.00", TO))).isTrue();
        assertThat(rules.may(decide("rektor", "100.00", FROM.minusDays(1)))).isFalse();
        assertThatThrownBy(() -> rules.check(decide("rektor", "100.00", TO.plusDays(1))))
                .hasMessage("rektor har ingen beslutsattest på ansvar 2110 den 2026-07-01.");
        assertThat(rules.may(new ApprovalRules.Question("rektor", Step.DECISION, VARD, BigDecimal.TEN, SUPPLIER, DAY))).isFalse();
    }

    @Test
    void aReviewRightIsNoDecisionRight() {
        assertThat(rules.may(new ApprovalRules.Question("granskare", Step.REVIEW, SKOLA, BigDecimal.TEN, SUPPLIER, DAY))).isTrue();
        assertThat(rules.may(decide("granskare", "10.00", DAY))).isFalse();
    }

    @Test
    void aSubstituteActsOnlyInTheHoldersAbsencePeriodAndWithinTheHoldersLimit() {
        LocalDate away = LocalDate.of(2026, 3, 10);
        LocalDate back = LocalDate.of(2026, 3, 20);
        ApprovalRules withAbsence = new ApprovalRules(REGISTER,
                (user, on) -> user.equals("rektor") && !on.isBefore(away) && !on.isAfter(back), ApprovalRules.Conflicts.NONE);
        assertThat(withAbsence.may(decide("bitr.rektor", "100.00", away))).isTrue();
        assertThat(withAbsence.may(decide("bitr.rektor", "100.00", back))).isTrue();
        assertThat(withAbsence.may(decide("bitr.rektor", "100.00", away.minusDays(1)))).isFalse();
        assertThat(withAbsence.may(decide("bitr.rektor", "100.00", back.plusDays(1)))).isFalse();
        assertThat(withAbsence.may(decide("bitr.rektor", "50000.01", away))).isFalse();
        assertThat(withAbsence.principalsOf("bitr.rektor", away)).containsExactly("rektor");
    }

    @Test
    void jävBlocksTheApproverAndTheNextInLineSkipsThem() {
        ApprovalRules withConflict = new ApprovalRules(REGISTER, ApprovalRules.Absences.NONE,
                (user, org) -> user.equals("rektor") && org.equals(SUPPLIER) ? Optional.of("närståendes bolag") : Optional.empty());
        assertThatThrownBy(() -> withConflict.check(decide("rektor", "100.00", DAY)))
                .hasMessageStartingWith("Jäv: leverantören är registrerad som närståendes bolag för rektor");
        assertThat(withConflict.nextApprover(Step.DECISION, SKOLA, new BigDecimal("100.00"), SUPPLIER, DAY, List.of()))
                .contains("chef.skola");
    }

    @Test
    void theNextApproverIsNeverTheReviewer() {
        assertThat(rules.nextApprover(Step.DECISION, SKOLA, new BigDecimal("100.00"), SUPPLIER, DAY, List.of("Rektor ")))
                .contains("chef.skola");
    }

    @Test
    void forwardingToSomeoneWithoutTheRightIsRefused() {
        assertThatThrownBy(() -> rules.check(decide("eko1", "100.00", DAY)))
                .isInstanceOf(Refused.class).hasMessage("eko1 har ingen beslutsattest på ansvar 2110 den 2026-03-16.");
    }
}
