package se.servicekontor.supplierinvoice.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;
import se.servicekontor.platform.jobs.JobConventions;
import se.servicekontor.platform.jobs.SkippedItems;
import se.servicekontor.supplierinvoice.intake.InvoiceCheck.Accepted;
import se.servicekontor.supplierinvoice.intake.InvoiceCheck.Manual;
import se.servicekontor.supplierinvoice.intake.InvoiceCheck.Quarantined;
import se.servicekontor.supplierinvoice.intake.InvoiceCheck.Rejected;
import se.servicekontor.supplierinvoice.intake.ReceivedInvoice.Status;
import se.servicekontor.supplierinvoice.supplier.SupplierFacts;
import se.servicekontor.supplierinvoice.supplier.Suppliers;

/**
 * Writes the outcome of each file in the chunk's transaction: keeps the bytes (received file with SHA-256),
 * registers the supplier, saves the invoice (or duplicate, manual, quarantined) or the rejection with its
 * findings, and sets the file's outcome. Everything or nothing: a rolled-back chunk leaves no trace but
 * stored copies nobody points to, and the replay writes each file once ({@link InboxFiles#claimForProcessing},
 * UNIQUE(received_file_id)).
 * <p>
 * Locks are taken in one order in every partition (files by id, suppliers by key, invoices by duplicate key),
 * so two partitions that meet on the same supplier or duplicate wait for each other instead of deadlocking.
 */
class IntakeWriter implements ItemWriter<IntakeResult> {

    static final String PURPOSE = "supplier-invoice";

    private final InboxFiles inboxFiles;
    private final ReceivedFiles receivedFiles;
    private final ReceivedInvoices invoices;
    private final RejectedFiles rejectedFiles;
    private final Suppliers suppliers;
    private final SkippedItems skippedItems;
    private final long maxBytes;
    private final ApplicationEventPublisher events;

    IntakeWriter(InboxFiles inboxFiles, ReceivedFiles receivedFiles, ReceivedInvoices invoices, RejectedFiles rejectedFiles,
                 Suppliers suppliers, SkippedItems skippedItems, long maxBytes, ApplicationEventPublisher events) {
        this.inboxFiles = inboxFiles;
        this.receivedFiles = receivedFiles;
        this.invoices = invoices;
        this.rejectedFiles = rejectedFiles;
        this.suppliers = suppliers;
        this.skippedItems = skippedItems;
        this.maxBytes = maxBytes;
        this.events = events;
    }

    @Override
    public void write(Chunk<? extends IntakeResult> chunk) throws IOException {
        StepExecution step = StepSynchronizationManager.getContext().getStepExecution();
        long instanceId = step.getJobExecution().getJobInstance().getInstanceId();
        String actor = actor(step);
        List<IntakeResult> results = new ArrayList<>(chunk.getItems());
        results.sort(Comparator.comparingLong(r -> r.file().id()));
        if (!inboxFiles.claimForProcessing(results.stream().map(r -> r.file().id()).toList(), instanceId,
                step.getJobExecutionId())) {
            throw new IllegalStateException("En fil i gruppen " + results.stream().map(r -> r.file().toString()).toList()
                    + " har redan behandlats eller tagits över av en annan körning; inget skrivs för den här gruppen.");
        }
        Map<String, Long> supplierIds = registerSuppliers(results, actor);
        results.sort(Comparator.comparing(IntakeWriter::lockOrder));
        Batch batch = new Batch();
        for (IntakeResult result : results) {
            write(result, supplierIds, actor, step, batch);
        }
        // What is the same for every file of the chunk goes to the database in one round trip each.
        invoices.insertVat(batch.vat);
        receivedFiles.markProcessed(batch.processed);
        inboxFiles.setOutcomes(batch.outcomes);
    }

    /** Rows a chunk writes in JDBC batches at its end, in the same transaction. */
    private static final class Batch {
        final List<Object[]> vat = new ArrayList<>();
        final List<Long> processed = new ArrayList<>();
        final List<InboxFiles.Outcome> outcomes = new ArrayList<>();
    }

    private Map<String, Long> registerSuppliers(List<IntakeResult> results, String actor) {
        Map<String, SupplierFacts> sellers = new java.util.TreeMap<>();
        Map<String, String> references = new HashMap<>();
        for (IntakeResult result : results) {
            InvoiceContent content = content(result);
            if (content != null && content.seller() != null) {
                SupplierFacts facts = facts(content);
                sellers.putIfAbsent(facts.key(), facts);
                references.putIfAbsent(facts.key(), "faktura " + content.header().invoiceNumber() + " (" + result.file().originalName() + ")");
            }
        }
        Map<String, Long> ids = new HashMap<>();
        sellers.forEach((key, facts) -> ids.put(key, suppliers.registerFromInvoice(facts, references.get(key), actor)));
        return ids;
    }

