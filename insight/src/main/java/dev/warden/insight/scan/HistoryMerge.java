package dev.warden.insight.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins a work-tree scan with the history scan of the same folder. A credential still in the work
 * tree is reported there only; history adds what was removed from the files but stays in commits
 * (and what moved to another path), so each leak is reported once where it must be fixed.
 */
public final class HistoryMerge {
  private HistoryMerge() {}

  public static TreeScan merge(TreeScan workTree, TreeScan history) {
    Set<String> present = new HashSet<>();
    for (Finding f : workTree.findings()) {
      present.add(key(f));
    }
    List<Finding> findings = new ArrayList<>(workTree.findings());
    for (Finding f : history.findings()) {
      if (!present.contains(key(f))) {
        findings.add(f);
      }
    }
    findings.sort(Finding.ORDER);
    return new TreeScan(findings, workTree.stats().plus(history.stats()));
  }

  private static String key(Finding f) {
    return f.location().path() + "\u0000" + f.kind() + "\u0000" + f.detection().fingerprint();
  }
}
