package se.servicekontor.payroll.payslip;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a {@link Payslip} as a PDF with PDFBox: A4, Swedish, DejaVu Sans embedded as a subset (å ä ö),
 * tagged (a structure tree of headings, paragraphs and a table for screen readers; lines and the logo are
 * artifacts) and prepared as PDF/A-2b (XMP metadata, sRGB output intent, all fonts embedded). The output is a
 * function of the payslip alone: dates come from the payslip and the file id from its key, so rendering the
 * same payslip again gives identical bytes.
 * <p>
 * Not thread-safe (one parsed font per renderer): a job uses one renderer per thread.
 */
public final class PayslipRenderer {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float[] BLUE = {0f, 66 / 255f, 128 / 255f};
    private static final float[] GREY = {0.35f, 0.35f, 0.35f};
    private static final float[] BLACK = {0f, 0f, 0f};
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final PayslipLayout layout;
    private final TrueTypeFont regularFont;
    private final TrueTypeFont boldFont;
    private final byte[] iccProfile;

    public PayslipRenderer(PayslipLayout layout) {
        this.layout = layout;
        try {
            this.regularFont = new TTFParser().parse(new RandomAccessReadBuffer(layout.regularFont()));
            this.boldFont = new TTFParser().parse(new RandomAccessReadBuffer(layout.boldFont()));
        } catch (IOException e) {
            throw new UncheckedIOException("The payslip fonts cannot be read", e);
        }
        this.iccProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    public byte[] render(Payslip payslip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(24_000);
        render(payslip, out);
        return out.toByteArray();
    }

    public void render(Payslip payslip, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            new Writer(document, payslip).write();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Lönespecifikationen kunde inte skapas", e);
        }
    }

    /** One document being written: fonts, the current page, its content stream and the structure tree. */
    private final class Writer {
        private final PDDocument document;
        private final Payslip payslip;
        private final PDFont regular;
        private final PDFont bold;
        private final PDStructureElement root;
        private final Map<Integer, COSObjectable> parentTree = new LinkedHashMap<>();
        private PDPage page;
        private PDPageContentStream content;
        private COSArray pageParents;
        private int mcid;
        private int pageNumber;
        private float y;

        Writer(PDDocument document, Payslip payslip) throws IOException {
            this.document = document;
            this.payslip = payslip;
            this.regular = PDType0Font.load(document, regularFont, true);
            this.bold = PDType0Font.load(document, boldFont, true);
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(tree);
            PDMarkInfo mark = new PDMarkInfo();
            mark.setMarked(true);
            document.getDocumentCatalog().setMarkInfo(mark);
            document.getDocumentCatalog().setLanguage("sv-SE");
            root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
            tree.appendKid(root);
        }

        void write() throws IOException {
            newPage();
            header();
            table();
            summary();
            finish();
        }

        private void header() throws IOException {
            PDImageXObject logo = PDImageXObject.createFromByteArray(document, layout.logo(), "logo.png");
            float logoHeight = 56;
            float logoWidth = logoHeight * logo.getWidth() / logo.getHeight();
            artifact(() -> content.drawImage(logo, MARGIN, HEIGHT - MARGIN - logoHeight, logoWidth, logoHeight));
            float textX = MARGIN + logoWidth + 12;
            text(StandardStructureTypes.H1, bold, 15, BLUE, textX, HEIGHT - MARGIN - 22, payslip.municipality());
            text(StandardStructureTypes.P, regular, 10, GREY, textX, HEIGHT - MARGIN - 38, layout.text("subtitle", "Lönecenter"));
            textRight(StandardStructureTypes.H2, bold, 18, BLACK, WIDTH - MARGIN, HEIGHT - MARGIN - 22, layout.text("title"));
            textRight(StandardStructureTypes.P, regular, 10, BLACK, WIDTH - MARGIN, HEIGHT - MARGIN - 38,
                    layout.text("label.payday") + " " + payslip.payday().format(DAY));
            textRight(StandardStructureTypes.P, regular, 10, BLACK, WIDTH - MARGIN, HEIGHT - MARGIN - 52,
                    layout.text("label.period") + " " + monthName(payslip));
            rule(HEIGHT - MARGIN - 66, BLUE, 1.5f);

            // the employee (left) and the address for a window envelope (right)
            float top = HEIGHT - MARGIN - 92;
            label(MARGIN, top, layout.text("label.employee"));
            text(StandardStructureTypes.P, bold, 11, BLACK, MARGIN, top - 14, payslip.employeeName());
            text(StandardStructureTypes.P, regular, 10, BLACK, MARGIN, top - 28,
                    layout.text("label.personalNumber") + " " + payslip.maskedNumber());
            if (payslip.costCentre() != null)
                text(StandardStructureTypes.P, regular, 10, BLACK, MARGIN, top - 42, layout.text("label.costCentre") + " " + payslip.costCentre());
            float addressX = 330;
            text(StandardStructureTypes.P, bold, 11, BLACK, addressX, top - 14, payslip.employeeName());
            if (payslip.address().isEmpty()) {
                text(StandardStructureTypes.P, regular, 9, GREY, addressX, top - 28, layout.text("label.protectedAddress"));
            } else {
                float lineY = top - 28;
                for (String line : payslip.address()) {
                    text(StandardStructureTypes.P, regular, 10, BLACK, addressX, lineY, line);
                    lineY -= 14;
                }
            }
            y = top - 90;
        }

