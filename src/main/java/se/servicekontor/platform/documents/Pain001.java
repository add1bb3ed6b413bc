package se.servicekontor.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.servicekontor.shared.Amount;
import se.servicekontor.shared.BankgiroNumber;
import se.servicekontor.shared.PlusgiroNumber;

/**
 * Writes a customer credit transfer initiation, ISO 20022 {@code pain.001.001.03}, as Swedish banks take it
 * (the Swedish Bankers' Association / Bankgirot implementation guides for pain.001.001.03): one group
 * header, one payment information block per requested execution date, and one transaction per payment.
 * It knows nothing about what is paid: supplier payments give category purpose {@code SUPP}, salary
 * files {@code SALA}.
 * <p>
 * The bytes depend only on the {@link Order}: the message id, creation time and every id are given by
 * the caller (derive them from the run, see {@link #paymentInfoId}), payments keep their order within a
 * date, dates ascend. Writing the same order twice gives the identical file, so a release interrupted by a
 * crash can be written again and compared by SHA-256.
 * <p>
 * Creditor accounts: bankgiro as {@code Othr/Id} with proprietary scheme {@code BGNR} and clearing
 * member 9900; plusgiro as BBAN with clearing member 9960; a Swedish bank account as BBAN (account
 * digits) with its clearing number as {@code ClrSysMmbId} in system {@code SESBA}; a foreign one as IBAN
 * (+ BIC when known). Thread-safe: no state.
 */
