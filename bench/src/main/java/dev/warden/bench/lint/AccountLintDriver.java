package dev.warden.bench.lint;

import dev.warden.catalog.Catalog;
import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.insight.lint.AccountLinter;
import dev.warden.insight.lint.AccountSnapshot;
import dev.warden.insight.lint.AccountSnapshotReader;
import dev.warden.insight.lint.LintedArtifact;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Runs the account lint on an existing home several times and prints, per run, the wall time and
 * the CPU time of the thread that did the work, split into reading the account and linting it.
 * CPU time is what the shared machine's load does not inflate.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.warden.bench.lint.AccountLintDriver DIR [RUNS]}
 */
public final class AccountLintDriver {
  private AccountLintDriver() {}

  public static void main(String[] args) {
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (WardenHome home = WardenHome.open(WardenHomeSettings.defaults(Path.of(args[0])))) {
      AccountLinter linter = new AccountLinter(Catalog.get(), ManagedPolicies.get(), Clock.systemUTC(), AccountLinter.Options.defaults());
      for (int run = 1; run <= runs; run++) {
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        AccountSnapshot snapshot = AccountSnapshotReader.read(home.iam(), linter.usageSince());
        long readWall = System.nanoTime();
        long readCpu = threads.getCurrentThreadCpuTime();
        List<LintedArtifact> artifacts = linter.lint(snapshot);
        long endWall = System.nanoTime();
        long endCpu = threads.getCurrentThreadCpuTime();
        int documents = snapshot.policies().size()
            + snapshot.users().stream().mapToInt(u -> u.inlinePolicies().size()).sum()
            + snapshot.groups().stream().mapToInt(g -> g.inlinePolicies().size()).sum()
            + snapshot.roles().stream().mapToInt(r -> r.inlinePolicies().size() + 1).sum();
        long findings = artifacts.stream().mapToLong(a -> a.findings().size()).sum();
        System.out.printf("run %d: %d documents, %d findings; wall %d ms (read %d, lint %d); cpu %d ms (read %d, lint %d)%n",
            run, documents, findings, ms(endWall - wall), ms(readWall - wall), ms(endWall - readWall),
            ms(endCpu - cpu), ms(readCpu - cpu), ms(endCpu - readCpu));
      }
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