        private static final float COL_EARNED = 290;
        private static final float COL_QUANTITY_RIGHT = 410;
        private static final float COL_RATE_RIGHT = 475;

        private void table() throws IOException {
            tableHeader();
            boolean shade = false;
            for (Payslip.Line line : payslip.lines()) {
                if (y < 230) {
                    footer();
                    newPage();
                    y = HEIGHT - MARGIN - 20;
                    tableHeader();
                }
                if (shade) {
                    float rowY = y;
                    artifact(() -> {
                        content.setNonStrokingColor(0.95f, 0.96f, 0.98f);
                        content.addRect(MARGIN, rowY - 5, WIDTH - 2 * MARGIN, 17);
                        content.fill();
                    });
                }
                shade = !shade;
                PDStructureElement row = element(StandardStructureTypes.TR, table);
                cell(row, regular, MARGIN + 4, y, fit(line.text(), regular, 9.5f, COL_EARNED - MARGIN - 12), false);
                cell(row, regular, COL_EARNED, y, earned(line), false);
                cell(row, regular, COL_QUANTITY_RIGHT, y, line.quantity() == null ? "" : decimal(line.quantity()), true);
                cell(row, regular, COL_RATE_RIGHT, y, line.rate() == null ? "" : line.rate().format(), true);
                cell(row, regular, WIDTH - MARGIN - 4, y, line.amount().format(), true);
                y -= 17;
            }
            rule(y + 8, GREY, 0.5f);
            y -= 14;
        }

        private PDStructureElement table;

        private void tableHeader() throws IOException {
            table = element(StandardStructureTypes.TABLE, root);
            artifact(() -> {
                content.setNonStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
                content.addRect(MARGIN, y - 6, WIDTH - 2 * MARGIN, 20);
                content.fill();
            });
            PDStructureElement row = element(StandardStructureTypes.TR, table);
            float[] white = {1f, 1f, 1f};
            headerCell(row, MARGIN + 4, layout.text("column.text"), false, white);
            headerCell(row, COL_EARNED, layout.text("column.earned"), false, white);
            headerCell(row, COL_QUANTITY_RIGHT, layout.text("column.quantity"), true, white);
            headerCell(row, COL_RATE_RIGHT, layout.text("column.rate"), true, white);
            headerCell(row, WIDTH - MARGIN - 4, layout.text("column.amount"), true, white);
            y -= 22;
        }

        private void headerCell(PDStructureElement row, float x, String value, boolean right, float[] colour) throws IOException {
            PDStructureElement th = element(StandardStructureTypes.TH, row);
            show(th, bold, 9.5f, colour, right ? x - width(bold, 9.5f, value) : x, y, value);
        }

        private void cell(PDStructureElement row, PDFont font, float x, float at, String value, boolean right) throws IOException {
            PDStructureElement td = element(StandardStructureTypes.TD, row);
            if (!value.isEmpty())
                show(td, font, 9.5f, BLACK, right ? x - width(font, 9.5f, value) : x, at, value);
        }

