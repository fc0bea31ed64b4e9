package dev.warden.cli;

import dev.warden.catalog.Catalog;
import dev.warden.catalog.ManagedPolicies;
import dev.warden.catalog.lint.Finding;
import dev.warden.catalog.lint.FindingType;
import dev.warden.catalog.lint.PolicyLinter;
import dev.warden.catalog.lint.SarifWriter;
import dev.warden.core.home.StoreLocation;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.secret.PasswordHasher;
import dev.warden.insight.lint.AccountLinter;
import dev.warden.insight.lint.AccountSnapshot;
import dev.warden.insight.lint.AccountSnapshotReader;
import dev.warden.insight.lint.LintedArtifact;
import dev.warden.policy.document.PolicyKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warden lint FILE…} and {@code warden lint --account}: least-privilege findings for people and CI. */
@Command(
    name = "lint",
    description = "Find risky grants in policy files, or in everything a Warden account stores (--account): "
        + "wildcards, Resource \"*\" on writes, privilege escalation, resource exposure, data exfiltration, "
        + "open trust policies, stale or unused keys and roles, unattached policies; plus the findings of "
        + "policy validate. Exit 0 when no finding reaches --fail-on, 1 when one does, 2 on bad input.")
public final class LintCommand implements Callable<Integer> {
  static final int PASSED = 0;
  static final int FAILED = 1;
  static final int INVALID_INPUT = 2;
  /** Argon2's smallest parameters: lint hashes and checks no password. */
  private static final PasswordHasher.Argon2Settings READ_ONLY_ARGON2 = new PasswordHasher.Argon2Settings(8, 1, 1);

  /** The document kinds lint takes from files. */
  enum Kind {
    identity(PolicyKind.IDENTITY_MANAGED),
    resource(PolicyKind.RESOURCE),
    trust(PolicyKind.TRUST),
    boundary(PolicyKind.BOUNDARY),
    scp(PolicyKind.SCP);

    final PolicyKind kind;

    Kind(PolicyKind kind) {
      this.kind = kind;
    }
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Policy documents (JSON).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--kind", defaultValue = "identity",
      description = "What the files are: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Kind kind;

  @Option(names = "--account", description = "Lint the stored account instead of files.")
  boolean account;

  @Option(names = "--home", paramLabel = "DIR", description = "With --account: data folder (default: $WARDEN_HOME, else ./.warden).")
  String home;

  @Option(names = "--db", paramLabel = "JDBC_URL", description = "With --account: the database (default: $WARDEN_DB, else the home's SQLite file).")
  String db;

  @Option(names = "--account-id", paramLabel = "ID",
      description = "For files: the account the policies belong to, so trust in it is not reported as foreign.")
  String accountId;

  @Option(names = "--all-versions", description = "With --account: lint every version of customer managed policies, not only the default.")
  boolean allVersions;

  @Option(names = "--now", paramLabel = "INSTANT", description = "Judge key and role age as of this ISO-8601 instant (default: now).")
  String now;

  @Option(names = "--json", description = "JSON output (Access Analyzer's finding shape, per artifact).")
  boolean json;

  @Option(names = "--sarif", description = "SARIF 2.1.0 output, for code scanning.")
  boolean sarif;

  @Option(names = "--fail-on", defaultValue = "SECURITY_WARNING",
      description = "Lowest finding type that fails the run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  FindingType failOn;

  @Option(names = "--no-fail", description = "Exit 0 whatever is found (report only).")
  boolean noFail;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (account == !files.isEmpty() || (json && sarif)) {
      err.println("warden lint: give policy FILEs or --account (not both), and at most one of --json and --sarif");
      err.flush();
      return INVALID_INPUT;
    }
    Clock clock;
    try {
      clock = now == null ? Clock.systemUTC() : Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      err.println("warden lint: --now is not an ISO-8601 instant: " + now);
      err.flush();
      return INVALID_INPUT;
    }
    Map<String, List<Finding>> byArtifact;
    try {
      byArtifact = account ? lintAccount(clock, err) : lintFiles();
    } catch (IOException e) {
      err.println("warden lint: " + e.getMessage());
      err.flush();
      return INVALID_INPUT;
    }
    if (byArtifact == null) {
      err.flush();
      return INVALID_INPUT;
    }
    boolean failed = !noFail && byArtifact.values().stream().flatMap(List::stream)
        .anyMatch(finding -> finding.type().ordinal() <= failOn.ordinal());
    if (sarif) {
      out.println(new SarifWriter("warden", "0.1.0", "https://github.com/warden-iam/warden").write(byArtifact));
    } else if (json) {
      out.println(LintReportJson.write(byArtifact, failed));
    } else {
      printText(out, byArtifact, failed);
    }
    out.flush();
    return failed ? FAILED : PASSED;
  }

