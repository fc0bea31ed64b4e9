package dev.warden.server.principal;

import dev.warden.core.iam.AccessKeyService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the key uses that {@link KeyUseRecorder} noted, on a background thread once per interval, so
 * each key's last use is written at most once per interval however busy the key is. A failed save is
 * logged and its uses are kept for the next one; {@link #close()} saves what is left. Until saved, a
 * use is visible only in this process (other nodes on a shared database see it up to an interval late,
 * and a crash may lose up to one interval of last-used data).
 */
public final class KeyUseSaver implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(KeyUseSaver.class);

    private final AccessKeyService keys;
    private final ScheduledExecutorService timer;

    private KeyUseSaver(AccessKeyService keys, Duration interval) {
        this.keys = keys;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "warden-key-use-saver");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::saveQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    public static KeyUseSaver start(AccessKeyService keys, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        return new KeyUseSaver(keys, interval);
    }

    private void saveQuietly() {
        try {
            keys.saveNotedUses();
        } catch (RuntimeException e) {
            LOG.warn("Could not store access keys' last use; trying again at the next interval", e);
        }
    }

    /** Stops the timer and stores what is left. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saveQuietly();
    }
}