    private void write(IntakeResult result, Map<String, Long> supplierIds, String actor, StepExecution step, Batch batch)
            throws IOException {
        InboxFile file = result.file();
        ReceivedFile stored = keep(result, actor);
        if (stored.status() == ReceivedFiles.Status.REJECTED && !(result.verdict() instanceof Rejected)) {
            reject(file, stored, new Rejected(stored.reason(), List.of(), null), step, batch);
            return;
        }
        InvoiceCheck.Verdict verdict = result.verdict();
        if (verdict instanceof Rejected rejected) {
            reject(file, stored, rejected, step, batch);
        } else if (verdict instanceof Accepted accepted) {
            String supplierKey = facts(accepted.content()).key();
            ReceivedInvoices.Saved saved = invoices.save(new ReceivedInvoices.NewInvoice(stored.id(), file.id(), Status.RECEIVED,
                    supplierIds.get(supplierKey), accepted.format().name(), accepted.content(), stored.sha256(),
                    ReceivedInvoices.dedupeKey(supplierKey, accepted.content()), accepted.ruleSet(), accepted.lineCount(),
                    null, stored.receivedAt()), batch.vat);
            if (!accepted.warnings().isEmpty() || file.receivedFileId() != null) { // a file stored just now has none to replace
                invoices.saveFindings(stored.id(), accepted.warnings());
            }
            finish(file, stored, saved, saved.duplicate() ? InboxFiles.DUPLICATE : InboxFiles.RECEIVED, batch);
            if (!saved.duplicate()) {
                events.publishEvent(new InvoiceReceived(saved.id()));
            }
        } else if (verdict instanceof Manual manual) {
            ReceivedInvoices.Saved saved = invoices.save(new ReceivedInvoices.NewInvoice(stored.id(), file.id(), Status.MANUAL,
                    null, InvoiceCheck.SourceFormat.PDF.name(), null, stored.sha256(), null, null, null, manual.reason(),
                    stored.receivedAt()), batch.vat);
            finish(file, stored, saved, saved.duplicate() ? InboxFiles.DUPLICATE : InboxFiles.MANUAL, batch);
        } else if (verdict instanceof Quarantined quarantined) {
            InvoiceContent content = quarantined.content();
            String supplierKey = content == null || content.seller() == null ? null : facts(content).key();
            ReceivedInvoices.Saved saved = invoices.save(new ReceivedInvoices.NewInvoice(stored.id(), file.id(),
                    Status.QUARANTINED, supplierKey == null ? null : supplierIds.get(supplierKey), quarantined.format().name(),
                    content, stored.sha256(), supplierKey == null ? null : ReceivedInvoices.dedupeKey(supplierKey, content),
                    null, quarantined.lineCount(), quarantined.reason(), stored.receivedAt()), batch.vat);
            finish(file, stored, saved, saved.duplicate() ? InboxFiles.DUPLICATE : InboxFiles.QUARANTINED, batch);
        }
    }

    private void finish(InboxFile file, ReceivedFile stored, ReceivedInvoices.Saved saved, String outcome, Batch batch) {
        batch.processed.add(stored.id());
        if (file.source() == InboxFile.Source.RETRY) {
            rejectedFiles.resolved(stored.id(), saved.id());
        }
        batch.outcomes.add(new InboxFiles.Outcome(file.id(), outcome, stored.id()));
    }

    private void reject(InboxFile file, ReceivedFile stored, Rejected rejected, StepExecution step, Batch batch) {
        receivedFiles.markRejected(stored.id(), cut(rejected.reason(), 2000));
        rejectedFiles.reject(stored.id(), file.id(), rejected.reason(), rejected.ruleSet(), rejected.findings());
        batch.outcomes.add(new InboxFiles.Outcome(file.id(), InboxFiles.REJECTED, stored.id()));
        skippedItems.record(step.getJobExecutionId(), step.getStepName(), file.originalName(), rejected.reason(),
                rejected.findings().stream().filter(f -> f.fatal()).limit(20)
                        .map(f -> f.ruleId() + " " + f.message() + (f.location().isEmpty() ? "" : " (" + f.location() + ")"))
                        .reduce((a, b) -> a + "\n" + b).orElse(null));
    }

    /** The file's bytes in the received files: already there for uploads and retries, copied from the claim folder otherwise. */
    private ReceivedFile keep(IntakeResult result, String actor) throws IOException {
        InboxFile file = result.file();
        if (file.receivedFileId() != null) {
            return receivedFiles.find(file.receivedFileId()).orElseThrow(() ->
                    new IllegalStateException("Mottagen fil " + file.receivedFileId() + " saknas"));
        }
        try (InputStream in = result.bytes() != null ? new ByteArrayInputStream(result.bytes()) : Files.newInputStream(result.path())) {
            return receivedFiles.store(PURPOSE, file.originalName(), in, maxBytes, actor);
        }
    }

    private static InvoiceContent content(IntakeResult result) {
        if (result.verdict() instanceof Accepted accepted) {
            return accepted.content();
        }
        return result.verdict() instanceof Quarantined quarantined ? quarantined.content() : null;
    }

    /** Invoices of one chunk are saved in the order of their duplicate keys (then file id), the same order in every partition. */
    private static String lockOrder(IntakeResult result) {
        InvoiceContent content = content(result);
        String key = content == null || content.seller() == null ? "~" : ReceivedInvoices.dedupeKey(facts(content).key(), content);
        return key + "#" + String.format("%019d", result.file().id());
    }

    static SupplierFacts facts(InvoiceContent content) {
        InvoiceContent.Party seller = content.seller();
        List<SupplierFacts.Account> accounts = content.paymentAccounts().stream()
                .map(a -> new SupplierFacts.Account(SupplierFacts.Account.Kind.valueOf(a.kind().name()), a.id(), a.bic()))
                .toList();
        String name = content.header().sellerName() != null ? content.header().sellerName() : seller.name();
        return new SupplierFacts(name, seller.legalId(), seller.legalIdScheme(), seller.vatNumber(), seller.peppolId(),
                seller.street(), seller.postalCode(), seller.city(), seller.countryCode(), seller.fSkatt(), accounts);
    }

    private static String actor(StepExecution step) {
        String startedBy = step.getJobParameters().getString(JobConventions.STARTED_BY);
        return startedBy == null || startedBy.isBlank() ? AuditTrail.SYSTEM : startedBy;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
