package se.servicekontor.supplierinvoice.intake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one partition's unprocessed files, by id, a page at a time (one query per {@value #PAGE} files, not
 * one per file). One reader serves every partition (each on its own thread), so its state is kept per step
 * execution. Nothing is saved for a restart: a restarted partition lists again what is still unprocessed.
 */
class PendingFilesReader implements ItemStreamReader<InboxFile> {

    static final String PARTITION = "intake.partition";
    static final String GRID = "intake.grid";
    static final int PAGE = 100;

    private final InboxFiles inboxFiles;
    private final Map<Long, Cursor> cursors = new ConcurrentHashMap<>();

    PendingFilesReader(InboxFiles inboxFiles) {
        this.inboxFiles = inboxFiles;
    }

    @Override
    public void open(ExecutionContext context) {
        StepExecution step = currentStep();
        cursors.put(step.getId(), new Cursor(step.getJobExecution().getJobInstance().getInstanceId(), context.getInt(GRID),
                context.getInt(PARTITION)));
    }

    @Override
    public InboxFile read() {
        Cursor cursor = cursors.get(currentStep().getId());
        return cursor == null ? null : cursor.next(inboxFiles);
    }

    @Override
    public void close() {
        var context = StepSynchronizationManager.getContext();
        if (context != null) {
            cursors.remove(context.getStepExecution().getId());
        }
    }

    private static StepExecution currentStep() {
        var context = StepSynchronizationManager.getContext();
        if (context == null) {
            throw new IllegalStateException("PendingFilesReader runs only inside a step");
        }
        return context.getStepExecution();
    }

    /** Where one partition is: the page read ahead and the last id handed out. Used by one thread only. */
    private static final class Cursor {
        private final long instanceId;
        private final int grid;
        private final int partition;
        private final Deque<InboxFile> page = new ArrayDeque<>();
        private long lastId = -1;
        private boolean exhausted;

        Cursor(long instanceId, int grid, int partition) {
            this.instanceId = instanceId;
            this.grid = grid;
            this.partition = partition;
        }

        InboxFile next(InboxFiles inboxFiles) {
            if (page.isEmpty() && !exhausted) {
                List<InboxFile> files = inboxFiles.pending(instanceId, grid, partition, lastId, PAGE);
                page.addAll(files);
                exhausted = files.size() < PAGE;
            }
            InboxFile file = page.pollFirst();
            if (file != null) {
                lastId = file.id();
            }
            return file;
        }
    }
}
