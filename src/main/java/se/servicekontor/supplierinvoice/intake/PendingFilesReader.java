package se.servicekontor.supplierinvoice.intake;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one partition's unprocessed files, by id: the ids are listed when the partition's step opens. One
 * reader serves every partition (each on its own thread), so its state is kept per step execution. Nothing is
 * saved for a restart: a restarted partition lists again what is still unprocessed.
 */
class PendingFilesReader implements ItemStreamReader<InboxFile> {

    static final String PARTITION = "intake.partition";
    static final String GRID = "intake.grid";

    private final InboxFiles inboxFiles;
    private final Map<Long, Iterator<Long>> pending = new ConcurrentHashMap<>();

    PendingFilesReader(InboxFiles inboxFiles) {
        this.inboxFiles = inboxFiles;
    }

    @Override
    public void open(ExecutionContext context) {
        StepExecution step = currentStep();
        pending.put(step.getId(), inboxFiles.pending(step.getJobExecution().getJobInstance().getInstanceId(),
                context.getInt(GRID), context.getInt(PARTITION)).iterator());
    }

    @Override
    public InboxFile read() {
        Iterator<Long> ids = pending.get(currentStep().getId());
        while (ids != null && ids.hasNext()) {
            Optional<InboxFile> file = inboxFiles.find(ids.next());
            if (file.isPresent() && file.get().outcome() == null) {
                return file.get();
            }
        }
        return null;
    }

    @Override
    public void close() {
        var context = StepSynchronizationManager.getContext();
        if (context != null) {
            pending.remove(context.getStepExecution().getId());
        }
    }

    private static StepExecution currentStep() {
        var context = StepSynchronizationManager.getContext();
        if (context == null) {
            throw new IllegalStateException("PendingFilesReader runs only inside a step");
        }
        return context.getStepExecution();
    }
}
