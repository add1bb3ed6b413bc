package se.servicekontor.accounting.sie;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;

import se.servicekontor.accounting.sie.SieDocument.SieObject;
import se.servicekontor.accounting.sie.SieDocument.SieRow;
import se.servicekontor.accounting.sie.SieDocument.SieVoucher;

/**
 * Writes a SIE 4 file, type 4I (SIE filformat utgåva 4B; see ../shared/data/sie/FORMAT-NOTES.md): IBM PC
 * code page 437 bytes (§5.8), LF line ends (§5.5), every name and text quoted with {@code \"} for a quote
 * (§5.7), amounts with a point and two decimals, debit positive (§5.9), dates YYYYMMDD (§5.10), records
 * in the prescribed order (§5.12): flag, identification, chart (#KONTO, #DIM, #OBJEKT), vouchers.
 * A voucher that does not balance is refused (§ #TRANS: rows sum to zero).
 * <p>
 * A character CP437 lacks is written as its base letter when it has one (č → c, ł → l is not decomposable
 * and becomes ?), otherwise {@code ?}; control characters become a space (§5.7 forbids them in texts).
 */
public final class SieWriter {

    static final Charset CP437 = Charset.forName("IBM437");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SieWriter() {
    }

    public static byte[] write(SieDocument doc) {
        StringBuilder s = new StringBuilder(4096 + doc.vouchers().size() * 200);
        line(s, "#FLAGGA", String.valueOf(doc.flag()));
        line(s, "#FORMAT", "PC8");
        line(s, "#SIETYP", "4");
        line(s, "#PROGRAM", quote(doc.program()), quote(doc.programVersion()));
        if (doc.generatedBy() == null) {
            line(s, "#GEN", date(doc.generated()));
        } else {
            line(s, "#GEN", date(doc.generated()), quote(doc.generatedBy()));
        }
        if (doc.comment() != null) {
            line(s, "#PROSA", quote(doc.comment()));
        }
        line(s, "#FNAMN", quote(doc.companyName()));
        if (doc.organisationNumber() != null) {
            line(s, "#ORGNR", orgnr(doc.organisationNumber()));
        }
        if (doc.chartType() != null) {
            line(s, "#KPTYP", doc.chartType());
        }
        for (Map.Entry<String, String> a : doc.accounts().entrySet()) {
            line(s, "#KONTO", a.getKey(), quote(a.getValue()));
        }
        for (Map.Entry<Integer, String> d : doc.dimensions().entrySet()) {
            line(s, "#DIM", String.valueOf(d.getKey()), quote(d.getValue()));
        }
        for (SieObject o : doc.objects()) {
            line(s, "#OBJEKT", String.valueOf(o.dimension()), quote(o.id()), quote(o.name()));
        }
        for (SieVoucher v : doc.vouchers()) {
            if (v.sum().signum() != 0) {
                throw new IllegalArgumentException("Verifikationen " + v.text() + " balanserar inte (" + v.sum() + ")");
            }
            if (v.registered() == null) {
                line(s, "#VER", quote(v.series()), quote(v.number()), date(v.date()), quote(v.text()));
            } else {
                line(s, "#VER", quote(v.series()), quote(v.number()), date(v.date()), quote(v.text()), date(v.registered()));
            }
            s.append("{\n");
            for (SieRow r : v.rows()) {
                s.append("#TRANS ").append(r.account()).append(' ').append(objects(r.objects())).append(' ')
                        .append(amount(r.amount()));
                if (r.date() != null || r.text() != null || r.quantity() != null) {
                    s.append(' ').append(r.date() == null ? "\"\"" : date(r.date()));
                    s.append(' ').append(quote(r.text()));
                    if (r.quantity() != null) {
                        s.append(' ').append(r.quantity().toPlainString());
                    }
                }
                s.append('\n');
            }
            s.append("}\n");
        }
        return encode(s);
    }

    private static void line(StringBuilder s, String label, String... fields) {
        s.append(label);
        for (String f : fields) {
            s.append(' ').append(f);
        }
        s.append('\n');
    }

    static String objects(Map<Integer, String> objects) {
        StringBuilder s = new StringBuilder("{");
        for (Map.Entry<Integer, String> o : objects.entrySet()) {
            if (s.length() > 1) {
                s.append(' ');
            }
            s.append(o.getKey()).append(' ').append(quote(o.getValue()));
        }
        return s.append('}').toString();
    }

    static String amount(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** {@code NNNNNN-NNNN} as #ORGNR wants it, whatever way it was stored. */
    static String orgnr(String number) {
        String digits = number.replaceAll("\\D", "");
        if (digits.length() == 12) {
            digits = digits.substring(2);
        }
        return digits.length() == 10 ? digits.substring(0, 6) + "-" + digits.substring(6) : digits;
    }

    static String quote(String text) {
        if (text == null) {
            return "\"\"";
        }
        String clean = CONTROL.matcher(text).replaceAll(" ");
        return "\"" + clean.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** CP437 bytes; what the code page lacks becomes its base letter or {@code ?}. */
    static byte[] encode(CharSequence text) {
        CharsetEncoder encoder = CP437.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 || encoder.canEncode(c)) {
                pending.append(c);
                continue;
            }
            String base = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
            pending.append(!base.isEmpty() && base.chars().allMatch(ch -> encoder.canEncode((char) ch)) ? base : "?");
        }
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(pending));
            out.write(bytes.array(), 0, bytes.limit());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("CP437 replacement left an unmappable character", e);
        }
        return out.toByteArray();
    }
}