public final class Pain001 {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final Pattern MAX35 = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]{1,35}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}]");

    private Pain001() {
    }

    /** The paying organisation and the account money leaves from. */
    public record Debtor(String name, String organisationNumber, String iban, String bic) {
        public Debtor {
            requireText(name, "debtor name");
            requireText(iban, "debtor IBAN");
            requireText(bic, "debtor BIC");
        }
    }

    /** Where a payment goes. */
    public sealed interface CreditorAccount {
    }

    public record Bankgiro(BankgiroNumber number) implements CreditorAccount {
    }

    public record Plusgiro(PlusgiroNumber number) implements CreditorAccount {
    }

    /** A Swedish bank account: clearing number (4–5 digits) and account number. */
    public record SwedishAccount(String clearing, String account) implements CreditorAccount {
        public SwedishAccount {
            if (clearing == null || !clearing.matches("\\d{4,5}") || account == null || !account.matches("\\d{1,15}")) {
                throw new IllegalArgumentException("Ett svenskt bankkonto är clearingnummer (4–5 siffror) och kontonummer");
            }
        }
    }

    /** An account given as IBAN; BIC may be null (inside the EEA the IBAN suffices). */
    public record Iban(String iban, String bic) implements CreditorAccount {
        public Iban {
            if (iban == null || !iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{1,30}")) {
                throw new IllegalArgumentException("Ett IBAN börjar med landskod och två kontrollsiffror: " + iban);
            }
        }
    }

    /**
     * What the creditor asked to see on the payment: a structured creditor reference (OCR, {@code SCOR})
     * or a free text (max 140 characters), never both (Swedish banks carry only one).
     */
    public record Remittance(String ocr, String text) {
        public Remittance {
            if ((ocr == null) == (text == null)) {
                throw new IllegalArgumentException("A remittance is an OCR reference or a text, exactly one");
            }
            if (text != null && text.length() > 140) {
                text = text.substring(0, 140);
            }
        }

        public static Remittance ocr(String reference) {
            return new Remittance(reference, null);
        }

        public static Remittance text(String text) {
            return new Remittance(null, text);
        }
    }

    /** One credit transfer. The end-to-end id comes back in the bank's answer and must lead to what was paid. */
    public record Payment(String endToEndId, LocalDate executionDate, Amount amount, String creditorName,
            CreditorAccount account, Remittance remittance) {
        public Payment {
            requireId(endToEndId, "EndToEndId");
            Objects.requireNonNull(executionDate, "executionDate");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(remittance, "remittance");
            requireText(creditorName, "creditor name");
            if (amount == null || !amount.isPositive()) {
                throw new IllegalArgumentException("A payment is for a positive amount: " + endToEndId + " " + amount);
            }
        }
    }

    /** A whole file. {@code categoryPurpose} is an ISO external code: {@code SUPP}, {@code SALA}, … */
    public record Order(String messageId, LocalDateTime createdAt, String categoryPurpose, Debtor debtor,
            List<Payment> payments) {
        public Order {
            requireId(messageId, "MsgId");
            Objects.requireNonNull(createdAt, "createdAt");
            if (categoryPurpose == null || !categoryPurpose.matches("[A-Z]{4}")) {
                throw new IllegalArgumentException("Category purpose is a four-letter code: " + categoryPurpose);
            }
            Objects.requireNonNull(debtor, "debtor");
            payments = List.copyOf(payments);
            if (payments.isEmpty()) {
                throw new IllegalArgumentException("A payment file has at least one payment");
            }
            if (payments.stream().map(Payment::endToEndId).distinct().count() != payments.size()) {
                throw new IllegalArgumentException("EndToEndId repeats in " + messageId);
            }
        }

        public Amount total() {
            return Amount.sum(payments.stream().map(Payment::amount));
        }
    }

    /** The payment information id of one execution date in a message: {@code MsgId-yyyyMMdd}, at most 35 characters. */
    public static String paymentInfoId(String messageId, LocalDate executionDate) {
        String id = messageId + "-" + COMPACT.format(executionDate);
        return id.length() <= 35 ? id : id.substring(id.length() - 35);
    }

    public static byte[] write(Order order) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + order.payments().size() * 700);
        write(order, out);
        return out.toByteArray();
    }

    public static void write(Order order, OutputStream out) {
        Map<LocalDate, List<Payment>> byDate = new TreeMap<>();
        for (Payment p : order.payments()) {
            byDate.computeIfAbsent(p.executionDate(), d -> new ArrayList<>()).add(p);
        }
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            Writer w = new Writer(xml);
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            w.open("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            w.open("CstmrCdtTrfInitn");
            w.open("GrpHdr");
            w.leaf("MsgId", order.messageId());
            w.leaf("CreDtTm", CREATED.format(order.createdAt().truncatedTo(ChronoUnit.SECONDS)));
            w.leaf("NbOfTxs", String.valueOf(order.payments().size()));
            w.leaf("CtrlSum", decimal(order.total()));
            w.open("InitgPty");
            w.leaf("Nm", clean(order.debtor().name(), 70));
            organisationId(w, order.debtor());
            w.close();
            w.close();
            for (Map.Entry<LocalDate, List<Payment>> batch : byDate.entrySet()) {
                paymentInfo(w, order, batch.getKey(), batch.getValue());
            }
            w.close();
            w.close();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write pain.001 " + order.messageId(), e);
        }
    }

    private static void paymentInfo(Writer w, Order order, LocalDate date, List<Payment> payments) throws XMLStreamException {
        w.open("PmtInf");
        w.leaf("PmtInfId", paymentInfoId(order.messageId(), date));
        w.leaf("PmtMtd", "TRF");
        w.leaf("NbOfTxs", String.valueOf(payments.size()));
        w.leaf("CtrlSum", decimal(Amount.sum(payments.stream().map(Payment::amount))));
        w.open("PmtTpInf");
        w.open("CtgyPurp");
        w.leaf("Cd", order.categoryPurpose());
        w.close();
        w.close();
        w.leaf("ReqdExctnDt", DATE.format(date));
        w.open("Dbtr");
        w.leaf("Nm", clean(order.debtor().name(), 70));
        organisationId(w, order.debtor());
        w.close();
        w.open("DbtrAcct");
        w.open("Id");
        w.leaf("IBAN", order.debtor().iban());
        w.close();
        w.leaf("Ccy", "SEK");
        w.close();
        w.open("DbtrAgt");
        w.open("FinInstnId");
        w.leaf("BIC", order.debtor().bic());
        w.close();
        w.close();
        w.leaf("ChrgBr", "SLEV");
        for (Payment p : payments) {
            transaction(w, p);
        }
        w.close();
    }

    private static void transaction(Writer w, Payment p) throws XMLStreamException {
        w.open("CdtTrfTxInf");
        w.open("PmtId");
        w.leaf("InstrId", p.endToEndId());
        w.leaf("EndToEndId", p.endToEndId());
        w.close();
        w.open("Amt");
        w.openWithAttribute("InstdAmt", "Ccy", "SEK");
        w.text(decimal(p.amount()));
        w.close();
        w.close();
        creditorAgent(w, p.account());
        w.open("Cdtr");
        w.leaf("Nm", clean(p.creditorName(), 70));
        w.close();
        w.open("CdtrAcct");
        w.open("Id");
        CreditorAccount account = p.account();
        if (account instanceof Iban iban) {
            w.leaf("IBAN", iban.iban());
        } else if (account instanceof Bankgiro bg) {
            other(w, bg.number().digits(), null, "BGNR");
        } else if (account instanceof Plusgiro pg) {
            other(w, pg.number().digits(), "BBAN", null);
        } else {
            other(w, ((SwedishAccount) account).account(), "BBAN", null);
        }
        w.close();
        w.close();
        w.open("RmtInf");
        if (p.remittance().ocr() != null) {
            w.open("Strd");
            w.open("CdtrRefInf");
            w.open("Tp");
            w.open("CdOrPrtry");
            w.leaf("Cd", "SCOR");
            w.close();
            w.close();
            w.leaf("Ref", clean(p.remittance().ocr(), 35));
            w.close();
            w.close();
        } else {
            w.leaf("Ustrd", clean(p.remittance().text(), 140));
        }
        w.close();
        w.close();
    }

    private static void creditorAgent(Writer w, CreditorAccount account) throws XMLStreamException {
        String clearing = account instanceof Bankgiro ? "9900"
                : account instanceof Plusgiro ? "9960"
                : account instanceof SwedishAccount sa ? sa.clearing() : null;
        String bic = account instanceof Iban iban ? iban.bic() : null;
        if (clearing == null && bic == null) {
            return;
        }
        w.open("CdtrAgt");
        w.open("FinInstnId");
        if (bic != null) {
            w.leaf("BIC", bic);
        }
        if (clearing != null) {
            w.open("ClrSysMmbId");
            w.open("ClrSysId");
            w.leaf("Cd", "SESBA");
            w.close();
            w.leaf("MmbId", clearing);
            w.close();
        }
        w.close();
        w.close();
    }

    private static void other(Writer w, String id, String code, String proprietary) throws XMLStreamException {
        w.open("Othr");
        w.leaf("Id", id);
        w.open("SchmeNm");
        if (code != null) {
            w.leaf("Cd", code);
        } else {
            w.leaf("Prtry", proprietary);
        }
        w.close();
        w.close();
    }

    private static void organisationId(Writer w, Debtor debtor) throws XMLStreamException {
        if (debtor.organisationNumber() == null) {
            return;
        }
        w.open("Id");
        w.open("OrgId");
        w.open("Othr");
        w.leaf("Id", debtor.organisationNumber().replace("-", ""));
        w.close();
        w.close();
        w.close();
    }

    /** Plain decimal with two places, a point and no exponent ({@code ActiveOrHistoricCurrencyAndAmount}). */
    private static String decimal(Amount amount) {
        BigDecimal value = amount.value().setScale(2);
        return value.toPlainString();
    }

    /** Names and texts: no control characters, at most {@code max} characters. */
    private static String clean(String text, int max) {
        String c = CONTROL.matcher(text).replaceAll(" ").strip();
        return c.length() <= max ? c : c.substring(0, max);
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }

    private static void requireId(String id, String what) {
        if (id == null || !MAX35.matcher(id).matches() || id.isBlank()) {
            throw new IllegalArgumentException(what + " is 1–35 characters of the SWIFT set: " + id);
        }
    }

    /** Writes nested elements with two-space indentation, so a person can read the file. */
    private static final class Writer {
        private static final String[] INDENTS = new String[16];

        static {
            for (int i = 0; i < INDENTS.length; i++) {
                INDENTS[i] = "\n" + "  ".repeat(i);
            }
        }

        private final XMLStreamWriter xml;
        private int depth;
        private boolean leafOpen;

        Writer(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void open(String name) throws XMLStreamException {
            indent();
            xml.writeStartElement(name);
            depth++;
            leafOpen = false;
        }

        void openWithAttribute(String name, String attribute, String value) throws XMLStreamException {
            indent();
            xml.writeStartElement(name);
            xml.writeAttribute(attribute, value);
            depth++;
            leafOpen = true;
        }

        void text(String text) throws XMLStreamException {
            xml.writeCharacters(text);
        }

        void leaf(String name, String text) throws XMLStreamException {
            indent();
            xml.writeStartElement(name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        void close() throws XMLStreamException {
            depth--;
            if (!leafOpen) {
                indent();
            }
            leafOpen = false;
            xml.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            xml.writeCharacters(INDENTS[Math.min(depth, INDENTS.length - 1)]);
        }
    }
}
