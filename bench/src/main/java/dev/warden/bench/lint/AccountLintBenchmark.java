package dev.warden.bench.lint;

import dev.warden.catalog.Catalog;
import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.insight.lint.AccountLinter;
import dev.warden.insight.lint.AccountSnapshot;
import dev.warden.insight.lint.AccountSnapshotReader;
import dev.warden.insight.lint.LintedArtifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code warden lint --account} on an account of {@code policies} customer managed policies (see
 * {@link LintAccountBuilder}; 1,500, the quota, make 2,662 policy documents) in a SQLite store:
 * reading the account (authorization details, keys, audit log) and linting it, single thread.
 * Target: an account with 2,000 policies in at most 5 s.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@State(Scope.Benchmark)
public class AccountLintBenchmark {
  @Param({"1500"})
  public int policies;

  private Path dir;
  private WardenHome home;
  private AccountLinter linter;

  @Setup(Level.Trial)
  public void build() throws IOException {
    dir = Files.createTempDirectory("warden-lint-bench");
    home = WardenHome.open(WardenHomeSettings.defaults(dir).withAccountId(LintAccountBuilder.ACCOUNT));
    LintAccountBuilder.build(home.iam(), policies);
    linter = new AccountLinter(Catalog.get(), ManagedPolicies.get(), Clock.systemUTC(), AccountLinter.Options.defaults());
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    home.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public List<LintedArtifact> readAndLintAccount() {
    AccountSnapshot snapshot = AccountSnapshotReader.read(home.iam(), linter.usageSince());
    return linter.lint(snapshot);
  }
}
