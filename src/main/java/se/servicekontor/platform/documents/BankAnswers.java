package se.servicekontor.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the bank's answer to a payment file: a debit notification {@code camt.054} (what was booked on
 * the account) or a payment status report {@code pain.002} (accepted or rejected, with the reason).
 * Parsed with {@link HardenedXml}; read by element names so that the ISO messages and the national
 * variants of the same messages (e.g. the Swiss {@code pain.002.001.03.ch.02}, {@code camt.054.001.04})
 * are read alike. {@link #readStrict} additionally requires the ISO namespace and validity against the
 * schema of that message version (what an import accepts).
 * <p>
 * Nothing the bank says is dropped: every transaction becomes an {@link Item}, also one without an
 * end-to-end id (then the consumer lists it for manual matching) and every entry without details.
 */
public final class BankAnswers {

    public static final String CAMT054 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02";
    public static final String PAIN002 = "urn:iso:std:iso:20022:tech:xsd:pain.002.001.03";

    private BankAnswers() {
    }

    public enum Kind { CAMT054, PAIN002 }

    /** What the bank says about one payment. */
    public enum Status {
        /** Booked as a debit on our account (camt.054 DBIT BOOK): the money has left. */
        PAID,
        /** Refused or returned, with a reason. */
        REJECTED,
        /** Accepted by the bank but not booked yet (pain.002 ACCP, ACTC, ACSP, PDNG …): nothing to do. */
        ACCEPTED,
        /** Anything else the bank reported (a credit, an unbooked entry): shown, never applied. */
        OTHER
    }

    /**
     * One transaction in the answer. {@code endToEndId} is null when the bank gave none; amounts are
     * positive; {@code reason} is the bank's code in words (Swedish) with its own text.
     */
    public record Item(String endToEndId, String originalMessageId, Status status, BigDecimal amount, String currency,
            LocalDate bookingDate, String bankReference, String reasonCode, String reason) {
    }

    /** {@code account}: the IBAN (or other id) the notification is for; null in a pain.002. */
    public record BankAnswer(Kind kind, String messageId, String account, String originalMessageId, List<Item> items) {
        public BankAnswer {
            items = List.copyOf(items);
        }
    }

    /** Why a bank file was not read, in Swedish, safe to show. */
    public static final class BankFileRefused extends Exception {
        public BankFileRefused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Reads either message; the namespace only has to name camt.054 or pain.002 of any version or variant. */
    public static BankAnswer read(byte[] content) throws BankFileRefused {
        Element root = parse(content).getDocumentElement();
        String ns = String.valueOf(root.getNamespaceURI());
        Element body = firstChild(root);
        if (body != null && body.getLocalName().equals("BkToCstmrDbtCdtNtfctn") && ns.contains("camt.054")) {
            return camt054(body);
        }
        if (body != null && body.getLocalName().equals("CstmrPmtStsRpt") && ns.contains("pain.002")) {
            return pain002(body);
        }
        throw new BankFileRefused("Filen är XML men varken ett bankbesked camt.054 eller en statusrapport pain.002 ("
                + ns + ").");
    }

    /** As {@link #read}, but only the ISO versions we support, and only when valid against their schema. */
    public static BankAnswer readStrict(byte[] content, Path schemaFolder) throws BankFileRefused {
        Document doc = parse(content);
        String ns = String.valueOf(doc.getDocumentElement().getNamespaceURI());
        String xsd = switch (ns) {
            case CAMT054 -> "camt.054.001.02.xsd";
            case PAIN002 -> "pain.002.001.03.xsd";
            default -> throw new BankFileRefused("Filen är inte camt.054.001.02 eller pain.002.001.03 (namnrymd " + ns
                    + "). Be banken om ISO 20022-versionen.");
        };
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            Schema schema = factory.newSchema(schemaFolder.resolve(xsd).toFile());
            schema.newValidator().validate(new DOMSource(doc));
        } catch (SAXParseException e) {
            throw new BankFileRefused("Filen följer inte schemat " + xsd + " (rad " + e.getLineNumber() + "): "
                    + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new BankFileRefused("Filen följer inte schemat " + xsd + ": " + e.getMessage());
        }
        return read(content);
    }

    private static Document parse(byte[] content) throws BankFileRefused {
        if (content.length == 0) {
            throw new BankFileRefused("Filen är tom.");
        }
        try {
            return HardenedXml.newBuilder().parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains(HardenedXml.DISALLOW_DOCTYPE)) {
                throw new BankFileRefused("Filen innehåller en DOCTYPE-deklaration och tas inte emot; ett bankbesked "
                        + "har ingen, och den kan användas för att läsa filer på servern (XXE).");
            }
            throw new BankFileRefused("Filen är inte XML (rad " + e.getLineNumber() + ", kolumn " + e.getColumnNumber()
                    + "): " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new BankFileRefused("Filen kunde inte läsas som XML: " + e.getMessage());
        }
    }

    private static BankAnswer camt054(Element body) {
        String messageId = text(body, "GrpHdr", "MsgId");
        List<Item> items = new ArrayList<>();
        String account = null;
        String originalMessageId = null;
        for (Element notification : children(body, "Ntfctn")) {
            Element id = path(notification, "Acct", "Id");
            String thisAccount = id == null ? null : text(id, "IBAN") != null ? text(id, "IBAN") : text(id, "Othr", "Id");
            account = account == null ? thisAccount : account;
            for (Element entry : children(notification, "Ntry")) {
                boolean debit = "DBIT".equals(text(entry, "CdtDbtInd"));
                boolean booked = "BOOK".equals(text(entry, "Sts"));
                boolean reversal = "true".equals(text(entry, "RvslInd"));
                LocalDate date = date(text(entry, "BookgDt", "Dt"), text(entry, "ValDt", "Dt"));
                String entryRef = text(entry, "AcctSvcrRef");
                List<Element> details = new ArrayList<>();
                for (Element d : children(entry, "NtryDtls")) {
                    details.addAll(children(d, "TxDtls"));
                }
                String batchMessageId = text(entry, "NtryDtls", "Btch", "MsgId");
                if (details.isEmpty()) {
                    items.add(new Item(null, batchMessageId, debit && booked && !reversal ? Status.PAID : Status.OTHER,
                            amount(path(entry, "Amt")), currency(path(entry, "Amt")), date, entryRef, null, null));
                    continue;
                }
                for (Element tx : details) {
                    Element amt = first(path(tx, "Amt"), path(tx, "AmtDtls", "TxAmt", "Amt"),
                            path(tx, "AmtDtls", "InstdAmt", "Amt"));
                    if (amt == null && details.size() == 1) {
                        amt = path(entry, "Amt");
                    }
                    String msgId = text(tx, "Refs", "MsgId") != null ? text(tx, "Refs", "MsgId") : batchMessageId;
                    originalMessageId = originalMessageId == null ? msgId : originalMessageId;
                    String code = text(tx, "RtrInf", "Rsn", "Cd");
                    Status status = code != null || reversal ? Status.REJECTED
                            : debit && booked ? Status.PAID : Status.OTHER;
                    String ref = text(tx, "Refs", "AcctSvcrRef") != null ? text(tx, "Refs", "AcctSvcrRef") : entryRef;
                    items.add(new Item(endToEnd(text(tx, "Refs", "EndToEndId")), msgId, status, amount(amt), currency(amt),
                            date, ref, code, status == Status.REJECTED ? reason(code, text(tx, "RtrInf", "AddtlInf")) : null));
                }
            }
        }
        return new BankAnswer(Kind.CAMT054, messageId, account, originalMessageId, items);
    }

    private static BankAnswer pain002(Element body) {
        String messageId = text(body, "GrpHdr", "MsgId");
        Element group = path(body, "OrgnlGrpInfAndSts");
        String original = text(group, "OrgnlMsgId");
        String groupStatus = text(group, "GrpSts");
        LocalDate created = date(text(body, "GrpHdr", "CreDtTm"), null);
        List<Item> items = new ArrayList<>();
        for (Element info : children(body, "OrgnlPmtInfAndSts")) {
            String infoStatus = text(info, "PmtInfSts") != null ? text(info, "PmtInfSts") : groupStatus;
            List<Element> txs = children(info, "TxInfAndSts");
            if (txs.isEmpty()) {
                Element reason = path(info, "StsRsnInf");
                items.add(statusItem(null, original, infoStatus, null, created, text(info, "OrgnlPmtInfId"), reason));
            }
            for (Element tx : txs) {
                String status = text(tx, "TxSts") != null ? text(tx, "TxSts") : infoStatus;
                Element amt = path(tx, "OrgnlTxRef", "Amt", "InstdAmt");
                items.add(statusItem(endToEnd(text(tx, "OrgnlEndToEndId")), original, status, amt, created,
                        text(tx, "AcctSvcrRef") != null ? text(tx, "AcctSvcrRef") : text(tx, "StsId"), path(tx, "StsRsnInf")));
            }
        }
        if (items.isEmpty()) {
            // Only a group status: it speaks for the whole original message.
            items.add(statusItem(null, original, groupStatus, null, created, null, path(group, "StsRsnInf")));
        }
        return new BankAnswer(Kind.PAIN002, messageId, null, original, items);
    }

    private static Item statusItem(String endToEndId, String original, String code, Element amt, LocalDate date,
            String ref, Element reasonInfo) {
        Status status = code == null ? Status.OTHER : switch (code) {
            case "RJCT" -> Status.REJECTED;
            case "ACCP", "ACTC", "ACSP", "ACWC", "ACCC", "PDNG", "RCVD", "PART" -> Status.ACCEPTED;
            case "ACSC" -> Status.PAID;
            default -> Status.OTHER;
        };
        String reasonCode = text(reasonInfo, "Rsn", "Cd");
        String reason = status == Status.REJECTED ? reason(reasonCode, text(reasonInfo, "AddtlInf")) : null;
        return new Item(endToEndId, original, status, amount(amt), currency(amt), date, ref, reasonCode, reason);
    }

    /** ISO 20022 external status reason codes a Swedish bank sends, in words (ExternalStatusReason1Code). */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("AC01", "Mottagarens kontonummer är fel"),
            Map.entry("AC04", "Mottagarens konto är avslutat"),
            Map.entry("AC06", "Kontot är spärrat"),
            Map.entry("AC13", "Fel kontotyp"),
            Map.entry("AG01", "Betalningen är inte tillåten för kontot"),
            Map.entry("AM04", "Täckning saknas på avsändarkontot"),
            Map.entry("AM05", "Betalningen är en dubblett"),
            Map.entry("BE04", "Mottagarens adress saknas eller är fel"),
            Map.entry("CUST", "Stoppad på kundens begäran"),
            Map.entry("DT01", "Fel datum"),
            Map.entry("FF01", "Filen har fel format"),
            Map.entry("MS02", "Mottagaren angav inget skäl"),
            Map.entry("MS03", "Banken angav inget skäl"),
            Map.entry("RC01", "Bankens identitet (BIC) är fel"),
            Map.entry("RR04", "Regelverket hindrar betalningen"));

    static String reason(String code, String bankText) {
        String words = code == null ? "Banken avvisade betalningen" : REASONS.getOrDefault(code, "Banken avvisade betalningen");
        String withCode = code == null ? words : words + " (" + code + ")";
        return bankText == null ? withCode : withCode + ": " + bankText;
    }

    private static String endToEnd(String id) {
        return id == null || id.equals("NOTPROVIDED") ? null : id;
    }

    private static LocalDate date(String text, String fallback) {
        String t = text != null ? text : fallback;
        if (t == null || t.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(t.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal amount(Element amt) {
        String t = text(amt);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String currency(Element amt) {
        return amt == null || !amt.hasAttribute("Ccy") ? null : amt.getAttribute("Ccy");
    }

    private static Element first(Element... candidates) {
        for (Element e : candidates) {
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    // Reading by local name: the element names are the same in every version and national variant.

    private static Element firstChild(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element path(Element from, String... names) {
        Element current = from;
        for (String name : names) {
            if (current == null) {
                return null;
            }
            List<Element> c = children(current, name);
            current = c.isEmpty() ? null : c.get(0);
        }
        return current;
    }

    private static String text(Element from, String... names) {
        return text(path(from, names));
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t.strip();
    }
}
