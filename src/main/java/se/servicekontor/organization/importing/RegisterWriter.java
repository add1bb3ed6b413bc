package se.servicekontor.organization.importing;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import se.servicekontor.organization.register.Change;

/**
 * Saves each accepted row by its natural key (the register writes and audits only real changes) and
 * counts created, updated and unchanged rows. Counts reach the step's execution context only with a
 * committed chunk, so they stay right across a rollback and a restart.
 */
class RegisterWriter<T> implements ItemStreamWriter<T> {

    static final String CREATED = "organisation.created";
    static final String UPDATED = "organisation.updated";
    static final String UNCHANGED = "organisation.unchanged";

    /** Saves one item on behalf of the actor. */
    interface Saver<T> {
        Change save(T item, String actor);
    }

    private final Saver<T> saver;
    private final String actor;
    private final long[] totals = new long[Change.values().length];
    private final long[] pending = new long[Change.values().length];

    RegisterWriter(Saver<T> saver, String actor) {
        this.saver = saver;
        this.actor = actor;
    }

    @Override
    public void open(ExecutionContext context) {
        totals[Change.CREATED.ordinal()] = context.getLong(CREATED, 0);
        totals[Change.UPDATED.ordinal()] = context.getLong(UPDATED, 0);
        totals[Change.UNCHANGED.ordinal()] = context.getLong(UNCHANGED, 0);
    }

    @Override
    public void write(Chunk<? extends T> chunk) {
        long[] counts = new long[Change.values().length];
        for (T item : chunk) {
            counts[saver.save(item, actor).ordinal()]++;
        }
        for (int i = 0; i < counts.length; i++) {
            pending[i] += counts[i];
        }
    }

    @Override
    public void update(ExecutionContext context) {
        for (int i = 0; i < totals.length; i++) {
            totals[i] += pending[i];
            pending[i] = 0;
        }
        context.putLong(CREATED, totals[Change.CREATED.ordinal()]);
        context.putLong(UPDATED, totals[Change.UPDATED.ordinal()]);
        context.putLong(UNCHANGED, totals[Change.UNCHANGED.ordinal()]);
    }
}
