package dev.warden.bench.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.parse.PolicyParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A plain timing loop for bench/compare-peer.sh: Warden's time per decision on the bench workloads,
 * measured the way the peer is measured (repeat one case, divide). Two numbers per case: authorize
 * with policies compiled once (how Warden serves requests), and parse + compile + authorize every
 * time (what the peer's runSimulation does per call). Median of five timed batches after warm-up.
 * Not a substitute for the JMH benchmarks; it exists so both engines run the same cases in one run.
 *
 * <p>Usage: {@code WardenTiming MILLIS_PER_BATCH WORKLOAD.json...}; prints one JSON line per case.
 */
public final class WardenTiming {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int BATCHES = 5;

  public static void main(String[] args) throws IOException, PolicyParseException {
    if (args.length < 2) {
      System.err.println("usage: WardenTiming MILLIS_PER_BATCH WORKLOAD.json...");
      System.exit(2);
    }
    long batchNanos = Long.parseLong(args[0]) * 1_000_000L;
    WardenEvaluator warden = WardenEvaluator.withoutSizeQuotas();
    for (int i = 1; i < args.length; i++) {
      for (JsonNode testCase : MAPPER.readTree(Files.readString(Path.of(args[i])))) {
        WardenEvaluator.Prepared prepared = warden.prepare(testCase);
        Decision decision = warden.decide(prepared);
        double authorize = medianNanos(batchNanos, () -> warden.decide(prepared).decision().ordinal());
        double full = medianNanos(batchNanos, () -> {
          try {
            return warden.evaluate(testCase).decision().ordinal();
          } catch (PolicyParseException e) {
            throw new IllegalStateException(e);
          }
        });
        ObjectNode line = MAPPER.createObjectNode();
        line.put("id", testCase.get("id").asText());
        line.put("decision", decision.decision().name());
        line.put("expected", testCase.path("expected").asText(""));
        line.put("authorizeNanos", Math.round(authorize));
        line.put("parseCompileAuthorizeNanos", Math.round(full));
        System.out.println(MAPPER.writeValueAsString(line));
      }
    }
  }

  /** The work returns something derived from the decision so the JIT cannot drop it. */
  interface Work {
    int run();
  }

  private static double medianNanos(long batchNanos, Work work) {
    long sink = 0;
    long warmUpEnd = System.nanoTime() + batchNanos;
    while (System.nanoTime() < warmUpEnd) {
      sink += work.run();
    }
    double[] perOp = new double[BATCHES];
    for (int b = 0; b < BATCHES; b++) {
      long ops = 0;
      long start = System.nanoTime();
      long end = start + batchNanos;
      long now;
      do {
        for (int k = 0; k < 64; k++) {
          sink += work.run();
        }
        ops += 64;
        now = System.nanoTime();
      } while (now < end);
      perOp[b] = (double) (now - start) / ops;
    }
    if (sink == Long.MIN_VALUE) {
      System.err.println(sink);
    }
    Arrays.sort(perOp);
    return perOp[BATCHES / 2];
  }
}
