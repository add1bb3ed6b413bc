package se.servicekontor.supplierinvoice.intake.validation;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation2026_05;

/**
 * The phive validation executor sets intake uses, pinned to exact versions so that an upgrade of
 * phive-rules is a reviewed code change (OfficialTestFilesTests and known-deviations.txt move with it).
 * <p>
 * Peppol: the newest release in phive-rules-peppol 4.3.7, 2026.5 = BIS Billing 3.0.21 (valid from
 * 2026-08-17): XSD + the CEN EN 16931 UBL schematron + the Peppol schematron, which carries the national
 * rules including the Swedish SE-R-001…013. phive-rules-peppol ships no Peppol rules for CII (the CII
 * set is commented out upstream), so a CII invoice gets the EN 16931 rules only.
 * <p>
 * EN 16931: the CEN validation artefacts 1.3.16, the release the CEN unit tests in shared/data come from.
 */
public enum RuleSet {

    PEPPOL_UBL_INVOICE(InvoiceSyntax.UBL_INVOICE, PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3,
            "Peppol BIS Billing 3.0.21 (2026.5) UBL Invoice"),
    PEPPOL_UBL_CREDIT_NOTE(InvoiceSyntax.UBL_CREDIT_NOTE, PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3,
            "Peppol BIS Billing 3.0.21 (2026.5) UBL CreditNote"),
    EN16931_UBL_INVOICE(InvoiceSyntax.UBL_INVOICE, EN16931Validation.VID_UBL_INVOICE_1316, "EN 16931 1.3.16 UBL Invoice"),
    EN16931_UBL_CREDIT_NOTE(InvoiceSyntax.UBL_CREDIT_NOTE, EN16931Validation.VID_UBL_CREDIT_NOTE_1316,
            "EN 16931 1.3.16 UBL CreditNote"),
    EN16931_CII(InvoiceSyntax.CII, EN16931Validation.VID_CII_1316, "EN 16931 1.3.16 CII");

    private final InvoiceSyntax syntax;
    private final DVRCoordinate id;
    private final String displayName;

    RuleSet(InvoiceSyntax syntax, DVRCoordinate id, String displayName) {
        this.syntax = syntax;
        this.id = id;
        this.displayName = displayName;
    }

    /** The one syntax this rule set validates. */
    public InvoiceSyntax syntax() {
        return syntax;
    }

    DVRCoordinate id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** BT-24 of an invoice that claims the European standard itself and no CIUS (no Peppol, no national rules). */
    public static final String EN16931_CORE = "urn:cen.eu:en16931:2017";

    /**
     * What intake validates a document with. Peppol BIS 3 (with the Swedish SE-R rules) for UBL, except a UBL
     * document whose BT-24 is exactly {@value #EN16931_CORE}: it claims the European standard without any
     * CIUS, and lag (2018:1277) obliges a public buyer to accept every invoice that follows EN 16931, so it is
     * held to the EN 16931 rules only. Any other BT-24 (Peppol's, another CIUS's, none) gets the Peppol rules.
     */
    public static RuleSet forIntake(InvoiceSyntax syntax, String customizationId) {
        if (customizationId != null && EN16931_CORE.equals(customizationId.strip()) && syntax != InvoiceSyntax.CII) {
            return en16931(syntax);
        }
        return forIntake(syntax);
    }

    /** What intake validates a document of this syntax with when it claims Peppol BIS 3 (or anything but plain EN 16931). */
    static RuleSet forIntake(InvoiceSyntax syntax) {
        return switch (syntax) {
            case UBL_INVOICE -> PEPPOL_UBL_INVOICE;
            case UBL_CREDIT_NOTE -> PEPPOL_UBL_CREDIT_NOTE;
            case CII -> EN16931_CII; // no Peppol CII artefact in phive-rules-peppol 4.3.7
        };
    }

    /** The CEN rules alone, e.g. for the CEN unit tests and CEN examples that are not Peppol documents. */
    public static RuleSet en16931(InvoiceSyntax syntax) {
        return switch (syntax) {
            case UBL_INVOICE -> EN16931_UBL_INVOICE;
            case UBL_CREDIT_NOTE -> EN16931_UBL_CREDIT_NOTE;
            case CII -> EN16931_CII;
        };
    }
}
