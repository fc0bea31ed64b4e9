package dev.warden.bench;

import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyCompiler;
import dev.warden.policy.eval.PolicyType;
import dev.warden.policy.parse.PolicyParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parse + validate + compile of a 6 KB policy (IAM's managed-policy quota), single thread. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PolicyCompileBenchmark {
  private String text;
  private final PolicyParser parser = PolicyParser.standard();

  @Setup(Level.Trial)
  public void setUp() {
    text = Workload.sixKilobytePolicy();
  }

  @Benchmark
  public CompiledPolicy parseValidateCompile() throws Exception {
    return PolicyCompiler.compile(parser.parse(text, PolicyKind.IDENTITY_MANAGED), "p", PolicyType.IDENTITY);
  }
}
