package dev.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.warden.core.store.Store;
import dev.warden.core.store.StoreException;
import dev.warden.core.store.StoreWork;
import dev.warden.core.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditWriterTest {
    private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");
    private static final AuditWriter.Settings NO_PAUSE = new AuditWriter.Settings(16, 8, 3, Duration.ZERO, Duration.ZERO);
    /** Batches wait for more records far longer than any test runs, unless full or flushed. */
    private static final AuditWriter.Settings LONG_LINGER =
            new AuditWriter.Settings(16, 8, 3, Duration.ZERO, Duration.ofMinutes(10));

    @TempDir
    Path dir;

    private SqliteStore sqlite;

    @BeforeEach
    void open() {
        sqlite = SqliteStore.open(dir.resolve("warden.db"));
    }

    @AfterEach
    void closeStore() {
        sqlite.close();
    }

    private static AuditEvent event(int n) {
        return new AuditEvent(null, T0.plusMillis(n), "sts.amazonaws.com", "GetCallerIdentity", "us-east-1",
                "127.0.0.1", "test", UserIdentity.anonymous(), null, null, null, null, "req-" + n, null);
    }

    private List<String> storedRequestIds() {
        List<String> ids = new ArrayList<>();
        new AuditLog(sqlite, Clock.systemUTC()).query(AuditQuery.latest(1000)).forEach(e -> ids.add(e.requestId()));
        return ids;
    }

    @Test
    void aBurstFromManyThreadsIsAllStoredAfterClose() throws Exception {
        // More records than the queue holds, so submitters also wait for room (back-pressure).
        AuditLog log = new AuditLog(sqlite, Clock.fixed(T0, ZoneOffset.UTC), NO_PAUSE);
        int threads = 3;
        int perThread = 300;
        List<Thread> submitters = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t * perThread;
            Thread submitter = new Thread(() -> {
                for (int n = first; n < first + perThread; n++) {
                    log.append(event(n));
                }
            });
            submitter.start();
            submitters.add(submitter);
        }
        for (Thread submitter : submitters) {
            submitter.join();
        }
        log.close();

        List<String> ids = storedRequestIds();
        assertThat(ids).hasSize(threads * perThread).doesNotHaveDuplicates();
        assertThat(log.lostRecords()).isZero();
    }

    @Test
    void queryAfterAppendSeesTheRecord() {
        AuditLog log = new AuditLog(sqlite, Clock.fixed(T0, ZoneOffset.UTC), NO_PAUSE);
        AuditEvent stored = log.append(event(7));
        assertThat(log.query(AuditQuery.latest(10))).extracting(AuditEvent::eventId).containsExactly(stored.eventId());
        log.close();
    }

    @Test
    void aFailedWriteIsRetriedAndNothingIsLost() {
        FailingStore failing = new FailingStore(sqlite, 2);
        AuditLog log = new AuditLog(failing, Clock.fixed(T0, ZoneOffset.UTC), NO_PAUSE);
        log.append(event(1));
        log.append(event(2));
        log.close();

        assertThat(failing.failures.get()).isEqualTo(2);
        assertThat(storedRequestIds()).containsExactlyInAnyOrder("req-1", "req-2");
        assertThat(log.lostRecords()).isZero();
    }

    @Test
    void aWriteThatKeepsFailingIsCountedAsLost() {
        FailingStore failing = new FailingStore(sqlite, Integer.MAX_VALUE);
        AuditLog log = new AuditLog(failing, Clock.fixed(T0, ZoneOffset.UTC), NO_PAUSE);
        log.append(event(1));
        log.flush();

        assertThat(log.lostRecords()).isEqualTo(1);
        assertThat(failing.failures.get()).isEqualTo(NO_PAUSE.attempts() + 1); // then once on its own
        log.close();
        assertThat(storedRequestIds()).isEmpty();
    }

    @Test
    void recordsArrivingWhileABatchLingersShareItsTransaction() {
        FailingStore counting = new FailingStore(sqlite, 0);
        AuditLog log = new AuditLog(counting, Clock.fixed(T0, ZoneOffset.UTC), LONG_LINGER);
        for (int n = 0; n < LONG_LINGER.maxBatch(); n++) {
            log.append(event(n));
        }
        // A full batch is written without waiting for the linger to end.
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            while (counting.writes.get() == 0) {
                Thread.sleep(5);
            }
        });
        log.flush();

        assertThat(counting.writes.get()).isEqualTo(1);
        assertThat(storedRequestIds()).hasSize(LONG_LINGER.maxBatch());
        log.close();
    }

    @Test
    void flushDoesNotWaitForTheLingerToEnd() {
        AuditLog log = new AuditLog(sqlite, Clock.fixed(T0, ZoneOffset.UTC), LONG_LINGER);
        log.append(event(1));

        assertTimeoutPreemptively(Duration.ofMinutes(1), log::flush); // the linger is ten minutes
        assertThat(storedRequestIds()).containsExactly("req-1");
        assertTimeoutPreemptively(Duration.ofMinutes(1), log::close);
    }

    @Test
    void appendsAfterCloseAreStoredAtOnce() {
        AuditLog log = new AuditLog(sqlite, Clock.fixed(T0, ZoneOffset.UTC), NO_PAUSE);
        log.close();
        log.append(event(3));
        assertThat(storedRequestIds()).containsExactly("req-3");
    }

    /** Fails the first {@code failing} writes, then writes to the real store. */
    private static final class FailingStore implements Store {
        private final Store real;
        private final int failing;
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();

        FailingStore(Store real, int failing) {
            this.real = real;
            this.failing = failing;
        }

        @Override
        public <T> T read(StoreWork<T> work) {
            return real.read(work);
        }

        @Override
        public <T> T write(StoreWork<T> work) {
            if (failures.get() < failing) {
                failures.incrementAndGet();
                throw new StoreException("disk full (test)", null);
            }
            writes.incrementAndGet();
            return real.write(work);
        }

        @Override
        public void close() {
            real.close();
        }
    }
}
