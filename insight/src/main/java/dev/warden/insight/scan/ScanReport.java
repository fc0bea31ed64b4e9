package dev.warden.insight.scan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a scan, ready to print: each finding with its key's standing and liveness, the
 * examples and fixtures that were recognised (left out unless asked for), and what was covered.
 * Live means it may authenticate: not an example, and not a key Warden knows to be inactive.
 */
public record ScanReport(List<ReportedFinding> findings, int examplesIgnored, ScanStats stats, Duration elapsed) {
  public ScanReport {
    findings = List.copyOf(findings);
  }

  public static ScanReport of(TreeScan scan, KeyDirectory directory, boolean includeExamples, Duration elapsed) {
    Map<String, KeyStanding> standings = new HashMap<>();
    // A session token Warden opened vouches for its own ASIA key id, wherever that id was found.
    for (Finding finding : scan.findings()) {
      SessionFacts session = finding.detection().session();
      if (session != null) {
        standings.put(session.accessKeyId(), KeyStanding.of(session));
      }
    }
    List<ReportedFinding> reported = new ArrayList<>();
    int examples = 0;
    for (Finding finding : scan.findings()) {
      Detection detection = finding.detection();
      if (detection.isExample() && !includeExamples) {
        examples++;
        continue;
      }
      String keyId = finding.kind() == CredentialKind.ACCESS_KEY_ID ? detection.shown()
          : detection.session() != null ? detection.session().accessKeyId() : detection.pairedKeyId();
      KeyStanding standing = keyId == null ? null : standings.computeIfAbsent(keyId, directory::lookup);
      boolean live = !detection.isExample() && (standing == null || standing.possiblyLive());
      reported.add(new ReportedFinding(finding, standing, live));
    }
    return new ScanReport(reported, examples, scan.stats(), elapsed);
  }

  public long liveCount() {
    return findings.stream().filter(ReportedFinding::live).count();
  }
}
