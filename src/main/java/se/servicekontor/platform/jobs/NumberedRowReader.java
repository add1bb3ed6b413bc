package se.servicekontor.platform.jobs;

import java.util.Iterator;
import java.util.Objects;
import java.util.function.ToIntFunction;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the numbered rows of an import file so that a step can be restarted: on open it makes one
 * pass to count the rows for the progress bar ({@link JobConventions#EXPECTED_ITEMS}), then a second
 * pass to read them; after each committed chunk it saves the number of the last row read, so a
 * restarted step skips what was committed and continues after it. Row numbers must increase.
 *
 * @param <T> a row; the opener's iterator is closed when it is {@link AutoCloseable}
 */
public class NumberedRowReader<T> implements ItemStreamReader<T> {

    /** Opens one pass over the rows. A refused file throws with a message a person can act on. */
    @FunctionalInterface
    public interface Opener<T> {
        Iterator<T> open() throws Exception;
    }

    private final String positionKey;
    private final Opener<T> opener;
    private final ToIntFunction<T> rowNumber;
    private Iterator<T> rows;
    private int lastRow;

    /**
     * @param positionKey the step execution context key of the last row read, unique per job
     * @param opener      opens a fresh pass over the file (called twice on open)
     * @param rowNumber   the row's number in the file
     */
    public NumberedRowReader(String positionKey, Opener<T> opener, ToIntFunction<T> rowNumber) {
        this.positionKey = Objects.requireNonNull(positionKey);
        this.opener = Objects.requireNonNull(opener);
        this.rowNumber = Objects.requireNonNull(rowNumber);
    }

    @Override
    public void open(ExecutionContext context) {
        Iterator<T> counting = pass();
        long expected = 0;
        try {
            while (counting.hasNext()) {
                counting.next();
                expected++;
            }
        } finally {
            close(counting);
        }
        context.putLong(JobConventions.EXPECTED_ITEMS, expected);
        lastRow = context.getInt(positionKey, 0);
        rows = pass();
    }

    @Override
    public T read() {
        while (rows.hasNext()) {
            T row = rows.next();
            int number = rowNumber.applyAsInt(row);
            if (number > lastRow) {
                lastRow = number;
                return row;
            }
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(positionKey, lastRow);
    }

    @Override
    public void close() {
        if (rows != null) {
            close(rows);
            rows = null;
        }
    }

    private Iterator<T> pass() {
        try {
            return opener.open();
        } catch (ItemStreamException e) {
            throw e;
        } catch (Exception e) {
            throw new ItemStreamException(e.getMessage(), e);
        }
    }

    private static void close(Iterator<?> rows) {
        if (rows instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // a read-only pass over a file: nothing is lost by a failed close
            }
        }
    }
}
