package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryMergeTest {
  static Finding at(String path, String commit, String fingerprint) {
    return new Finding(new Location(path, 1, 1, commit),
        new Detection(1, 1, CredentialKind.ACCESS_KEY_ID, "id-" + fingerprint, fingerprint, null, null, null));
  }

  @Test
  void historyAddsOnlyWhatTheWorkTreeNoLongerHoldsThere() {
    TreeScan tree = new TreeScan(List.of(at("a.env", null, "k1")), ScanStats.empty());
    TreeScan history = new TreeScan(List.of(at("a.env", "c1", "k1"), at("a.env", "c1", "k2"), at("b.env", "c2", "k1")),
        new ScanStats(0, 10, java.util.Map.of(), 2));

    TreeScan merged = HistoryMerge.merge(tree, history);

    assertThat(merged.findings()).extracting(f -> f.location().toString() + " " + f.detection().fingerprint())
        .containsExactly("a.env:1:1 k1", "c1:a.env:1:1 k2", "c2:b.env:1:1 k1");
    assertThat(merged.stats().commitsScanned()).isEqualTo(2);
  }
}
