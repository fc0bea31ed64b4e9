package dev.warden.bench.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one fixed-rate phase saw.
 *
 * @param rate requests per second asked for
 * @param sent requests handed to the HTTP client
 * @param answered requests that got HTTP 200
 * @param failures everything else, by HTTP status or exception name
 * @param skipped requests never sent because too many were already waiting (the generator's bound)
 * @param seconds from the first due time to the last answer
 * @param maxDispatchLagMillis the longest a request left after it was due (the generator's own lateness)
 * @param latency answered requests' latencies, measured from their due time
 */
public record PhaseResult(int rate, long sent, long answered, Map<String, Long> failures, long skipped,
        double seconds, double maxDispatchLagMillis, LatencySummary latency) {

    public PhaseResult {
        failures = Map.copyOf(failures);
    }

    public double achievedRate() {
        return seconds <= 0 ? 0 : answered / seconds;
    }

    /** Flat, JSON-friendly view for warden_load.py. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rate", rate);
        map.put("sent", sent);
        map.put("answered", answered);
        map.put("failures", failures);
        map.put("skipped", skipped);
        map.put("seconds", seconds);
        map.put("achievedRate", achievedRate());
        map.put("maxDispatchLagMs", maxDispatchLagMillis);
        map.put("p50Ms", latency.percentileMillis(50));
        map.put("p90Ms", latency.percentileMillis(90));
        map.put("p99Ms", latency.percentileMillis(99));
        map.put("p999Ms", latency.percentileMillis(99.9));
        map.put("maxMs", latency.maxMillis());
        return map;
    }
}
