package dev.warden.server.principal;

import dev.warden.core.iam.RoleUseService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the role uses that {@link RoleUseRecorder} noted, on a background thread once per interval, so
 * each role's last use is written at most once per interval however busy its sessions are (as
 * {@link KeyUseSaver} does for access keys). A failed save is
 * logged and its uses are kept for the next one; {@link #close()} saves what is left. Until saved, a
 * use is visible only in this process (other nodes on a shared database see it up to an interval late,
 * and a crash may lose up to one interval of last-used data).
 */
public final class RoleUseSaver implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(RoleUseSaver.class);

    private final RoleUseService uses;
    private final ScheduledExecutorService timer;

    private RoleUseSaver(RoleUseService uses, Duration interval) {
        this.uses = uses;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "warden-role-use-saver");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::saveQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    public static RoleUseSaver start(RoleUseService uses, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        return new RoleUseSaver(uses, interval);
    }

    private void saveQuietly() {
        try {
            uses.saveNotedUses();
        } catch (RuntimeException e) {
            LOG.warn("Could not store roles' last use; trying again at the next interval", e);
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
