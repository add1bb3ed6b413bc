package se.servicekontor.supplierinvoice.inbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.servicekontor.shared.BankgiroNumber;
import se.servicekontor.shared.PlusgiroNumber;

/**
 * Swedish formats for invoice pages, beside the platform's {@code @fmt}: amounts in the invoice's own currency
 * ({@code 1 234,50 kr}, {@code 1 234,50 EUR}), quantities and prices with the decimals the document has, VAT
 * rates, UN/ECE unit codes and UNCL 1001 document types in words. Templates call {@code ${@invoiceFormat.money(x, 'SEK')}}.
 */
@Component("invoiceFormat")
public class InvoiceFormats {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("EA", "st"), Map.entry("C62", "st"),
            Map.entry("H87", "st"), Map.entry("XPP", "st"), Map.entry("HUR", "tim"), Map.entry("DAY", "dagar"),
            Map.entry("MON", "mån"), Map.entry("KGM", "kg"), Map.entry("LTR", "l"), Map.entry("MTR", "m"),
            Map.entry("MTK", "m²"), Map.entry("KWH", "kWh"), Map.entry("MIN", "min"), Map.entry("ANN", "år"),
            Map.entry("LS", "klumpsumma"), Map.entry("SET", "set"), Map.entry("PR", "par"));

    private static final Map<String, String> TYPES = Map.of("380", "Faktura", "381", "Kreditnota", "383", "Debetnota",
            "384", "Rättad faktura", "386", "Förskottsfaktura", "389", "Självfaktura", "393", "Factoringfaktura",
            "396", "Factoringkreditnota", "326", "Delfaktura", "751", "Fakturainformation");

    /** UNCL 4461 payment means (BT-81) in words, the codes Peppol BIS Billing 3.0 invoices use. */
    private static final Map<String, String> MEANS = Map.ofEntries(Map.entry("1", "Ej angivet"), Map.entry("10", "Kontant"),
            Map.entry("20", "Check"), Map.entry("30", "Kontoöverföring"), Map.entry("31", "Betalning till konto (debitering)"),
            Map.entry("42", "Betalning till bankkonto"), Map.entry("48", "Bankkort"), Map.entry("49", "Autogiro"),
            Map.entry("57", "Stående överföring"), Map.entry("58", "SEPA-överföring"), Map.entry("59", "SEPA-autogiro"),
            Map.entry("97", "Avräkning mellan parterna"), Map.entry("ZZZ", "Enligt överenskommelse"));

    /** The VAT categories of EN 16931 (UNCL 5305 subset, BT-118) as an officer reads them. */
    private static final Map<String, String> VAT_CATEGORIES = Map.of(
            "S", "Normal momssats (25, 12 eller 6 %)",
            "Z", "Nollskattesats: varan eller tjänsten har 0 % moms",
            "E", "Undantagen från moms (till exempel sjukvård, utbildning)",
            "AE", "Omvänd skattskyldighet: köparen redovisar momsen",
            "K", "Unionsintern leverans, momsfri (köparen redovisar förvärvsmoms)",
            "G", "Export utanför EU, momsfri",
            "O", "Utanför momsens tillämpningsområde",
            "L", "Kanarieöarnas skatt (IGIC)",
            "M", "Ceuta och Melillas skatt (IPSI)");

    /** "Kontoöverföring (30)"; the bare code when unknown. */
    public String paymentMeans(String code) {
        if (code == null) {
            return "";
        }
        String name = MEANS.get(code.strip());
        return name == null ? code : name + " (" + code.strip() + ")";
    }

    /** What a VAT category code means, for the invoice page; empty when unknown. */
    public String vatCategory(String code) {
        return code == null ? "" : VAT_CATEGORIES.getOrDefault(code.strip(), "");
    }

    /** 1 234,50 kr for SEK, 1 234,50 EUR for other currencies; empty for null. */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        String unit = currency == null || currency.equals("SEK") ? "kr" : currency;
        return format.format(amount).replace('\u2212', '-') + "\u00a0" + unit;
    }

    /** A quantity or unit price with its own decimals (at least none, at most six): 12, 0,5, 1 250,125. */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMinimumFractionDigits(Math.max(0, Math.min(2, value.stripTrailingZeros().scale())));
        format.setMaximumFractionDigits(6);
        return format.format(value).replace('\u2212', '-');
    }

    /** 25 %, 12,5 %; empty for null. */
    public String percent(BigDecimal rate) {
        return rate == null ? "" : decimal(rate) + "\u00a0%";
    }

    public String unit(String code) {
        return code == null ? "" : UNITS.getOrDefault(code, code);
    }

    /** "Faktura (380)", "Kreditnota (381)"; the bare code when unknown. */
    public String documentType(String code) {
        if (code == null) {
            return "";
        }
        String name = TYPES.get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    /** 5566778899 → 556677-8899; anything else as given. */
    public String organisationNumber(String digits) {
        return digits != null && digits.matches("\\d{10}") ? digits.substring(0, 6) + "-" + digits.substring(6)
                : digits == null ? "" : digits;
    }

    /** A payment account written as people read it: bankgiro 5050-1055, plusgiro 4105489-1, IBAN in groups of four. */
    public String account(String kind, String id) {
        if (id == null) {
            return "";
        }
        try {
            return switch (kind) {
                case "BANKGIRO" -> BankgiroNumber.parse(id).toString();
                case "PLUSGIRO" -> PlusgiroNumber.parse(id).toString();
                case "IBAN" -> id.replaceAll("\\s", "").replaceAll("(.{4})(?!$)", "$1 ");
                default -> id;
            };
        } catch (IllegalArgumentException e) {
            return id;
        }
    }

    /** Bytes as people read them: 532 byte, 12,3 kB, 1,4 MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + "\u00a0byte";
        }
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024 ? format.format(bytes / 1024.0) + "\u00a0kB" : format.format(bytes / (1024.0 * 1024)) + "\u00a0MB";
    }
}
