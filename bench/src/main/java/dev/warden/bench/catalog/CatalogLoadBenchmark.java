package dev.warden.bench.catalog;

import dev.warden.catalog.Catalog;
import dev.warden.catalog.ManagedPolicies;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What loading the embedded catalogue costs a fresh JVM: one cold load per fork (no warm-up), which
 * is what start-up pays when {@code Catalog.get()} or {@code preloadInBackground()} first runs.
 * Run: {@code java -jar bench/target/benchmarks.jar 'dev.warden.bench.catalog.CatalogLoadBenchmark'}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class CatalogLoadBenchmark {

  /** The reference: services, actions, resource types, condition keys, with all indexes built. */
  @Benchmark
  public Catalog coldReference() {
    return Catalog.loadEmbedded();
  }

  /** The AWS managed policies (loaded only by callers that need them). */
  @Benchmark
  public ManagedPolicies coldManagedPolicies() {
    return ManagedPolicies.loadEmbedded();
  }
}
