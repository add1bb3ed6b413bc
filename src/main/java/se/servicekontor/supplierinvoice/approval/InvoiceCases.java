package se.servicekontor.supplierinvoice.approval;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The invoice cases (aggregates). Saving one publishes the events it registered. Lists read SQL. */
interface InvoiceCases extends JpaRepository<InvoiceCase, Long> {

    List<InvoiceCase> findByInvoiceIdIn(List<Long> ids);

    /** The supplier's most recently approved invoice: where a coding proposal comes from. */
    java.util.Optional<InvoiceCase> findFirstBySupplierIdAndStateOrderByApprovedAtDesc(Long supplierId, InvoiceCase.State state);
}
