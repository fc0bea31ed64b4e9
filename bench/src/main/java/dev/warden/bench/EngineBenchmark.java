package dev.warden.bench;

import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.EvalDecision;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One decision per call, policies already compiled, single thread. Workloads: the three from
 * shared/bench, plus "large-10x-unrelated" (bench-large with ten times more statements about other
 * services) to show that unrelated statements cost next to nothing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class EngineBenchmark {
  @Param({"small", "medium", "large", "large-10x-unrelated"})
  public String workload;

  private Workload loaded;
  private final Authorizer authorizer = new Authorizer();

  @Setup(Level.Trial)
  public void setUp() {
    loaded = workload.equals("large-10x-unrelated") ? Workload.load("large", 500) : Workload.load(workload);
    EvalDecision decision = authorizer.decide(loaded.policies(), loaded.request());
    if (decision != loaded.expected()) {
      throw new IllegalStateException(workload + ": expected " + loaded.expected() + " but engine said " + decision);
    }
  }

  /** The decision only: what the server does on every request. */
  @Benchmark
  public EvalDecision decide() {
    return authorizer.decide(loaded.policies(), loaded.request());
  }

  /** The decision with its full explanation: what the simulator and audit log use. */
  @Benchmark
  public Decision authorize() {
    return authorizer.authorize(loaded.policies(), loaded.request());
  }
}
