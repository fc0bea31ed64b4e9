package dev.warden.insight.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.catalog.lint.Finding;
import dev.warden.core.model.AccessKey;
import dev.warden.core.model.AccessKeyLastUsed;
import dev.warden.core.model.AccessKeyStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccessKeyHygieneTest {
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  private static final Duration WINDOW = Duration.ofDays(90);

  private static Instant daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  private static AccessKey key(AccessKeyStatus status, int createdDaysAgo, Integer usedDaysAgo) {
    AccessKeyLastUsed used = usedDaysAgo == null ? null : new AccessKeyLastUsed(daysAgo(usedDaysAgo), "s3", "us-east-1");
    return new AccessKey("AKIAIOSFODNN7EXAMPLE", "AIDA1", "alice", status, daysAgo(createdDaysAgo), used);
  }

  /** name, key, expected codes. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("young and used", key(AccessKeyStatus.Active, 10, 1), List.of()),
        Arguments.of("exactly 90 days old, used today", key(AccessKeyStatus.Active, 90, 0), List.of()),
        Arguments.of("91 days old, used today", key(AccessKeyStatus.Active, 91, 0), List.of("STALE_ACCESS_KEY")),
        Arguments.of("young, never used", key(AccessKeyStatus.Active, 3, null), List.of("UNUSED_ACCESS_KEY")),
        Arguments.of("old, last used 91 days ago", key(AccessKeyStatus.Active, 200, 91), List.of("STALE_ACCESS_KEY", "UNUSED_ACCESS_KEY")),
        Arguments.of("inactive keys sign nothing", key(AccessKeyStatus.Inactive, 400, null), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findings(String name, AccessKey key, List<String> expected) {
    List<Finding> findings = AccessKeyHygiene.check(key, NOW, WINDOW);
    assertThat(findings).extracting(Finding::code).containsExactlyElementsOf(expected);
    findings.forEach(f -> assertThat(f.location().jsonPath()).isEqualTo("AccessKeys.AKIAIOSFODNN7EXAMPLE"));
  }
}
