package se.servicekontor.supplierinvoice.intake;

import static se.servicekontor.supplierinvoice.intake.Dom.first;
import static se.servicekontor.supplierinvoice.intake.Dom.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Who sent a file and what it claims, read as far as the file allows, so that an officer can return a rejected
 * file without reading its XML: seller name (BT-27) and organisation number (BT-30), invoice number (BT-1),
 * amount due (BT-115) and due date (BT-9). Each value is read on its own; a broken one is left out, not fatal.
 */
public record FileSender(String name, String organisationNumber, String invoiceNumber, BigDecimal amountDue,
                         String currency, LocalDate dueDate) {

    static final FileSender UNKNOWN = new FileSender(null, null, null, null, null, null);

    /** Nothing could be read. */
    public boolean unknown() {
        return name == null && organisationNumber == null && invoiceNumber == null && amountDue == null && dueDate == null;
    }

    /** A Swedish organisation number as NNNNNN-NNNN, else as written; empty when none. */
    public String organisationNumberText() {
        if (organisationNumber == null) {
            return "";
        }
        String digits = organisationNumber.replaceAll("\\D", "");
        String bare = digits.length() == 12 && organisationNumber.toUpperCase(java.util.Locale.ROOT).startsWith("SE")
                ? digits.substring(0, 10) : digits;
        return bare.length() == 10 ? bare.substring(0, 6) + "-" + bare.substring(6) : organisationNumber;
    }

    /** Reads what it can from a UBL Invoice/CreditNote or a CII invoice. */
    static FileSender of(Document document) {
        Element root = document.getDocumentElement();
        if (root == null) {
            return UNKNOWN;
        }
        if (Dom.RSM.equals(root.getNamespaceURI())) {
            Element settlement = first(root, "rsm:SupplyChainTradeTransaction", "ram:ApplicableHeaderTradeSettlement");
            Element seller = first(root, "rsm:SupplyChainTradeTransaction", "ram:ApplicableHeaderTradeAgreement", "ram:SellerTradeParty");
            Element amount = first(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation", "ram:DuePayableAmount");
            return new FileSender(safe(() -> text(seller, "ram:Name")),
                    safe(() -> text(seller, "ram:SpecifiedLegalOrganization", "ram:ID")),
                    safe(() -> text(root, "rsm:ExchangedDocument", "ram:ID")),
                    safe(() -> new BigDecimal(Dom.text(amount).strip())),
                    safe(() -> text(settlement, "ram:InvoiceCurrencyCode")),
                    safe(() -> ciiDate(text(settlement, "ram:SpecifiedTradePaymentTerms", "ram:DueDateDateTime", "udt:DateTimeString"))));
        }
        Element party = first(root, "cac:AccountingSupplierParty", "cac:Party");
        Element legal = first(party, "cac:PartyLegalEntity");
        return new FileSender(
                safe(() -> firstNonNull(text(legal, "cbc:RegistrationName"), text(party, "cac:PartyName", "cbc:Name"))),
                safe(() -> text(legal, "cbc:CompanyID")),
                safe(() -> text(root, "cbc:ID")),
                safe(() -> new BigDecimal(text(root, "cac:LegalMonetaryTotal", "cbc:PayableAmount").strip())),
                safe(() -> text(root, "cbc:DocumentCurrencyCode")),
                safe(() -> LocalDate.parse(firstNonNull(text(root, "cbc:DueDate"), text(root, "cac:PaymentMeans", "cbc:PaymentDueDate")).strip())));
    }

    private static LocalDate ciiDate(String yyyymmdd) {
        String d = yyyymmdd.strip();
        return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6, 8)));
    }

    private static String firstNonNull(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** The value, or null when the file does not have it in a readable form. */
    private static <T> T safe(Supplier<T> read) {
        try {
            T value = read.get();
            return value instanceof String s && s.isBlank() ? null : value;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
