package se.servicekontor.supplierinvoice.intake;

import java.nio.file.Path;

/**
 * What the processor made of one picked-up file, for the writer: the verdict, the file's bytes when small
 * (the writer keeps them without reading the file again) and where they are on disk.
 */
record IntakeResult(InboxFile file, InvoiceCheck.Verdict verdict, byte[] bytes, Path path) {

    /** Files up to this size travel in memory from processor to writer. */
    static final int KEEP_IN_MEMORY = 1024 * 1024;

    @Override
    public String toString() {
        return file + " → " + verdict.getClass().getSimpleName();
    }
}
