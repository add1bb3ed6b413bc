package se.servicekontor.supplierinvoice.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.w3c.dom.Document;

import com.helger.cii.d16b.CIID16BCrossIndustryInvoiceTypeMarshaller;
import com.helger.ubl21.UBL21Marshaller;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import un.unece.uncefact.data.standard.crossindustryinvoice._100.CrossIndustryInvoiceType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.HeaderTradeAgreementType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.HeaderTradeSettlementType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeSettlementHeaderMonetarySummationType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.AmountType;

/**
 * Reads the header and totals of a validated e-invoice into a {@link ParsedInvoice}, with ph-ubl for UBL
 * 2.1 Invoice/CreditNote and ph-cii for CII D16B. Give it a DOM from the intake's secure parser, after
 * validation passed; the XSD check is not repeated here. Thread-safe: each call uses its own marshaller.
 */
final class InvoiceReader {

    private static final String UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    private static final String CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    /** UN/CEFACT date format 102. */
    private static final DateTimeFormatter CII_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private InvoiceReader() {
    }

    static ParsedInvoice read(Document document) {
        String namespace = Objects.requireNonNullElse(document.getDocumentElement().getNamespaceURI(), "");
        return switch (namespace) {
            case UBL_INVOICE -> invoice(required(UBL21Marshaller.invoice().setUseSchema(false).read(document)));
            case UBL_CREDIT_NOTE -> creditNote(required(UBL21Marshaller.creditNote().setUseSchema(false).read(document)));
            case CII -> cii(required(new CIID16BCrossIndustryInvoiceTypeMarshaller().setUseSchema(false).read(document)));
            default -> throw new IllegalArgumentException("Not UBL 2.1 Invoice/CreditNote or CII: " + namespace);
        };
    }

    private static ParsedInvoice invoice(InvoiceType ubl) {
        return new ParsedInvoice(ubl.getInvoiceTypeCodeValue(), ubl.getIDValue(), ubl.getIssueDateValueLocal(),
                ubl.getDueDateValueLocal(), ubl.getDocumentCurrencyCodeValue(), ubl.getBuyerReferenceValue(),
                sellerName(ubl.getAccountingSupplierParty()), sellerLegalId(ubl.getAccountingSupplierParty()),
                totals(ubl.getLegalMonetaryTotal(), ubl.getTaxTotal(), ubl.getDocumentCurrencyCodeValue(), ubl.getTaxCurrencyCodeValue()));
    }

    private static ParsedInvoice creditNote(CreditNoteType ubl) {
        // UBL 2.1 CreditNote has no DueDate; Peppol puts BT-9 in PaymentMeans/PaymentDueDate
        LocalDate due = ubl.getPaymentMeans().stream().map(PaymentMeansType::getPaymentDueDateValueLocal)
                .filter(Objects::nonNull).findFirst().orElse(null);
        return new ParsedInvoice(ubl.getCreditNoteTypeCodeValue(), ubl.getIDValue(), ubl.getIssueDateValueLocal(), due,
                ubl.getDocumentCurrencyCodeValue(), ubl.getBuyerReferenceValue(),
                sellerName(ubl.getAccountingSupplierParty()), sellerLegalId(ubl.getAccountingSupplierParty()),
                totals(ubl.getLegalMonetaryTotal(), ubl.getTaxTotal(), ubl.getDocumentCurrencyCodeValue(), ubl.getTaxCurrencyCodeValue()));
    }

    private static ParsedInvoice.Totals totals(MonetaryTotalType total, List<TaxTotalType> taxTotals, String currency, String taxCurrency) {
        return new ParsedInvoice.Totals(total.getLineExtensionAmountValue(), total.getAllowanceTotalAmountValue(),
                total.getChargeTotalAmountValue(), total.getTaxExclusiveAmountValue(),
                ublTax(taxTotals, currency), taxCurrency == null || taxCurrency.equals(currency) ? null : ublTax(taxTotals, taxCurrency),
                total.getTaxInclusiveAmountValue(), total.getPrepaidAmountValue(), total.getPayableRoundingAmountValue(),
                total.getPayableAmountValue());
    }