  private Map<String, List<Finding>> lintFiles() throws IOException {
    PolicyLinter linter = new PolicyLinter(Catalog.get(), new PolicyLinter.Options(Optional.ofNullable(accountId), true));
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (Path file : files) {
      String text;
      try {
        text = PolicyFiles.read(file);
      } catch (IOException e) {
        throw new IOException(file + ": cannot read: " + e.getMessage(), e);
      }
      byFile.put(file.toString(), linter.lint(text, kind.kind));
    }
    return byFile;
  }

  private Map<String, List<Finding>> lintAccount(Clock clock, PrintWriter err) {
    // Both load while the store opens and the account is read.
    Catalog.preloadInBackground();
    ManagedPolicies.preloadInBackground();
    Map<String, String> environment = System.getenv();
    Path homeDirectory = WardenHomeSettings.resolveHome(home, environment).toAbsolutePath();
    if (!Files.isDirectory(homeDirectory)) {
      err.println("warden lint: no Warden home at " + homeDirectory);
      return null;
    }
    WardenHomeSettings settings;
    try {
      settings = WardenHomeSettings.fromEnvironment(homeDirectory.toString(), environment)
          .withStore(StoreLocation.resolve(db, environment)).withClock(clock)
          // Lint only reads: the login-profile service's decoy hash at start-up need not cost a full Argon2 run.
          .withArgon2(READ_ONLY_ARGON2);
    } catch (IllegalArgumentException e) {
      err.println("warden lint: --db / " + StoreLocation.DATABASE_VARIABLE + ": " + e.getMessage());
      return null;
    }
    AccountLinter linter = new AccountLinter(Catalog.get(), ManagedPolicies.get(), clock,
        new AccountLinter.Options(AccountLinter.DEFAULT_WINDOW, allVersions));
    AccountSnapshot snapshot;
    try (WardenHome opened = WardenHome.open(settings)) {
      snapshot = AccountSnapshotReader.read(opened.iam(), linter.usageSince());
    }
    Map<String, List<Finding>> byArtifact = new LinkedHashMap<>();
    for (LintedArtifact artifact : linter.lint(snapshot)) {
      byArtifact.put(artifact.artifact(), artifact.findings());
    }
    return byArtifact;
  }

  private void printText(PrintWriter out, Map<String, List<Finding>> byArtifact, boolean failed) {
    int total = 0;
    int[] counts = new int[FindingType.values().length];
    for (Map.Entry<String, List<Finding>> entry : byArtifact.entrySet()) {
      for (Finding finding : entry.getValue()) {
        String position = finding.location().position().line() > 0 ? ":" + finding.location().position() : "";
        String path = finding.location().path().isEmpty() ? "" : " [" + finding.location().jsonPath() + "]";
        out.println(entry.getKey() + position + ": " + finding.type() + " " + finding.code() + path + ": " + finding.message());
        counts[finding.type().ordinal()]++;
        total++;
      }
    }
    StringBuilder summary = new StringBuilder(total + (total == 1 ? " finding" : " findings"));
    if (total > 0) {
      List<String> parts = new ArrayList<>();
      for (FindingType type : FindingType.values()) {
        if (counts[type.ordinal()] > 0) {
          parts.add(counts[type.ordinal()] + " " + type);
        }
      }
      summary.append(" (").append(String.join(", ", parts)).append(')');
    }
    summary.append(noFail ? "; report only" : failed ? "; failing: at or above " + failOn : "; none at or above " + failOn);
    out.println(summary);
  }
}
