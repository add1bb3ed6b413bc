package se.servicekontor.platform.jobs;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Writes each skipped item of one step, with its reason, to {@link SkippedItems}. One instance per step. */
public final class SkippedItemRecorder implements SkipListener<Object, Object>, StepExecutionListener {

    private final SkippedItems skippedItems;
    private volatile StepExecution stepExecution;

    SkippedItemRecorder(SkippedItems skippedItems) {
        this.skippedItems = skippedItems;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        return null;
    }

    @Override
    public void onSkipInRead(Throwable t) {
        record(null, t);
    }

    @Override
    public void onSkipInProcess(Object item, Throwable t) {
        record(item, t);
    }

    @Override
    public void onSkipInWrite(Object item, Throwable t) {
        record(item, t);
    }

    private void record(Object item, Throwable t) {
        StepExecution step = stepExecution;
        if (step == null) {
            throw new IllegalStateException("SkippedItemRecorder must also be registered as the step's listener");
        }
        String ref;
        String reason;
        String text;
        if (t instanceof RejectedItemException rejected) {
            ref = rejected.itemRef();
            reason = rejected.reason();
            text = rejected.itemText() != null ? rejected.itemText() : item == null ? null : item.toString();
        } else {
            ref = item == null ? "okänd post" : item.toString();
            reason = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            text = item == null ? null : item.toString();
        }
        skippedItems.record(step.getJobExecutionId(), step.getStepName(), ref, reason, text);
    }
}
