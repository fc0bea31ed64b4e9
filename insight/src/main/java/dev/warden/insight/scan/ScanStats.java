package dev.warden.insight.scan;

import java.util.EnumMap;
import java.util.Map;

/** What a scan covered: files and bytes read, files skipped by reason, commits read from history. */
public record ScanStats(long filesScanned, long bytesScanned, Map<SkipReason, Long> skipped, long commitsScanned) {
  public ScanStats {
    EnumMap<SkipReason, Long> copy = new EnumMap<>(SkipReason.class);
    copy.putAll(skipped);
    skipped = Map.copyOf(copy);
  }

  public static ScanStats empty() {
    return new ScanStats(0, 0, Map.of(), 0);
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  public ScanStats plus(ScanStats other) {
    EnumMap<SkipReason, Long> sum = new EnumMap<>(SkipReason.class);
    sum.putAll(skipped);
    other.skipped.forEach((reason, count) -> sum.merge(reason, count, Long::sum));
    return new ScanStats(filesScanned + other.filesScanned, bytesScanned + other.bytesScanned, sum,
        commitsScanned + other.commitsScanned);
  }
}
