package se.servicekontor.payroll.timereport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.servicekontor.platform.documents.SafeWorkbooks;
import se.servicekontor.platform.documents.SafeWorkbooks.WorkbookRefused;
import se.servicekontor.platform.documents.TabularRows;
import se.servicekontor.platform.documents.TabularRows.Line;

/**
 * A time report as rows by header, from an xlsx workbook (sheet Tidrapport) or a CSV file (UTF-8,
 * semicolon or comma separated, quotes as in RFC 4180) — the departments' systems export either.
 */
final class TimeReportFile {

    static final String SHEET = "Tidrapport";
    static final String CSV = "CSV-filen";

    static final String PIN = "Personnummer";
    static final String CODE = "Kod";
    static final String FROM = "Från";
    static final String TO = "Till";
    static final String QUANTITY = "Antal (timmar, eller omfattning i % för frånvaro)";
    static final String AMOUNT = "Belopp (kr, för TILL och AVDR)";
    static final String NOTE = "Kommentar";
    static final List<String> HEADERS = List.of(PIN, CODE, FROM, TO, QUANTITY, AMOUNT, NOTE);
    static final List<String> REQUIRED = List.of(PIN, CODE, FROM);

    /** Why a file cannot be read at all. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private TimeReportFile() {
    }

    static List<Line> read(Path file) throws Refused {
        List<Line> lines = isXlsx(file) ? readXlsx(file) : readCsv(file);
        return lines;
    }

    private static boolean isXlsx(Path file) throws Refused {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            throw new Refused("Filen kunde inte läsas: " + e.getMessage());
        }
    }

    private static List<Line> readXlsx(Path file) throws Refused {
        try (TabularRows rows = TabularRows.open(file, SHEET, SafeWorkbooks.Limits.DEFAULT)) {
            if (!rows.sheetPresent())
                throw new Refused("Arbetsboken saknar bladet " + SHEET + ". Använd mallen.");
            checkHeaders(rows.headers());
            List<Line> lines = new ArrayList<>();
            rows.forEachRemaining(lines::add);
            return lines;
        } catch (WorkbookRefused e) {
            throw new Refused(e.getMessage());
        }
    }

    private static List<Line> readCsv(Path file) throws Refused {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Refused("CSV-filen är inte UTF-8 eller kunde inte läsas. Spara den som CSV UTF-8.");
        }
        if (text.startsWith("\uFEFF"))
            text = text.substring(1);
        String[] physical = text.split("\r?\n", -1);
        if (physical.length == 0 || physical[0].isBlank())
            throw new Refused("CSV-filen är tom; rad 1 ska ha rubrikerna " + String.join(";", shortHeaders()) + ".");
        char separator = physical[0].contains(";") ? ';' : ',';
        List<String> header = split(physical[0], separator);
        Map<Integer, String> byColumn = new HashMap<>();
        for (int i = 0; i < header.size(); i++)
            byColumn.put(i, TabularRows.normaliseHeader(header.get(i)));
        checkHeaders(Set.copyOf(byColumn.values()));
        List<Line> lines = new ArrayList<>();
        for (int n = 1; n < physical.length; n++) {
            if (physical[n].isBlank())
                continue;
            List<String> cells = split(physical[n], separator);
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String h = byColumn.get(i);
                String v = cells.get(i).strip();
                if (h != null && !h.isEmpty() && !v.isEmpty())
                    values.putIfAbsent(h, v);
            }
            if (!values.isEmpty())
                lines.add(new Line(CSV, n + 1, values));
        }
        return lines;
    }

    private static void checkHeaders(Set<String> present) throws Refused {
        List<String> missing = REQUIRED.stream().filter(h -> !present.contains(TabularRows.normaliseHeader(h))).toList();
        if (!missing.isEmpty())
            throw new Refused("Tidrapporten saknar kolumnerna " + String.join(", ", missing) + ".");
    }

    /** One CSV record: fields separated by the separator, a field in quotes may hold it ("" is a quote). */
    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static List<String> shortHeaders() {
        return HEADERS.stream().map(h -> h.contains(" (") ? h.substring(0, h.indexOf(" (")) : h).toList();
    }
}
