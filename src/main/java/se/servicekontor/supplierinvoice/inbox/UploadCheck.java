package se.servicekontor.supplierinvoice.inbox;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What an upload refuses at once, before intake: a file that is neither XML nor PDF (an e-invoice is XML per
 * EN 16931 syntaxes UBL/CII, or a PDF with or without embedded XML). Judged by content, not by the name's ending.
 */
final class UploadCheck {

    private UploadCheck() {
    }

    /** The reason in words when the file cannot be an invoice; empty when it may be one. */
    static Optional<String> notAnInvoiceFile(String name, byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.of(name + " är tom och har inte laddats upp.");
        }
        if (isPdf(bytes) || isXml(bytes)) {
            return Optional.empty();
        }
        return Optional.of(name + " är varken en XML-fil eller en PDF och har inte laddats upp. "
                + "En e-faktura är en XML-fil (Peppol BIS, Svefaktura) eller en PDF.");
    }

    static boolean isPdf(byte[] bytes) {
        return startsWith(bytes, skipBom(bytes), "%PDF-");
    }

    /** XML starts, after an optional byte-order mark and white space, with '<' (UTF-8) or is UTF-16 with a BOM. */
    static boolean isXml(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return true;
        }
        int i = skipBom(bytes);
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int skipBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    }

    private static boolean startsWith(byte[] bytes, int from, String prefix) {
        if (bytes.length - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
