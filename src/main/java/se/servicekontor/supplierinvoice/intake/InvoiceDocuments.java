package se.servicekontor.supplierinvoice.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.w3c.dom.Document;

import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;
import se.servicekontor.supplierinvoice.intake.validation.InvoiceValidator;
import se.servicekontor.supplierinvoice.intake.validation.SecureXml.DocumentRefused;

/**
 * The documents behind the Inkorg: a received file's bytes as kept, and the e-invoice in it (the file itself,
 * or the XML embedded in a Factur-X PDF) read for display. Only files intake received are served.
 */
@Service
public class InvoiceDocuments {

    private final ReceivedFiles receivedFiles;
    private final InvoiceValidator validator;
    private final PdfInvoices pdfs;

    InvoiceDocuments(ReceivedFiles receivedFiles, InvoiceValidator validator) {
        this.receivedFiles = receivedFiles;
        this.validator = validator;
        this.pdfs = new PdfInvoices(validator.maxBytes());
    }

    /** A file intake received (not another module's upload), with its bytes. */
    public Optional<Original> original(long receivedFileId) {
        return receivedFiles.find(receivedFileId).filter(f -> IntakeWriter.PURPOSE.equals(f.purpose())).map(file -> {
            try {
                return new Original(file, Files.readAllBytes(file.storedPath()));
            } catch (IOException e) {
                throw new UncheckedIOException("Den mottagna filen " + receivedFileId + " kan inte läsas", e);
            }
        });
    }

    /** The e-invoice XML of a received file and what it says; empty for a plain PDF or a file that is not one. */
    public Optional<Readable> readable(Original original) {
        byte[] xml = original.bytes();
        if (original.pdf()) {
            try {
                Optional<PdfInvoices.Embedded> embedded = pdfs.embeddedInvoice(original.bytes());
                if (embedded.isEmpty()) {
                    return Optional.empty();
                }
                xml = embedded.get().xml();
            } catch (PdfInvoices.Unreadable e) {
                return Optional.empty();
            }
        }
        try {
            Document document = validator.parse(xml);
            InvoiceContent content;
            try {
                content = InvoiceContentReader.read(document);
            } catch (RuntimeException e) {
                content = null;
            }
            return Optional.of(new Readable(xml, document, content));
        } catch (DocumentRefused e) {
            return Optional.empty();
        }
    }

    /**
     * Who sent a received file and what it claims (name, organisation number, invoice number, amount, due date),
     * as far as it can be read: for a rejected file, that is often all an officer needs to return it.
     */
    public FileSender sender(long receivedFileId) {
        try {
            return original(receivedFileId).flatMap(this::readable).map(r -> FileSender.of(r.document())).orElse(FileSender.UNKNOWN);
        } catch (RuntimeException e) {
            return FileSender.UNKNOWN;
        }
    }

    /** A received file as kept, byte-exact. */
    public record Original(ReceivedFile file, byte[] bytes) {
        public boolean pdf() {
            return PdfInvoices.isPdf(bytes);
        }
    }

    /** The invoice XML (parsed securely) and, when it is a readable invoice, its content. */
    public record Readable(byte[] xml, Document document, InvoiceContent content) {
    }
}
