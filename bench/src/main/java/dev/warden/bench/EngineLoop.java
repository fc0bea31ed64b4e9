package dev.warden.bench;

import dev.warden.policy.eval.Authorizer;

/**
 * A plain timing loop that alternates bench-large with and without 10,000 unrelated statements in
 * one JVM, for a quick same-run comparison when JMH's error bars are too wide on a busy machine.
 * {@code java -cp bench/target/benchmarks.jar dev.warden.bench.EngineLoop [rounds] [decisions]}
 */
public final class EngineLoop {
  private EngineLoop() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int decisions = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
    Workload large = Workload.load("large");
    Workload unrelated = Workload.load("large", 500);
    Authorizer authorizer = new Authorizer();
    for (int round = 1; round <= rounds; round++) {
      long plain = time(authorizer, large, decisions);
      long padded = time(authorizer, unrelated, decisions);
      System.out.printf("round %d: large %d ns, large + 10x unrelated %d ns (%.2fx)%n",
          round, plain, padded, (double) padded / plain);
    }
  }

  private static long time(Authorizer authorizer, Workload workload, int decisions) {
    long start = System.nanoTime();
    for (int i = 0; i < decisions; i++) {
      authorizer.decide(workload.policies(), workload.request());
    }
    return (System.nanoTime() - start) / decisions;
  }
}
