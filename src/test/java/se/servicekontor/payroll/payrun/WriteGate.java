package se.servicekontor.payroll.payrun;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test hook: holds the pay run's chunk writes after a number of them, so a test can stop or kill a run at
 * a known point instead of racing it. A writer call that finds the gate closed waits (before writing) until
 * it opens; the chunks written before it have committed.
 */
final class WriteGate {

    static final WriteGate GATE = new WriteGate();

    private final AtomicInteger writes = new AtomicInteger();
    private volatile int limit = Integer.MAX_VALUE;
    private volatile CountDownLatch open = new CountDownLatch(0);
    private volatile CountDownLatch held = new CountDownLatch(1);
    private volatile Runnable whenHeld = () -> {
    };

    /** From now on, let {@code chunks} chunk writes through, then hold every further one; {@code whenHeld} runs once. */
    synchronized void closeAfter(int chunks, Runnable whenHeld) {
        writes.set(0);
        this.whenHeld = whenHeld;
        held = new CountDownLatch(1);
        open = new CountDownLatch(1);
        limit = chunks;
    }

    /** Lets every write through again (held ones continue). */
    synchronized void open() {
        limit = Integer.MAX_VALUE;
        open.countDown();
    }

    /** Waits until a write is held. */
    boolean awaitHeld(Duration timeout) throws InterruptedException {
        return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int writes() {
        return writes.get();
    }

    void beforeWrite() {
        if (writes.incrementAndGet() <= limit)
            return;
        CountDownLatch gate = open;
        synchronized (this) {
            if (held.getCount() > 0) {
                whenHeld.run();
                held.countDown();
            }
        }
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
