package dev.warden.insight.lint;

import dev.warden.catalog.lint.Finding;
import dev.warden.catalog.lint.FindingLocation;
import dev.warden.catalog.lint.LintCheck;
import dev.warden.catalog.lint.PathElement;
import dev.warden.core.model.AccessKey;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.policy.document.SourcePosition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Active long-term keys that should be rotated (older than the window) or removed (never used, or
 * not used within the window). Inactive keys cannot sign anything and are left alone. Key IDs are
 * shown in full: they name a key, they do not authenticate.
 */
final class AccessKeyHygiene {
  private AccessKeyHygiene() {}

  static List<Finding> check(AccessKey key, Instant now, Duration window) {
    List<Finding> findings = new ArrayList<>();
    if (key.status() != AccessKeyStatus.Active) {
      return findings;
    }
    Instant cutoff = now.minus(window);
    FindingLocation location = new FindingLocation(
        List.of(new PathElement.Key("AccessKeys"), new PathElement.Key(key.accessKeyId())), SourcePosition.UNKNOWN);
    long days = window.toDays();
    if (key.createDate().isBefore(cutoff)) {
      findings.add(LintCheck.STALE_ACCESS_KEY.finding("Access key " + key.accessKeyId() + " of " + key.userName()
          + " is active and was created " + key.createDate() + ", " + Duration.between(key.createDate(), now).toDays()
          + " days ago (limit " + days + "). Rotate it.", location));
    }
    if (key.lastUsed() == null) {
      findings.add(LintCheck.UNUSED_ACCESS_KEY.finding("Access key " + key.accessKeyId() + " of " + key.userName()
          + " is active and has never been used since it was created " + key.createDate() + ". Deactivate it.", location));
    } else if (key.lastUsed().date().isBefore(cutoff)) {
      findings.add(LintCheck.UNUSED_ACCESS_KEY.finding("Access key " + key.accessKeyId() + " of " + key.userName()
          + " is active and was last used " + key.lastUsed().date() + ", more than " + days + " days ago. Deactivate it.", location));
    }
    return findings;
  }
}
