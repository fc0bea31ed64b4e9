package dev.warden.server.workload;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workloads registered on this node, in memory only: a workload fetches its credentials from the
 * loopback URL of the node it registered with, so no other node needs to know it, and a restart ends
 * every registration (the launcher's {@code exec} then sees its child's refreshes fail).
 *
 * <p>Bounded: at most {@code capacity} registrations at once ({@code LimitExceeded} beyond), each for
 * at most {@code lifetime}, after which it is gone as if deregistered.
 */
public final class WorkloadRegistry {

    public static final int DEFAULT_CAPACITY = 1_000;
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

    private final int capacity;
    private final Duration lifetime;
    private final Map<String, Workload> workloads = new ConcurrentHashMap<>();

    public WorkloadRegistry(int capacity, Duration lifetime) {
        if (capacity < 1 || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("capacity and lifetime must be positive");
        }
        this.capacity = capacity;
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** @throws AwsError {@code LimitExceeded} when {@code capacity} live registrations exist */
    public synchronized void add(Workload workload, Instant now) {
        workloads.values().removeIf(w -> !now.isBefore(w.endsAt()));
        if (workloads.size() >= capacity) {
            throw new AwsError(AwsErrorCode.LIMIT_EXCEEDED, "Cannot register more than " + capacity
                    + " workloads on this Warden node; end some first (DELETE /_warden/workloads/{id}).");
        }
        workloads.put(workload.id(), workload);
    }

    /** The live workload with this id; an expired one is removed and not found. */
    public Optional<Workload> find(String id, Instant now) {
        Workload workload = workloads.get(id);
        if (workload == null) {
            return Optional.empty();
        }
        if (!now.isBefore(workload.endsAt())) {
            workloads.remove(id, workload);
            return Optional.empty();
        }
        return Optional.of(workload);
    }

    public Optional<Workload> remove(String id) {
        return Optional.ofNullable(workloads.remove(id));
    }

    public int size() {
        return workloads.size();
    }
}
