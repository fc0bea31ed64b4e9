package dev.warden.insight.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Credentials ever added in a git repository's history, through the installed {@code git} binary:
 * {@code git log -p --all --reverse -U0} restricted to the scanned folder. Only added lines are
 * searched; each file's added lines in one commit are searched together (so a secret next to its key
 * id is still paired). A credential is reported once per path, at the oldest commit that added it.
 */
public final class GitHistoryScanner {
  private static final String COMMIT_MARK = "\u0001";
  private static final long MAX_DIFF_CHARS = FileTriage.DEFAULT_MAX_FILE_BYTES;
  private final CredentialDetector detector;
  private final String git;
  private final PathExclusion exclusion;

  public GitHistoryScanner(CredentialDetector detector, String gitExecutable, PathExclusion exclusion) {
    this.detector = detector;
    this.git = gitExecutable;
    this.exclusion = exclusion;
  }

  public static GitHistoryScanner withDefaults() {
    return new GitHistoryScanner(new CredentialDetector(), "git", PathExclusion.none());
  }

  /** True when {@code dir} is inside a git work tree (and git can be run). */
  public boolean isWorkTree(Path dir) {
    try {
      Process process = new ProcessBuilder(git, "-C", dir.toString(), "rev-parse", "--is-inside-work-tree")
          .redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return process.waitFor() == 0 && out.equals("true");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public TreeScan scan(Path dir) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(git, "-C", dir.toString(), "-c", "core.quotePath=false", "log",
        "-p", "--all", "--reverse", "--relative", "-U0", "--no-color", "--no-ext-diff", "--no-textconv",
        "--no-renames", "--format=" + "%x01%H", "--", ".")
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("GIT_PAGER", "cat");
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process process = builder.start();
    DiffState state = new DiffState();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.ISO_8859_1), 1 << 16)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        state.accept(line);
      }
      state.flush();
    }
    try {
      if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IOException("git log failed in " + dir + " (exit " + (process.isAlive() ? "timeout" : process.exitValue()) + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading git history", e);
    } finally {
      process.destroy();
    }
    List<Finding> findings = new ArrayList<>(state.findings);
    findings.sort(Finding.ORDER);
    return new TreeScan(findings, new ScanStats(0, state.bytes, Map.of(), state.commits));
  }

  /** Parses the patch stream line by line, collecting each file's added lines per commit. */
  private final class DiffState {
    final List<Finding> findings = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    long commits;
    long bytes;
    String commit;
    String path;
    boolean inHunk;
    int nextLine;
    final StringBuilder added = new StringBuilder();
    final List<Integer> addedLineNumbers = new ArrayList<>();

    void accept(String line) {
      if (line.startsWith(COMMIT_MARK)) {
        flush();
        commit = line.substring(1).trim();
        commits++;
        path = null;
        inHunk = false;
      } else if (line.startsWith("diff --git ")) {
        flush();
        path = null;
        inHunk = false;
      } else if (!inHunk && line.startsWith("+++ ")) {
        path = pathOf(line.substring(4));
      } else if (line.startsWith("@@")) {
        inHunk = true;
        nextLine = newStart(line);
      } else if (inHunk && line.startsWith("+")) {
        if (path != null && added.length() < MAX_DIFF_CHARS) {
          added.append(line, 1, line.length()).append('\n');
          addedLineNumbers.add(nextLine);
        }
        nextLine++;
      }
    }

    void flush() {
      if (added.length() > 0 && commit != null && path != null && !exclusion.excludes(path)) {
        bytes += added.length();
        byte[] raw = added.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (CredentialDetector.mayContainCredential(raw, raw.length)) {
          for (Detection detection : detector.detect(added.toString())) {
            if (seen.add(path + "\u0000" + detection.kind() + "\u0000" + detection.fingerprint())) {
              int line = addedLineNumbers.get(detection.line() - 1);
              findings.add(new Finding(new Location(path, line, detection.column(), commit), detection.atLine(line)));
            }
          }
        }
      }
      added.setLength(0);
      addedLineNumbers.clear();
    }

    private static String pathOf(String header) {
      String name = header.strip();
      if (name.startsWith("\"") && name.endsWith("\"") && name.length() > 1) {
        name = name.substring(1, name.length() - 1);
      }
      if (name.equals("/dev/null")) {
        return null;
      }
      return name.startsWith("b/") ? name.substring(2) : name;
    }

    /** The new side's first line of "@@ -a,b +c,d @@". */
    private static int newStart(String hunkHeader) {
      int plus = hunkHeader.indexOf('+', 2);
      int end = plus + 1;
      while (end < hunkHeader.length() && Character.isDigit(hunkHeader.charAt(end))) {
        end++;
      }
      try {
        return Integer.parseInt(hunkHeader.substring(plus + 1, end));
      } catch (RuntimeException e) {
        return 1;
      }
    }
  }
}
