package se.servicekontor.accounting.sie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.servicekontor.accounting.sie.SieDocument.SieObject;
import se.servicekontor.accounting.sie.SieDocument.SieRow;
import se.servicekontor.accounting.sie.SieDocument.SieVoucher;

/**
 * Reads a SIE 4 file (SIE filformat utgåva 4B, see ../shared/data/sie/FORMAT-NOTES.md): CP437 bytes, one
 * record a line, fields separated by spaces or tabs, quotes optional with {@code \"} inside (§5.7), a
 * {@code {…}} block of #TRANS rows after each #VER, each brace on a line of its own (§5.4), blank lines
 * and unknown labels and trailing fields ignored (§5.6, §7.1). A voucher whose rows do not sum to zero,
 * a #TRANS outside a #VER or a malformed amount or date is refused with the line number.
 */
public final class SieReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private SieReader() {
    }

    /** A file that is not SIE as we read it; the message names the line and what is wrong. */
    public static final class SieFormatException extends RuntimeException {
        SieFormatException(int line, String message) {
            super("Rad " + line + ": " + message);
        }
    }

    public static SieDocument read(byte[] content) {
        String text = new String(content, SieWriter.CP437);
        String[] lines = text.split("\r?\n", -1);
        int flag = 0;
        String program = null, version = null, by = null, company = null, orgnr = null, chart = null, comment = null;
        LocalDate generated = null;
        Map<String, String> accounts = new LinkedHashMap<>();
        Map<Integer, String> dimensions = new LinkedHashMap<>();
        List<SieObject> objects = new ArrayList<>();
        List<SieVoucher> vouchers = new ArrayList<>();
        List<String> voucher = null;
        int voucherLine = 0;
        List<SieRow> rows = null;
        boolean inBlock = false;
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("{")) {
                if (voucher == null || inBlock) {
                    throw new SieFormatException(n, "{ utan #VER före");
                }
                inBlock = true;
                continue;
            }
            if (line.equals("}")) {
                if (!inBlock) {
                    throw new SieFormatException(n, "} utan {");
                }
                vouchers.add(voucher(voucherLine, voucher, rows));
                voucher = null;
                inBlock = false;
                continue;
            }
            List<Object> fields = tokens(line, n);
            if (fields.isEmpty() || !(fields.get(0) instanceof String label) || !label.startsWith("#")) {
                throw new SieFormatException(n, "en post börjar med en etikett som #VER");
            }
            if (inBlock) {
                if (label.equals("#TRANS")) {
                    rows.add(row(fields, n));
                } else if (!label.equals("#RTRANS") && !label.equals("#BTRANS")) {
                    throw new SieFormatException(n, label + " inuti en verifikation");
                }
                continue;
            }
            if (voucher != null) {
                throw new SieFormatException(n, "#VER på rad " + voucherLine + " saknar sitt {-block");
            }
            switch (label) {
                case "#FLAGGA" -> flag = Integer.parseInt(string(fields, 1, n));
                case "#PROGRAM" -> {
                    program = optional(fields, 1);
                    version = optional(fields, 2);
                }
                case "#GEN" -> {
                    generated = date(string(fields, 1, n), n);
                    by = optional(fields, 2);
                }
                case "#FNAMN" -> company = optional(fields, 1);
                case "#ORGNR" -> orgnr = optional(fields, 1);
                case "#KPTYP" -> chart = optional(fields, 1);
                case "#PROSA" -> comment = optional(fields, 1);
                case "#KONTO" -> accounts.put(string(fields, 1, n), optional(fields, 2));
                case "#DIM" -> dimensions.put(integer(string(fields, 1, n), n), optional(fields, 2));
                case "#OBJEKT" -> objects.add(new SieObject(integer(string(fields, 1, n), n), string(fields, 2, n),
                        optional(fields, 3)));
                case "#VER" -> {
                    voucher = new ArrayList<>();
                    for (int f = 1; f < fields.size(); f++) {
                        voucher.add(fields.get(f) instanceof String s ? s : "");
                    }
                    voucherLine = n;
                    rows = new ArrayList<>();
                }
                case "#TRANS" -> throw new SieFormatException(n, "#TRANS utanför en verifikation");
                default -> {
                    // unknown or not needed here (§7.1): ignored
                }
            }
        }
        if (voucher != null) {
            throw new SieFormatException(voucherLine, "#VER utan avslutande }");
        }
        return new SieDocument(flag, program, version, generated, by, company, orgnr, chart, comment, accounts,
                dimensions, objects, vouchers);
    }

    private static SieVoucher voucher(int n, List<String> f, List<SieRow> rows) {
        if (f.size() < 3) {
            throw new SieFormatException(n, "#VER behöver serie, nummer och datum");
        }
        LocalDate date = date(f.get(2), n);
        String text = f.size() > 3 ? f.get(3) : "";
        LocalDate registered = f.size() > 4 && !f.get(4).isEmpty() ? date(f.get(4), n) : null;
        SieVoucher v = new SieVoucher(f.get(0), f.get(1), date, text, registered, rows);
        if (v.sum().signum() != 0) {
            throw new SieFormatException(n, "verifikationen \"" + text + "\" balanserar inte: raderna summerar till "
                    + v.sum().toPlainString());
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static SieRow row(List<Object> f, int n) {
        String account = string(f, 1, n);
        if (f.size() < 4 || !(f.get(2) instanceof List<?> list)) {
            throw new SieFormatException(n, "#TRANS behöver konto, objektlista {} och belopp");
        }
        List<String> pairs = (List<String>) list;
        if (pairs.size() % 2 != 0) {
            throw new SieFormatException(n, "objektlistan ska vara par av dimension och objekt");
        }
        Map<Integer, String> objects = new LinkedHashMap<>();
        for (int p = 0; p < pairs.size(); p += 2) {
            objects.put(integer(pairs.get(p), n), pairs.get(p + 1));
        }
        BigDecimal amount = decimal(string(f, 3, n), n);
        String dateText = optional(f, 4);
        LocalDate date = dateText == null || dateText.isEmpty() ? null : date(dateText, n);
        String quantity = optional(f, 6);
        return new SieRow(account, objects, amount, date, emptyToNull(optional(f, 5)),
                quantity == null || quantity.isEmpty() ? null : decimal(quantity, n));
    }

    /** Splits a record into fields: bare words, quoted strings, and {@code {…}} lists (as a List of strings). */
    static List<Object> tokens(String line, int n) {
        List<Object> fields = new ArrayList<>();
        List<String> list = null;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '{') {
                if (list != null) {
                    throw new SieFormatException(n, "objektlistor kan inte nästlas");
                }
                list = new ArrayList<>();
                i++;
            } else if (c == '}') {
                if (list == null) {
                    throw new SieFormatException(n, "} utan {");
                }
                fields.add(list);
                list = null;
                i++;
            } else {
                StringBuilder field = new StringBuilder();
                if (c == '"') {
                    i++;
                    while (true) {
                        if (i >= line.length()) {
                            throw new SieFormatException(n, "citattecken utan slut");
                        }
                        char d = line.charAt(i);
                        if (d == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                            field.append(line.charAt(i + 1));
                            i += 2;
                        } else if (d == '"') {
                            i++;
                            break;
                        } else {
                            field.append(d);
                            i++;
                        }
                    }
                } else {
                    while (i < line.length() && " \t{}\"".indexOf(line.charAt(i)) < 0) {
                        field.append(line.charAt(i++));
                    }
                }
                if (list != null) {
                    list.add(field.toString());
                } else {
                    fields.add(field.toString());
                }
            }
        }
        if (list != null) {
            throw new SieFormatException(n, "{ utan }");
        }
        return fields;
    }

    private static String string(List<Object> f, int index, int n) {
        if (index >= f.size() || !(f.get(index) instanceof String s)) {
            throw new SieFormatException(n, "fält " + index + " saknas i " + f.get(0));
        }
        return s;
    }

    private static String optional(List<Object> f, int index) {
        return index < f.size() && f.get(index) instanceof String s ? s : null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static int integer(String text, int n) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new SieFormatException(n, "\"" + text + "\" är inte ett heltal");
        }
    }

    private static BigDecimal decimal(String text, int n) {
        if (text.startsWith("+") || text.contains(",")) {
            throw new SieFormatException(n, "belopp skrivs med punkt och utan plustecken: " + text);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new SieFormatException(n, "\"" + text + "\" är inte ett belopp");
        }
    }

    private static LocalDate date(String text, int n) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new SieFormatException(n, "\"" + text + "\" är inte ett datum ÅÅÅÅMMDD");
        }
    }
}