        private void summary() throws IOException {
            if (y < 200) {
                footer();
                newPage();
                y = HEIGHT - MARGIN - 20;
            }
            float top = y;
            // left: tax basis, year to date, vacation, account
            float lineY = top;
            if (payslip.taxBasis() != null) {
                pair(MARGIN, 250, lineY, layout.text("label.taxBasis"), payslip.taxBasis(), regular);
                lineY -= 16;
            }
            label(MARGIN, lineY - 2, layout.text("label.yearToDate"));
            lineY -= 16;
            pair(MARGIN, 250, lineY, layout.text("label.ytdGross"), payslip.yearToDateGross().toString(), regular);
            lineY -= 14;
            pair(MARGIN, 250, lineY, layout.text("label.ytdTax"), payslip.yearToDateTax().toString(), regular);
            lineY -= 20;
            if (payslip.vacationDaysLeft() != null) {
                pair(MARGIN, 250, lineY, layout.text("label.vacationDaysLeft"), decimal(payslip.vacationDaysLeft()), regular);
                lineY -= 16;
            }
            pair(MARGIN, 250, lineY, layout.text("label.account"),
                    payslip.maskedAccount() == null ? layout.text("label.noAccount") : payslip.maskedAccount(), regular);

            // right: the totals box
            float boxX = 320;
            float boxTop = top + 12;
            float boxHeight = 92;
            artifact(() -> {
                content.setNonStrokingColor(0.93f, 0.95f, 0.98f);
                content.addRect(boxX, boxTop - boxHeight, WIDTH - MARGIN - boxX, boxHeight);
                content.fill();
            });
            float right = WIDTH - MARGIN - 10;
            float rowY = top;
            pair(boxX + 10, right, rowY, layout.text("label.gross"), payslip.gross().toString(), regular);
            rowY -= 16;
            pair(boxX + 10, right, rowY, layout.text("label.tax"), payslip.tax().negate().toString(), regular);
            rowY -= 16;
            pair(boxX + 10, right, rowY, layout.text("label.netDeductions"), payslip.netDeductions().negate().toString(), regular);
            rowY -= 12;
            float ruleY = rowY;
            artifact(() -> {
                content.setStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
                content.setLineWidth(0.8f);
                content.moveTo(boxX + 10, ruleY);
                content.lineTo(right, ruleY);
                content.stroke();
            });
            rowY -= 18;
            PDStructureElement p = element(StandardStructureTypes.P, root);
            show(p, bold, 13, BLUE, boxX + 10, rowY, layout.text("label.net"));
            String net = payslip.net().toString();
            show(p, bold, 13, BLUE, right - width(bold, 13, net), rowY, net);
            y = Math.min(lineY, boxTop - boxHeight) - 20;
        }

        private void pair(float x, float right, float at, String label, String value, PDFont font) throws IOException {
            PDStructureElement p = element(StandardStructureTypes.P, root);
            show(p, font, 10, GREY, x, at, label);
            show(p, font, 10, BLACK, right - width(font, 10, value), at, value);
        }

        private void label(float x, float at, String value) throws IOException {
            text(StandardStructureTypes.H3, bold, 9, GREY, x, at, value.toUpperCase(SWEDISH));
        }

        private void footer() throws IOException {
            rule(MARGIN + 26, GREY, 0.5f);
            text(StandardStructureTypes.P, regular, 8, GREY, MARGIN, MARGIN + 12, layout.text("footer"));
            String pageText = layout.text("label.page") + " " + pageNumber;
            textRight(StandardStructureTypes.P, regular, 8, GREY, WIDTH - MARGIN, MARGIN, pageText);
        }

        private void finish() throws IOException {
            footer();
            closePage();
            PDStructureTreeRoot tree = document.getDocumentCatalog().getStructureTreeRoot();
            PDNumberTreeNode parents = new PDNumberTreeNode(PDParentTreeValue.class);
            parents.setNumbers(parentTree);
            tree.setParentTree(parents);
            tree.setParentTreeNextKey(parentTree.size());
            metadata();
        }

        private void newPage() throws IOException {
            closePage();
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            page.setStructParents(pageNumber);
            pageParents = new COSArray();
            parentTree.put(pageNumber, new COSArrayValue(pageParents));
            pageNumber++;
            mcid = 0;
            content = new PDPageContentStream(document, page);
        }

        private void closePage() throws IOException {
            if (content != null)
                content.close();
            content = null;
        }

        private void text(String type, PDFont font, float size, float[] colour, float x, float at, String value) throws IOException {
            show(element(type, root), font, size, colour, x, at, value);
        }

        private void textRight(String type, PDFont font, float size, float[] colour, float right, float at, String value) throws IOException {
            text(type, font, size, colour, right - width(font, size, value), at, value);
        }