    /** BT-110 / BT-111: the TaxTotal whose TaxAmount is in the given currency. */
    private static BigDecimal ublTax(List<TaxTotalType> taxTotals, String currency) {
        return taxTotals.stream().map(TaxTotalType::getTaxAmount)
                .filter(a -> a != null && Objects.equals(currency, a.getCurrencyID()))
                .map(a -> a.getValue()).findFirst().orElse(null);
    }

    private static String sellerName(SupplierPartyType supplier) {
        return legalEntity(supplier).map(PartyLegalEntityType::getRegistrationNameValue).orElse(null);
    }

    private static String sellerLegalId(SupplierPartyType supplier) {
        return legalEntity(supplier).map(PartyLegalEntityType::getCompanyIDValue).orElse(null);
    }

    private static java.util.Optional<PartyLegalEntityType> legalEntity(SupplierPartyType supplier) {
        return supplier == null || supplier.getParty() == null ? java.util.Optional.empty()
                : supplier.getParty().getPartyLegalEntity().stream().findFirst();
    }

    private static ParsedInvoice cii(CrossIndustryInvoiceType cii) {
        var transaction = cii.getSupplyChainTradeTransaction();
        HeaderTradeAgreementType agreement = transaction.getApplicableHeaderTradeAgreement();
        HeaderTradeSettlementType settlement = transaction.getApplicableHeaderTradeSettlement();
        TradeSettlementHeaderMonetarySummationType sum = settlement.getSpecifiedTradeSettlementHeaderMonetarySummation();
        String currency = settlement.getInvoiceCurrencyCodeValue();
        String taxCurrency = settlement.getTaxCurrencyCodeValue();
        var seller = agreement.getSellerTradeParty();
        LocalDate due = settlement.getSpecifiedTradePaymentTerms().stream()
                .filter(t -> t.getDueDateDateTime() != null && t.getDueDateDateTime().getDateTimeString() != null)
                .map(t -> LocalDate.parse(t.getDueDateDateTime().getDateTimeString().getValue().strip(), CII_DATE))
                .findFirst().orElse(null);
        var document = cii.getExchangedDocument();
        return new ParsedInvoice(document.getTypeCodeValue(), document.getIDValue(),
                LocalDate.parse(document.getIssueDateTime().getDateTimeString().getValue().strip(), CII_DATE), due, currency,
                agreement.getBuyerReferenceValue(), seller.getNameValue(),
                seller.getSpecifiedLegalOrganization() == null ? null : seller.getSpecifiedLegalOrganization().getIDValue(),
                new ParsedInvoice.Totals(first(sum.getLineTotalAmount()), first(sum.getAllowanceTotalAmount()),
                        first(sum.getChargeTotalAmount()), first(sum.getTaxBasisTotalAmount()),
                        inCurrency(sum.getTaxTotalAmount(), currency),
                        taxCurrency == null || taxCurrency.equals(currency) ? null : inCurrency(sum.getTaxTotalAmount(), taxCurrency),
                        first(sum.getGrandTotalAmount()), first(sum.getTotalPrepaidAmount()), first(sum.getRoundingAmount()),
                        first(sum.getDuePayableAmount())));
    }

    private static BigDecimal first(List<AmountType> amounts) {
        return amounts.isEmpty() ? null : amounts.get(0).getValue();
    }

    /** BT-110/111 in CII: TaxTotalAmount carries currencyID; one without it counts as the invoice currency. */
    private static BigDecimal inCurrency(List<AmountType> amounts, String currency) {
        Function<AmountType, String> currencyOf = a -> a.getCurrencyID() == null ? currency : a.getCurrencyID();
        return amounts.stream().filter(a -> Objects.equals(currency, currencyOf.apply(a))).map(AmountType::getValue)
                .findFirst().orElse(null);
    }

    private static <T> T required(T read) {
        if (read == null) {
            throw new IllegalArgumentException("The document could not be read as UBL/CII (JAXB)");
        }
        return read;
    }
}
