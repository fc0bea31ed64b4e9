package dev.warden.server.workload;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IMDSv2 session tokens, per workload: {@code PUT /latest/api/token} hands one out for the requested
 * TTL (1 to 21,600 seconds, as IMDS); later GETs present it. Each workload keeps at most
 * {@link #PER_WORKLOAD} live tokens (the oldest goes first), compared in constant time.
 */
public final class ImdsTokens {

    public static final int MAX_TTL_SECONDS = 21_600;
    static final int PER_WORKLOAD = 32;

    private record Issued(WorkloadToken token, Instant expires) {}

    private final SecureRandom random;
    private final Map<String, Deque<Issued>> tokens = new ConcurrentHashMap<>();

    public ImdsTokens(SecureRandom random) {
        this.random = random;
    }

    public WorkloadToken issue(String workloadId, Duration ttl, Instant now) {
        WorkloadToken token = WorkloadToken.generate(random);
        Deque<Issued> issued = tokens.computeIfAbsent(workloadId, id -> new ArrayDeque<>());
        synchronized (issued) {
            issued.removeIf(i -> !now.isBefore(i.expires()));
            while (issued.size() >= PER_WORKLOAD) {
                issued.removeFirst();
            }
            issued.addLast(new Issued(token, now.plus(ttl)));
        }
        return token;
    }

    public boolean valid(String workloadId, String presented, Instant now) {
        Deque<Issued> issued = tokens.get(workloadId);
        if (issued == null || presented == null) {
            return false;
        }
        synchronized (issued) {
            boolean found = false;
            for (Issued i : issued) {
                // Every live token is compared, so the time taken does not say which one matched.
                found |= now.isBefore(i.expires()) & i.token().matches(presented);
            }
            return found;
        }
    }

    public void forget(String workloadId) {
        tokens.remove(workloadId);
    }
}
