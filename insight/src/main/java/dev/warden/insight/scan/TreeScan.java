package dev.warden.insight.scan;

import java.util.List;

/** The findings of one scan (sorted by place) and what it covered. */
public record TreeScan(List<Finding> findings, ScanStats stats) {
  public TreeScan {
    findings = List.copyOf(findings);
  }
}
