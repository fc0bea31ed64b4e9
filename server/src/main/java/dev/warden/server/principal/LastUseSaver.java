package dev.warden.server.principal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the last uses of access keys or of roles that {@link LastUseRecorder} noted, on a background
 * thread once per interval, so each key's or role's last use is written at
 * most once per interval however busy it is. A failed save is logged and its uses are kept for the
 * next one; {@link #close()} saves what is left. Until saved, a use is visible only in this process
 * (other nodes on a shared database see it up to an interval late, and a crash may lose up to one
 * interval of last-used data).
 */
public final class LastUseSaver implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(LastUseSaver.class);

    private final String what;
    private final Runnable save;
    private final ScheduledExecutorService timer;

    private LastUseSaver(String what, Runnable save, Duration interval) {
        this.what = what;
        this.save = save;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "warden-last-use-saver-" + what.replace(' ', '-'));
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::saveQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * @param what whose last uses these are, for the thread name and the log ("access keys", "roles")
     * @param save stores the uses noted since the last save (e.g. {@code AccessKeyService::saveNotedUses})
     */
    public static LastUseSaver start(String what, Runnable save, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        return new LastUseSaver(Objects.requireNonNull(what), Objects.requireNonNull(save), interval);
    }

    private void saveQuietly() {
        try {
            save.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not store {}' last use; trying again at the next interval", what, e);
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
