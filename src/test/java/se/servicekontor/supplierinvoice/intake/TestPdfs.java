package se.servicekontor.supplierinvoice.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs for the intake tests, made with PDFBox: a Factur-X invoice (a visible page plus the CII XML embedded
 * as {@code factur-x.xml}, AFRelationship Data, listed in the catalogue's /AF and EmbeddedFiles) and a plain
 * "paper" PDF without XML.
 */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** The EN 16931 CII example 3 (EUPL-1.2, see src/test/resources/supplierinvoice/en16931/SOURCE.txt). */
    public static byte[] ciiExample3() {
        try (InputStream in = TestPdfs.class.getResourceAsStream("/supplierinvoice/en16931/CII_example3.xml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] facturX(byte[] ciiXml) {
        try (PDDocument document = new PDDocument()) {
            page(document, "Faktura TOSL108 (Factur-X)");
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(ciiXml));
            embedded.setSubtype("text/xml");
            embedded.setSize(ciiXml.length);
            embedded.setModDate(Calendar.getInstance());
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("factur-x.xml");
            spec.setFileUnicode("factur-x.xml");
            spec.setFileDescription("Factur-X invoice");
            spec.setEmbeddedFile(embedded);
            spec.setEmbeddedFileUnicode(embedded);
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("factur-x.xml", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            COSArray associated = new COSArray();
            associated.add(spec);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.AF, associated);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] plain(String text) {
        try (PDDocument document = new PDDocument()) {
            page(document, text);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
            content.newLineAtOffset(72, 700);
            for (String line : List.of(text.split("\n"))) {
                content.showText(line);
                content.newLineAtOffset(0, -18);
            }
            content.endText();
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
