package se.servicekontor.supplierinvoice.intake.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilder;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import se.servicekontor.platform.documents.HardenedXml;

/**
 * Parses untrusted XML before any library sees it. A received file is refused when it is larger than
 * the limit (checked before a byte is parsed) or when it has a DOCTYPE at all: that one rule shuts out
 * external entities (XXE), external DTDs and entity expansion ("billion laughs"). On top: secure
 * processing (the JDK's entity and size limits), no XInclude, no external DTD or schema access, an
 * element depth limit, and an entity resolver that refuses everything.
 * <p>
 * Thread-safe: every call builds its own parser (the JDK's built-in one, whatever else is on the
 * class path), so no parser state is shared between threads.
 */
public final class SecureXml {

    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final String DISALLOW_DOCTYPE = HardenedXml.DISALLOW_DOCTYPE;

    private final long maxBytes;

    SecureXml(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Refuses a file over the limit by its size on disk, without reading it. */
    Document parse(Path file) throws DocumentRefused {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in);
            }
        } catch (IOException e) {
            throw new DocumentRefused("Filen kunde inte läsas: " + e.getMessage());
        }
    }

    /** Reads at most the limit plus one byte, so a stream over the limit is refused without reading it all. */
    Document parse(InputStream in) throws DocumentRefused {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new DocumentRefused("Filen kunde inte läsas: " + e.getMessage());
        }
        return parse(bytes);
    }

    Document parse(byte[] bytes) throws DocumentRefused {
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new DocumentRefused("Filen är tom.");
        }
        if (startsWith(bytes, "%PDF-")) {
            throw new DocumentRefused("Filen är en PDF, inte en e-faktura i XML (Peppol BIS 3: UBL eller CII).");
        }
        try {
            return newBuilder().parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            throw refusal(e);
        } catch (SAXException e) {
            throw new DocumentRefused(XmlErrorText.of(e.getMessage(), 0, 0));
        } catch (IOException e) {
            throw new DocumentRefused("Filen kunde inte läsas: " + e.getMessage());
        }
    }

    /** A document holding only the root element of the syntax, e.g. to warm up the rule sets. */
    static Document emptyDocument(InvoiceSyntax syntax) {
        Document document = newBuilder().newDocument();
        document.appendChild(document.createElementNS(syntax.namespace(), syntax.rootName()));
        return document;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return bytes.length >= p.length && java.util.Arrays.equals(bytes, 0, p.length, p, 0, p.length);
    }

    private DocumentRefused tooLarge() {
        return new DocumentRefused("Filen är större än gränsen " + describe(maxBytes) + " och lästes inte.");
    }

    private static DocumentRefused refusal(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        // The JDK names the feature in its message whatever the locale.
        if (message.contains(DISALLOW_DOCTYPE)) {
            return new DocumentRefused("Filen innehåller en DOCTYPE-deklaration och tas inte emot. "
                    + "En e-faktura har ingen DOCTYPE; den kan användas för att läsa filer på servern (XXE) "
                    + "eller för att blåsa upp dokumentet (entitetsexpansion).");
        }
        return new DocumentRefused(XmlErrorText.of(message, e.getLineNumber(), e.getColumnNumber()));
    }

    private static DocumentBuilder newBuilder() {
        return HardenedXml.newBuilder();
    }

    static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " byte";
    }

    /** Why a received file was not parsed, in Swedish, safe to show (it never quotes the file's content). */
    public static final class DocumentRefused extends Exception {
        DocumentRefused(String reason) {
            super(reason, null, false, false);
        }
    }
}
