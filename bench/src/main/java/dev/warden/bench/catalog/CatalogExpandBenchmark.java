package dev.warden.bench.catalog;

import dev.warden.catalog.Action;
import dev.warden.catalog.Catalog;
import dev.warden.policy.match.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wildcard expansion on the loaded catalogue. {@code expand} is answered from the index; the
 * {@code scanAllActions} baseline matches the same pattern against every action, which is what the
 * index avoids.
 * Run: {@code java -jar bench/target/benchmarks.jar 'dev.warden.bench.catalog.CatalogExpandBenchmark'}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class CatalogExpandBenchmark {
  @Param({"*:*", "s3:*", "s3:Get*", "ec2:Describe*", "*:Get*Policy", "s3*:*", "iam:PassRole"})
  public String pattern;

  private Catalog catalog;

  @Setup
  public void load() {
    catalog = Catalog.get();
  }

  @Benchmark
  public List<Action> expand() {
    return catalog.expand(pattern);
  }

  @Benchmark
  public List<Action> scanAllActions() {
    Wildcard wildcard = Wildcard.compile(pattern, true);
    List<Action> matches = new ArrayList<>();
    for (Action action : catalog.actions()) {
      if (wildcard.matches(action.fullName())) {
        matches.add(action);
      }
    }
    return matches;
  }
}
