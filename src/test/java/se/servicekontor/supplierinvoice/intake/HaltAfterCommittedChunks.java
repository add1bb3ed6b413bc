package se.servicekontor.supplierinvoice.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Test code for {@link IntakeChildProcess}: once {@code chunks} chunks have committed (over all partitions),
 * writes a marker file and then holds every worker thread that commits a chunk, forever. The run can then
 * never finish before the test kills the JVM, and the kill always lands mid-run with part of the files
 * committed, however fast the machine.
 * <p>
 * Spring Batch 6's {@code ChunkOrientedStep} calls {@link ChunkListener#afterChunk(Chunk)} inside the chunk's
 * transaction (its Javadoc: "Callback after the chunk is processed, inside the transaction"; the step saves its
 * state and commits afterwards), so blocking there would hold the chunk uncommitted. The listener therefore
 * only registers a transaction synchronization whose {@code afterCommit} does the counting and the halting.
 */
final class HaltAfterCommittedChunks<I, O> implements ChunkListener<I, O> {

    private final int chunks;
    private final Path marker;
    private final AtomicInteger committed = new AtomicInteger();

    HaltAfterCommittedChunks(int chunks, Path marker) {
        this.chunks = chunks;
        this.marker = marker;
    }

    @Override
    public void afterChunk(Chunk<O> chunk) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("afterChunk outside a transaction: the step no longer runs as this test assumes");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                int count = committed.incrementAndGet();
                if (count == chunks) {
                    writeMarker(count);
                }
                if (count >= chunks) {
                    haltForever();
                }
            }
        });
    }

    boolean halted() {
        return committed.get() >= chunks;
    }

    private void writeMarker(int count) {
        try {
            Path temporary = marker.resolveSibling(marker.getFileName() + ".tmp");
            Files.writeString(temporary, count + " chunks committed\n", StandardCharsets.UTF_8);
            Files.move(temporary, marker, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void haltForever() {
        while (true) {
            LockSupport.park(); // until the test kills this JVM; a spurious wake-up or an interrupt parks again
        }
    }
}
