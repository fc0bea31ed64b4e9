package dev.warden.insight.scan;

import java.util.Locale;
import java.util.stream.Collectors;

/** The human-readable report: one line per finding, then a summary. Secrets appear only masked. */
public final class ScanTextReport {
  private ScanTextReport() {}

  public static String render(ScanReport report) {
    StringBuilder out = new StringBuilder();
    for (ReportedFinding f : report.findings()) {
      Location where = f.location();
      out.append(String.format(Locale.ROOT, "%-8s %-18s %-22s %s",
          status(f), f.finding().kind().label(), f.detection().shown(), describe(f)));
      out.append("\n         at ").append(where.path()).append(':').append(where.line()).append(':').append(where.column());
      if (where.inHistory()) {
        out.append(" in commit ").append(where.commit(), 0, Math.min(12, where.commit().length()));
      }
      out.append('\n');
    }
    out.append(summary(report)).append('\n');
    return out.toString();
  }

  static String status(ReportedFinding f) {
    if (f.detection().isExample()) {
      return "example";
    }
    return f.live() ? "LIVE" : "inactive";
  }

  private static String describe(ReportedFinding f) {
    StringBuilder text = new StringBuilder();
    if (f.finding().kind().isSecret()) {
      text.append(f.keyId() == null ? "no key id nearby" : "with " + f.keyId());
      if (f.standing() != null) {
        text.append(" (").append(f.standing().describe()).append(')');
      }
    } else {
      text.append(f.standing() == null ? "" : f.standing().describe());
    }
    if (f.detection().isExample()) {
      text.append(" [").append(f.detection().example()).append(']');
    }
    return text.toString();
  }

  static String summary(ScanReport report) {
    ScanStats stats = report.stats();
    StringBuilder line = new StringBuilder();
    line.append(report.findings().size()).append(report.findings().size() == 1 ? " finding" : " findings")
        .append(" (").append(report.liveCount()).append(" live) in ")
        .append(stats.filesScanned()).append(" files");
    if (stats.skippedTotal() > 0) {
      line.append(" (skipped: ").append(stats.skipped().entrySet().stream()
          .sorted(java.util.Map.Entry.comparingByKey())
          .map(e -> e.getValue() + " " + e.getKey().label())
          .collect(Collectors.joining(", "))).append(')');
    }
    if (stats.commitsScanned() > 0) {
      line.append(" and ").append(stats.commitsScanned()).append(stats.commitsScanned() == 1 ? " commit" : " commits");
    }
    line.append(String.format(Locale.ROOT, ", %.1f MB in %.1f s", stats.bytesScanned() / 1e6,
        report.elapsed().toMillis() / 1000.0));
    if (report.examplesIgnored() > 0) {
      line.append("; ").append(report.examplesIgnored())
          .append(" documentation example or test fixture value(s) ignored (--include-examples lists them)");
    }
    return line.toString();
  }
}
