package se.servicekontor.supplierinvoice.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Finds the e-invoice inside a PDF: a PDF/A-3 Factur-X or ZUGFeRD invoice carries its CII (or, rarely, UBL)
 * XML as an embedded file ({@code factur-x.xml}, {@code zugferd-invoice.xml}, {@code xrechnung.xml}, …),
 * listed in the catalogue's associated files (/AF) and the EmbeddedFiles name tree. PDFBox opens the PDF
 * with a main-memory limit; the embedded file is read to at most the size limit. A PDF without XML is a
 * "paper" invoice for manual registration.
 */
public final class PdfInvoices {

    /** Embedded file names the Factur-X/ZUGFeRD/XRechnung specifications use, in order of preference. */
    private static final List<String> KNOWN_NAMES = List.of("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml");

    private final long maxBytes;

    public PdfInvoices(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';
    }

    /**
     * The embedded invoice XML, or empty for a PDF without one.
     *
     * @throws Unreadable when the PDF cannot be opened (damaged, encrypted, over the memory limit)
     */
    public Optional<Embedded> embeddedInvoice(byte[] pdf) throws Unreadable {
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(Math.max(maxBytes * 4, 64L * 1024 * 1024)).streamCache)) {
            Map<String, PDComplexFileSpecification> files = embeddedFiles(document);
            Optional<String> chosen = KNOWN_NAMES.stream().filter(files::containsKey).findFirst()
                    .or(() -> files.keySet().stream().filter(n -> n.endsWith(".xml")).findFirst());
            if (chosen.isEmpty()) {
                return Optional.empty();
            }
            PDComplexFileSpecification spec = files.get(chosen.get());
            PDEmbeddedFile file = spec.getEmbeddedFile() != null ? spec.getEmbeddedFile() : spec.getEmbeddedFileUnicode();
            if (file == null) {
                return Optional.empty();
            }
            byte[] xml;
            try (InputStream in = file.createInputStream()) {
                xml = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (xml.length > maxBytes) {
                throw new Unreadable("Den inbäddade e-fakturan " + chosen.get() + " i PDF-filen är större än gränsen "
                        + maxBytes / (1024 * 1024) + " MB och lästes inte.");
            }
            String relationship = spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"));
            return Optional.of(new Embedded(chosen.get(), relationship, xml));
        } catch (InvalidPasswordException e) {
            throw new Unreadable("PDF-filen är krypterad med lösenord och kan inte läsas. Be leverantören skicka den utan lösenord, "
                    + "helst som e-faktura (Peppol).");
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("PDF-filen kunde inte läsas: " + e.getMessage() + ". Be leverantören skicka om fakturan, "
                    + "helst som e-faktura (Peppol).");
        }
    }

    /** Embedded files by lower-case name: the associated files (/AF) first, then the EmbeddedFiles name tree. */
    private static Map<String, PDComplexFileSpecification> embeddedFiles(PDDocument document) throws IOException {
        Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
        COSBase af = document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.AF);
        if (af instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase entry = array.getObject(i);
                if (entry instanceof COSObject object) {
                    entry = object.getObject();
                }
                if (entry instanceof COSDictionary dictionary) {
                    add(files, new PDComplexFileSpecification(dictionary));
                }
            }
        }
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        PDEmbeddedFilesNameTreeNode tree = names.getEmbeddedFiles();
        if (tree != null) {
            List<PDNameTreeNode<PDComplexFileSpecification>> nodes = new ArrayList<>(List.of(tree));
            for (int i = 0; i < nodes.size() && i < 1000; i++) {
                PDNameTreeNode<PDComplexFileSpecification> node = nodes.get(i);
                Map<String, PDComplexFileSpecification> leaves = node.getNames();
                if (leaves != null) {
                    leaves.values().forEach(spec -> add(files, spec));
                }
                if (node.getKids() != null) {
                    nodes.addAll(node.getKids());
                }
            }
        }
        return files;
    }

    private static void add(Map<String, PDComplexFileSpecification> files, PDComplexFileSpecification spec) {
        String name = spec.getFileUnicode() != null ? spec.getFileUnicode() : spec.getFilename();
        if (name != null) {
            files.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), spec);
        }
    }

    /** The XML found in a PDF, with its embedded file name and AFRelationship (Data, Alternative, Source). */
    public record Embedded(String name, String relationship, byte[] xml) {
    }

    /** A PDF that cannot be opened, with a Swedish reason a person can act on. */
    public static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }
}
