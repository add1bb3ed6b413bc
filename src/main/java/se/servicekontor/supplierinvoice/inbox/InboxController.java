package se.servicekontor.supplierinvoice.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.servicekontor.supplierinvoice.intake.InvoiceDocuments;
import se.servicekontor.supplierinvoice.intake.ReceivedInvoice;
import se.servicekontor.supplierinvoice.intake.ReceivedInvoices;
import se.servicekontor.supplierinvoice.supplier.Suppliers;

/**
 * Ekonomicenter → Inkorg: every received invoice and credit note, filterable; one invoice with its supplier,
 * amounts, warnings, a readable Swedish rendering with its lines and the original document (XML indented, PDF
 * as is).
 */
@Controller
class InboxController {

    private final ReceivedInvoices invoices;
    private final InvoiceDocuments documents;
    private final Suppliers suppliers;

    InboxController(ReceivedInvoices invoices, InvoiceDocuments documents, Suppliers suppliers) {
        this.invoices = invoices;
        this.documents = documents;
        this.suppliers = suppliers;
    }

    @GetMapping("/ekonomicenter/inkorg")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN','AUDITOR')")
    String inbox(@RequestParam(name = "status", required = false) String status,
                 @RequestParam(name = "q", required = false) String query,
                 @RequestParam(name = "sida", defaultValue = "1") int page, Model model) {
        ReceivedInvoice.Status chosen = Arrays.stream(ReceivedInvoice.Status.values())
                .filter(s -> s.name().equalsIgnoreCase(status)).findFirst().orElse(null);
        ReceivedInvoices.Page result = invoices.list(new ReceivedInvoices.Filter(chosen, query, Math.max(0, page - 1), 50));
        model.addAttribute("result", result);
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("statuses", List.of(ReceivedInvoice.Status.values()));
        return "supplierinvoice/inbox";
    }

    @GetMapping("/ekonomicenter/inkorg/{id}")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN','AUDITOR')")
    String invoice(@PathVariable long id, Model model) {
        ReceivedInvoice invoice = invoices.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("invoice", invoice);
        model.addAttribute("supplier", invoice.supplierId() == null ? null : suppliers.find(invoice.supplierId()).orElse(null));
        model.addAttribute("findings", invoices.findings(invoice.receivedFileId()));
        model.addAttribute("duplicates", invoices.duplicatesOf(id));
        Optional<InvoiceDocuments.Original> original = documents.original(invoice.receivedFileId());
        Optional<InvoiceDocuments.Readable> readable = original.flatMap(documents::readable);
        model.addAttribute("rendering", readable.map(InvoiceDocuments.Readable::content).orElse(null));
        model.addAttribute("xml", readable.map(r -> XmlPretty.format(r.document())).orElse(null));
        model.addAttribute("pdf", original.map(InvoiceDocuments.Original::pdf).orElse(false));
        return "supplierinvoice/invoice";
    }

    /**
     * A received file as kept, byte-exact: a PDF shown inline in the browser, anything else downloaded (an XML
     * file opened by the browser could run as markup on this site).
     */
    @GetMapping("/ekonomicenter/filer/{fileId}")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN','AUDITOR')")
    ResponseEntity<byte[]> file(@PathVariable long fileId) {
        InvoiceDocuments.Original original = documents.original(fileId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = original.file().originalName();
        if (original.pdf()) {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
                    .header("Content-Security-Policy", "default-src 'none'; object-src 'self'; frame-ancestors 'none'")
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                    .body(original.bytes());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(original.bytes());
    }
}
