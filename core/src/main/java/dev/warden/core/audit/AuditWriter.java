package dev.warden.core.audit;

import dev.warden.core.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends complete audit records from one background thread, many per store transaction, so that a
 * request pays for a queue insert instead of a durable commit of its own.
 *
 * <p>The queue is bounded and {@link #submit} blocks while it is full: a store that cannot keep up
 * slows requests down (back-pressure) rather than losing their trail. A batch whose write fails is
 * tried again with growing pauses; when every attempt failed, its records are written one by one, and
 * only those that still fail are lost: each loss is logged at ERROR and counted in {@link #lost()}
 * (a failed synchronous write used to be logged and lost the same way). {@link #flush()} waits until
 * everything submitted before it has been written or given up; {@link #close()} flushes and stops.
 */
public final class AuditWriter implements AutoCloseable {

    /** How the writer batches and retries. */
    public record Settings(int queueCapacity, int maxBatch, int attempts, Duration firstPause, Duration linger) {
        /**
         * Four batches of queue: enough to absorb a burst while a batch commits. Queued records hold
         * their JSON trees (several KB for an AssumeRole), and a queue of 8,192 of them under an
         * AssumeRole load took a large share of the launcher's 128 MB heap, so the JVM collected
         * more and longer; the writer's rate, not the queue's length, bounds sustained throughput.
         */
        public static final Settings DEFAULTS = new Settings(2048, 512, 4, Duration.ofMillis(20), Duration.ofMillis(10));

        /**
         * @param linger how long a batch that is not full waits for more records before it is written
         *     (a {@link #flush()} ends the wait). Every commit writes the WAL pages it touched and
         *     fsyncs: under 20,000 signed calls/s the writer committed batches of a few records, and
         *     its commits were a quarter of the server's CPU (perf).
         */
        public Settings {
            if (queueCapacity < 1 || maxBatch < 1 || attempts < 1 || firstPause.isNegative() || linger.isNegative()) {
                throw new IllegalArgumentException("invalid audit writer settings");
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(AuditWriter.class);
    private static final long LINGER_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Store store;
    private final Settings settings;
    private final BlockingQueue<AuditEvent> queue;
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final Object settledLock = new Object();
    private final AtomicInteger flushing = new AtomicInteger();
    private long settled;
    private Thread thread;
    private boolean closed;

    public AuditWriter(Store store, Settings settings) {
        this.store = store;
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
    }

    /**
     * Queues a complete (redacted, id and time filled in) record, blocking while the queue is full.
     * After {@link #close()} the record is written at once, on the caller's thread.
     */
    public void submit(AuditEvent event) {
        if (!admit()) {
            writeBatch(List.of(event));
            return;
        }
        try {
            queue.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            settle(1);
            writeBatch(List.of(event));
        }
    }

    /** Waits until every record submitted before this call is written (or counted as lost). */
    public void flush() {
        long target = submitted.get();
        flushing.incrementAndGet();
        Thread writer = writerThread();
        if (writer != null) {
            LockSupport.unpark(writer); // ends a linger
        }
        try {
            synchronized (settledLock) {
                while (settled < target) {
                    try {
                        settledLock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        } finally {
            flushing.decrementAndGet();
        }
    }

    /** Records given up after every attempt failed, since start. */
    public long lost() {
        return lost.get();
    }

    /** Flushes, then stops the writer thread; later records are written synchronously. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            running = thread;
        }
        if (running == null) {
            return;
        }
        flush();
        running.interrupt();
        try {
            running.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Thread writerThread() {
        return thread;
    }

    /** Counts the record as submitted unless closed (under the lock close() takes, so flush sees it). */
    private synchronized boolean admit() {
        if (closed) {
            return false;
        }
        submitted.incrementAndGet();
        if (thread == null) {
            thread = new Thread(this::run, "warden-audit-writer");
            thread.setDaemon(true);
            thread.start();
        }
        return true;
    }

    private void run() {
        List<AuditEvent> batch = new ArrayList<>(settings.maxBatch());
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                // close(): everything submitted has been flushed before the interrupt.
                return;
            }
            queue.drainTo(batch, settings.maxBatch() - 1);
            linger(batch);
            try {
                writeWithRetries(batch);
            } catch (RuntimeException | Error e) {
                lose(batch.size(), e);
            } finally {
                settle(batch.size());
                batch.clear();
            }
        }
    }

    /**
     * Lets a batch that is not full gather records for up to {@code linger}, collecting what arrived
     * every {@code LINGER_SLICE_NANOS}; a waiting {@link #flush()} (or close) unparks it at once.
     *
     * <p>It parks instead of waiting on the queue: a writer waiting on the queue was woken by the
     * submits that came while it waited (under 25,000 signed calls/s: 0.26 futex calls per request,
     * 0.20 after this change, perf stat).
     */
    private void linger(List<AuditEvent> batch) {
        long deadline = System.nanoTime() + settings.linger().toNanos();
        while (batch.size() < settings.maxBatch() && flushing.get() == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            LockSupport.parkNanos(this, Math.min(left, LINGER_SLICE_NANOS));
            if (Thread.currentThread().isInterrupted()) {
                return; // seen by the take() of the next round
            }
            queue.drainTo(batch, settings.maxBatch() - batch.size());
        }
    }

    private void writeWithRetries(List<AuditEvent> batch) {
        Duration pause = settings.firstPause();
        for (int attempt = 1; ; attempt++) {
            try {
                writeBatch(batch);
                return;
            } catch (RuntimeException e) {
                if (attempt >= settings.attempts()) {
                    LOG.warn("Could not append {} audit records in one transaction after {} attempts;"
                            + " appending them one by one", batch.size(), attempt, e);
                    writeOneByOne(batch);
                    return;
                }
                LOG.warn("Could not append {} audit records (attempt {} of {}); trying again",
                        batch.size(), attempt, settings.attempts(), e);
                if (!sleep(pause)) {
                    writeOneByOne(batch);
                    return;
                }
                pause = pause.multipliedBy(4);
            }
        }
    }

    private void writeOneByOne(List<AuditEvent> batch) {
        for (AuditEvent event : batch) {
            try {
                writeBatch(List.of(event));
            } catch (RuntimeException e) {
                lose(1, e);
            }
        }
    }

    private void writeBatch(List<AuditEvent> batch) {
        store.write(tx -> {
            tx.audit().appendAll(batch);
            return null;
        });
    }

    private void lose(int count, Throwable cause) {
        long total = lost.addAndGet(count);
        LOG.error("AUDIT RECORDS LOST: {} record(s) could not be written ({} lost since start)", count, total, cause);
    }

    private void settle(int count) {
        synchronized (settledLock) {
            settled += count;
            settledLock.notifyAll();
        }
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
