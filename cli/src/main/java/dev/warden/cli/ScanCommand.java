package dev.warden.cli;

import dev.warden.core.home.StoreLocation;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.store.Store;
import dev.warden.insight.scan.CredentialDetector;
import dev.warden.insight.scan.Finding;
import dev.warden.insight.scan.GitHistoryScanner;
import dev.warden.insight.scan.HistoryMerge;
import dev.warden.insight.scan.KeyDirectory;
import dev.warden.insight.scan.Location;
import dev.warden.insight.scan.PathExclusion;
import dev.warden.insight.scan.ScanJsonReport;
import dev.warden.insight.scan.ScanReport;
import dev.warden.insight.scan.ScanSarifReport;
import dev.warden.insight.scan.ScanStats;
import dev.warden.insight.scan.ScanTextReport;
import dev.warden.insight.scan.SessionTokenReader;
import dev.warden.insight.scan.WardenSessionTokenReader;
import dev.warden.insight.scan.StoreKeyDirectory;
import dev.warden.insight.scan.TreeScan;
import dev.warden.insight.scan.TreeScanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warden scan}: hardcoded AWS credentials in files and git history, each key id checked
 * against the keys this Warden issued (read-only, offline). Exit 1 with {@code --fail} when a live
 * credential is found, 2 when the scan could not run.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
        "Find hardcoded AWS credentials (access key ids, secret access keys, session tokens) in files, "
            + "notebooks, shell history and git history. Key ids are shown in full, secrets and tokens masked.",
        "Each key id is looked up in Warden's own store: whose it is and whether it is Active. Nothing outside "
            + "Warden is called."})
public final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to scan.")
  List<Path> paths;

  @Option(names = "--git", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also scan the git history of a PATH inside a git work tree (default: on; --no-git to skip).")
  boolean git;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--sarif", description = "Print the report as SARIF 2.1.0 (for code-scanning dashboards).")
  boolean sarif;

  @Option(names = "--fail", description = "Exit 1 when a live credential is found (a Warden key that is Active, "
      + "or any credential Warden cannot vouch for that is not a known example).")
  boolean fail;

  @Option(names = "--include-examples", description = "Also list documentation examples and test fixtures "
      + "(AKIAIOSFODNN7EXAMPLE, AKIAFAKE..., low-entropy values); they never count as live.")
  boolean includeExamples;

  @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "10",
      description = "Skip files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  int maxFileMegabytes;

  @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out matching paths (repeatable): a "
      + "name pattern such as target or *.log matches anywhere, a pattern with / matches from PATH (docs/**).")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--home", paramLabel = "DIR", description = "Warden home whose keys to check (default: $WARDEN_HOME, else ./.warden).")
  String home;

  @Option(names = "--db", paramLabel = "JDBC_URL", description = "Check keys in this PostgreSQL store instead "
      + "of the home's SQLite file (default: $WARDEN_DB).")
  String db;

  private final Map<String, String> environment;

  public ScanCommand() {
    this(System.getenv());
  }

  ScanCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (json && sarif) {
      err.println("warden: choose one of --json and --sarif");
      return 2;
    }
    if (maxFileMegabytes < 1 || maxFileMegabytes > 1024) {
      err.println("warden: --max-file-size must be between 1 and 1024 (megabytes)");
      return 2;
    }
    for (Path path : paths) {
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        err.println("warden: no such file or folder: " + path);
        return 2;
      }
    }
    try {
      PathExclusion.of(excludes);
    } catch (IllegalArgumentException e) {
      err.println("warden: --exclude: " + e.getMessage());
      return 2;
    }
    long started = System.nanoTime();
    TreeScan scan;
    try {
      scan = scanAll();
    } catch (IOException | RuntimeException e) {
      err.println("warden: scan failed: " + e.getMessage());
      return 2;
    }
    ScanReport report;
    try (StoreHandle store = openStore(err)) {
      report = ScanReport.of(scan, store.directory(), includeExamples, Duration.ofNanos(System.nanoTime() - started));
    } catch (IllegalArgumentException e) {
      err.println("warden: --db / " + StoreLocation.DATABASE_VARIABLE + ": " + e.getMessage());
      return 2;
    }
    out.print(json ? ScanJsonReport.render(report) : sarif ? ScanSarifReport.render(report) : ScanTextReport.render(report));
    out.flush();
    err.flush();
    return fail && report.liveCount() > 0 ? 1 : 0;
  }

  private TreeScan scanAll() throws IOException {
    PathExclusion exclusion = PathExclusion.of(excludes);
    CredentialDetector detector = new CredentialDetector(sessionTokens());
    TreeScanner files = new TreeScanner(detector, (long) maxFileMegabytes * 1024 * 1024,
        Runtime.getRuntime().availableProcessors(), exclusion);
    GitHistoryScanner history = new GitHistoryScanner(detector, "git", exclusion);
    List<Finding> findings = new ArrayList<>();
    ScanStats stats = ScanStats.empty();
    for (Path path : paths) {
      String prefix = paths.size() == 1 || !Files.isDirectory(path) ? "" : path.toString().replace('\\', '/') + "/";
      TreeScan part = files.scan(path);
      if (git && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && history.isWorkTree(path)) {
        part = HistoryMerge.merge(part, history.scan(path));
      }
      stats = stats.plus(part.stats());
      for (Finding f : part.findings()) {
        Location at = f.location();
        findings.add(prefix.isEmpty() ? f
            : new Finding(new Location(prefix + at.path(), at.line(), at.column(), at.commit()), f.detection()));
      }
    }
    findings.sort(Finding.ORDER);
    return new TreeScan(findings, stats);
  }

  /** Opens session tokens with the home's keys when it has them (never creating a key). */
  private SessionTokenReader sessionTokens() {
    try {
      WardenHomeSettings settings = WardenHomeSettings.fromEnvironment(home, environment);
      return WardenSessionTokenReader.forHome(settings, Clock.systemUTC())
          .orElse(SessionTokenReader.none());
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("warden: session tokens are not checked: " + e.getMessage());
      return SessionTokenReader.none();
    }
  }

  /** The store to ask about key ids, or none (said on stderr) when there is no Warden home. */
  private record StoreHandle(Store store, KeyDirectory directory) implements AutoCloseable {
    @Override
    public void close() {
      if (store != null) {
        store.close();
      }
    }
  }

  private StoreHandle openStore(PrintWriter err) {
    StoreLocation location = StoreLocation.resolve(db, environment);
    Path homeDirectory = WardenHomeSettings.resolveHome(home, environment).toAbsolutePath();
    if (location instanceof StoreLocation.HomeSqlite && !Files.isRegularFile(homeDirectory.resolve("warden.db"))) {
      err.println("warden: no Warden home at " + homeDirectory + ": key ids are not checked against Warden's keys");
      return new StoreHandle(null, KeyDirectory.none());
    }
    try {
      Store store = location.open(homeDirectory);
      return new StoreHandle(store, new StoreKeyDirectory(store));
    } catch (RuntimeException e) {
      err.println("warden: cannot open Warden's store at " + location.describe(homeDirectory) + " (" + e.getMessage()
          + "): key ids are not checked against Warden's keys");
      return new StoreHandle(null, KeyDirectory.none());
    }
  }
}
