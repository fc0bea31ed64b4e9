package dev.warden.insight.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The report as one JSON document: findings (secrets masked) and a summary. */
public final class ScanJsonReport {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScanJsonReport() {}

  public static String render(ScanReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    var findings = root.putArray("findings");
    for (ReportedFinding f : report.findings()) {
      ObjectNode node = findings.addObject();
      Location where = f.location();
      node.put("ruleId", f.finding().kind().ruleId());
      node.put("kind", f.finding().kind().name());
      node.put("value", f.detection().shown());
      node.put("path", where.path());
      node.put("line", where.line());
      node.put("column", where.column());
      if (where.inHistory()) {
        node.put("commit", where.commit());
      }
      node.put("live", f.live());
      if (f.detection().isExample()) {
        node.put("example", f.detection().example());
      }
      if (f.finding().kind().isSecret() && f.keyId() != null) {
        node.put("accessKeyId", f.keyId());
      }
      if (f.standing() != null) {
        ObjectNode warden = node.putObject("warden");
        warden.put("status", f.standing().standing().name());
        if (f.standing().userName() != null) {
          warden.put("userName", f.standing().userName());
        }
        if (f.standing().userArn() != null) {
          warden.put("userArn", f.standing().userArn());
        }
        if (f.standing().known() && f.standing().sessionExpires() == null) {
          warden.put("lastUsed", f.standing().lastUsed() == null ? null : f.standing().lastUsed().toString());
        }
        if (f.standing().sessionExpires() != null) {
          warden.put("sessionExpires", f.standing().sessionExpires().toString());
        }
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("findings", report.findings().size());
    summary.put("live", report.liveCount());
    summary.put("examplesIgnored", report.examplesIgnored());
    summary.put("filesScanned", report.stats().filesScanned());
    summary.put("bytesScanned", report.stats().bytesScanned());
    summary.put("commitsScanned", report.stats().commitsScanned());
    ObjectNode skipped = summary.putObject("filesSkipped");
    report.stats().skipped().forEach((reason, count) -> skipped.put(reason.name(), count));
    summary.put("elapsedMillis", report.elapsed().toMillis());
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the scan report as JSON", e);
    }
  }
}
