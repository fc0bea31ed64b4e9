package dev.warden.catalog.lint;

import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.document.Statement;
import dev.warden.policy.document.ValueElement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a statement's Resource reaches every resource an action can act on: {@code "*"}, an ARN
 * whose resource part is {@code *}, {@code type/*} or {@code type:*} (every user, every role, every
 * function; for S3, whose names have no type, only {@code *} and every bucket's objects), or a
 * NotResource. Narrower patterns such as {@code role/app-*} count as constrained: the point is to
 * find grants nobody scoped, not to judge how well they were scoped.
 */
record BroadResource(String element, int entry, ValueElement resource) {
  private static final Pattern WHOLE_TYPE = Pattern.compile("(?:[A-Za-z0-9_.-]+[/:])?\\*");

  /** The first broad entry of the statement's Resource (entry -1 for a NotResource), if any. */
  static Optional<BroadResource> of(Statement statement) {
    if (statement.resource().isEmpty()) {
      return Optional.empty();
    }
    ValueElement resource = statement.resource().get();
    if (resource.negated()) {
      return Optional.of(new BroadResource("NotResource", -1, resource));
    }
    List<String> values = resource.values();
    for (int i = 0; i < values.size(); i++) {
      if (isBroad(values.get(i))) {
        return Optional.of(new BroadResource("Resource", i, resource));
      }
    }
    return Optional.empty();
  }

  static boolean isBroad(String arn) {
    if (arn.equals("*")) {
      return true;
    }
    String[] parts = arn.split(":", 6);
    if (parts.length != 6 || !parts[0].equals("arn")) {
      return false;
    }
    if (parts[2].equals("s3")) {
      return parts[5].equals("*") || parts[5].equals("*/*"); // bucket/key: "reports/*" is one bucket's objects
    }
    return WHOLE_TYPE.matcher(parts[5]).matches();
  }

  /** The entry as written ({@code NotResource} for a negated element). */
  String value() {
    return entry < 0 ? "NotResource" : resource.values().get(entry);
  }

  FindingLocation location(int statement) {
    if (entry < 0) {
      return FindingLocation.element(statement, element, resource.positions().isEmpty()
          ? SourcePosition.UNKNOWN : resource.positions().get(0));
    }
    return FindingLocation.entry(statement, element, entry, resource.positions().get(entry));
  }
}