        /** Shows text as marked content belonging to {@code element} (its MCID recorded for the parent tree). */
        private void show(PDStructureElement element, PDFont font, float size, float[] colour, float x, float at, String value)
                throws IOException {
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
            content.beginText();
            content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            content.setFont(font, size);
            content.newLineAtOffset(x, at);
            content.showText(value);
            content.endText();
            content.endMarkedContent();
            element.appendKid(mcid);
            pageParents.add(element);
            mcid++;
        }

        private PDStructureElement element(String type, org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode parent) {
            PDStructureElement element = new PDStructureElement(type, parent);
            element.setPage(page);
            parent.appendKid(element);
            return element;
        }

        private void rule(float at, float[] colour, float lineWidth) throws IOException {
            artifact(() -> {
                content.setStrokingColor(colour[0], colour[1], colour[2]);
                content.setLineWidth(lineWidth);
                content.moveTo(MARGIN, at);
                content.lineTo(WIDTH - MARGIN, at);
                content.stroke();
            });
        }

        private void artifact(Drawing drawing) throws IOException {
            content.beginMarkedContent(COSName.ARTIFACT);
            drawing.draw();
            content.endMarkedContent();
        }

        /** XMP with the PDF/A-2b identification, the info dictionary, an sRGB output intent and a file id from the key. */
        private void metadata() throws IOException {
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(STOCKHOLM), SWEDISH);
            created.setTimeInMillis(payslip.producedAt().toEpochMilli());
            String title = layout.text("title") + " " + payslip.period() + " – " + payslip.employeeName();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(payslip.municipality());
            info.setProducer("Servicekontor");
            info.setCreationDate(created);
            info.setModificationDate(created);
            String date = payslip.producedAt().atZone(STOCKHOLM).toOffsetDateTime().toString();
            String xmp = """
                    <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                    <x:xmpmeta xmlns:x="adobe:ns:meta/">
                     <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                      <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>
                      <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:format>application/pdf</dc:format><dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator></rdf:Description>
                      <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreateDate>%s</xmp:CreateDate><xmp:ModifyDate>%s</xmp:ModifyDate><xmp:CreatorTool>Servicekontor</xmp:CreatorTool></rdf:Description>
                      <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>Servicekontor</pdf:Producer></rdf:Description>
                     </rdf:RDF>
                    </x:xmpmeta>
                    <?xpacket end="w"?>""".formatted(xml(title), xml(payslip.municipality()), date, date);
            PDMetadata metadata = new PDMetadata(document);
            try (OutputStream stream = metadata.createOutputStream()) {
                stream.write(xmp.getBytes(StandardCharsets.UTF_8));
            }
            document.getDocumentCatalog().setMetadata(metadata);
            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(iccProfile));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            document.getDocumentCatalog().addOutputIntent(intent);
            byte[] id = fileId(payslip.key());
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().setDocumentID(ids);
        }
    }

    /** A number-tree value that is the page's array of structure parents. */
    private record COSArrayValue(COSArray array) implements COSObjectable {
        @Override
        public COSArray getCOSObject() {
            return array;
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }

    private static String monthName(Payslip payslip) {
        return payslip.period().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH) + " " + payslip.period().getYear();
    }

    private static String earned(Payslip.Line line) {
        if (line.earnedFrom() == null)
            return "";
        LocalDate to = line.earnedTo() == null ? line.earnedFrom() : line.earnedTo();
        if (line.earnedFrom().getDayOfMonth() == 1 && to.equals(line.earnedFrom().withDayOfMonth(line.earnedFrom().lengthOfMonth())))
            return line.earnedFrom().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, SWEDISH).replace(".", "") + " "
                    + line.earnedFrom().getYear();
        return line.earnedFrom().equals(to) ? line.earnedFrom().format(DAY)
                : line.earnedFrom().format(DateTimeFormatter.ofPattern("d/M")) + "–" + to.format(DateTimeFormatter.ofPattern("d/M yyyy"));
    }

    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text cut with an ellipsis to fit {@code maxWidth}. */
    private static String fit(String text, PDFont font, float size, float maxWidth) throws IOException {
        if (width(font, size, text) <= maxWidth)
            return text;
        String cut = text;
        while (cut.length() > 1 && width(font, size, cut + "…") > maxWidth)
            cut = cut.substring(0, cut.length() - 1);
        return cut.strip() + "…";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] fileId(String key) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(sha, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
