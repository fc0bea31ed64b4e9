package dev.warden.policy.arn;

import java.util.Objects;
import java.util.Optional;

/**
 * An Amazon Resource Name {@code arn:partition:service:region:account:resource}. The first five
 * colons split the fixed segments; everything after the fifth colon is the resource, kept whole
 * (it may itself contain {@code /} and {@code :}).
 *
 * <p>Parsing checks only the shape; segments may be empty (IAM ARNs have no region, S3 ARNs have
 * neither region nor account) and are not checked against a catalogue. {@link #toString()} gives
 * back the exact text.
 */
public record Arn(String partition, String service, String region, String account, String resource) {
  private static final String PREFIX = "arn:";

  public Arn {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(resource, "resource");
    for (String segment : new String[] {partition, service, region, account}) {
      if (segment.indexOf(':') >= 0) {
        throw new IllegalArgumentException("ARN segment contains ':': " + segment);
      }
    }
  }

  /** Parses {@code text}, or empty when it does not start with {@code arn:} or has fewer than six segments. */
  public static Optional<Arn> parse(String text) {
    if (text == null || !text.startsWith(PREFIX)) {
      return Optional.empty();
    }
    int[] colons = new int[4];
    int from = PREFIX.length();
    for (int i = 0; i < colons.length; i++) {
      int colon = text.indexOf(':', from);
      if (colon < 0) {
        return Optional.empty();
      }
      colons[i] = colon;
      from = colon + 1;
    }
    return Optional.of(
        new Arn(
            text.substring(PREFIX.length(), colons[0]),
            text.substring(colons[0] + 1, colons[1]),
            text.substring(colons[1] + 1, colons[2]),
            text.substring(colons[2] + 1, colons[3]),
            text.substring(colons[3] + 1)));
  }

  /** Parses {@code text}, throwing {@link IllegalArgumentException} when it is not an ARN. */
  public static Arn of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("not an ARN: " + text));
  }

  /** {@code arn:P:iam::ACCOUNT:root}: the account itself (as a principal, every identity in it). */
  public static Arn root(String partition, String account) {
    return new Arn(partition, "iam", "", account, "root");
  }

  /** {@code arn:P:iam::ACCOUNT:user/PATH/NAME}; {@code path} is {@code /} or {@code /a/b/}. */
  public static Arn iamUser(String partition, String account, String path, String name) {
    return new Arn(partition, "iam", "", account, "user" + checkedPath(path) + name);
  }

  /** {@code arn:P:iam::ACCOUNT:role/PATH/NAME}; {@code path} is {@code /} or {@code /a/b/}. */
  public static Arn iamRole(String partition, String account, String path, String name) {
    return new Arn(partition, "iam", "", account, "role" + checkedPath(path) + name);
  }

  /**
   * {@code arn:P:sts::ACCOUNT:assumed-role/ROLE/SESSION}. The role's path is never part of a session
   * ARN, so pass the bare role name.
   */
  public static Arn assumedRole(String partition, String account, String roleName, String sessionName) {
    return new Arn(partition, "sts", "", account, "assumed-role/" + roleName + "/" + sessionName);
  }

  /** {@code arn:P:sts::ACCOUNT:federated-user/NAME} (a GetFederationToken session). */
  public static Arn federatedUser(String partition, String account, String name) {
    return new Arn(partition, "sts", "", account, "federated-user/" + name);
  }

  private static String checkedPath(String path) {
    if (!path.startsWith("/") || !path.endsWith("/")) {
      throw new IllegalArgumentException("IAM path must start and end with '/': " + path);
    }
    return path;
  }

  /** The partition as an enum, when it is one Warden knows. */
  public Optional<Partition> knownPartition() {
    return Partition.fromId(partition);
  }

  /**
   * The resource type: the text before the first {@code /} or {@code :} of the resource
   * ({@code user} for {@code user/a/bob}, {@code key} for {@code key:1234}); empty when the
   * resource has neither separator (an S3 bucket, {@code root}). The split is purely syntactic:
   * for an S3 object ARN ({@code bucket/key}) it yields the bucket name.
   */
  public String resourceType() {
    int separator = typeSeparator();
    return separator < 0 ? "" : resource.substring(0, separator);
  }

  /** The resource after the type and its separator; the whole resource when it has no type. */
  public String resourceId() {
    int separator = typeSeparator();
    return separator < 0 ? resource : resource.substring(separator + 1);
  }

  private int typeSeparator() {
    for (int i = 0; i < resource.length(); i++) {
      char c = resource.charAt(i);
      if (c == '/' || c == ':') {
        return i;
      }
    }
    return -1;
  }

  /** True for {@code arn:P:iam::ACCOUNT:root}. */
  public boolean isRoot() {
    return service.equals("iam") && region.isEmpty() && resource.equals("root");
  }

  public boolean isIamUser() {
    return service.equals("iam") && resource.startsWith("user/") && resource.length() > "user/".length();
  }

  public boolean isIamRole() {
    return service.equals("iam") && resource.startsWith("role/") && resource.length() > "role/".length();
  }

  /** True for {@code arn:P:sts::ACCOUNT:assumed-role/ROLE/SESSION} with both names present. */
  public boolean isAssumedRole() {
    if (!service.equals("sts") || !resource.startsWith("assumed-role/")) {
      return false;
    }
    String rest = resource.substring("assumed-role/".length());
    int slash = rest.indexOf('/');
    return slash > 0 && slash < rest.length() - 1;
  }

  public boolean isFederatedUser() {
    return service.equals("sts")
        && resource.startsWith("federated-user/")
        && resource.length() > "federated-user/".length();
  }

  /**
   * The entity name of an IAM user or role ARN (the part after the last {@code /}), of a
   * federated user, or the session name of an assumed-role ARN; empty for other ARNs.
   */
  public Optional<String> entityName() {
    if (isIamUser() || isIamRole() || isAssumedRole() || isFederatedUser()) {
      return Optional.of(resource.substring(resource.lastIndexOf('/') + 1));
    }
    return Optional.empty();
  }

  /** The path of an IAM user or role ARN: {@code /} or {@code /a/b/}; empty for other ARNs. */
  public Optional<String> iamPath() {
    if (!isIamUser() && !isIamRole()) {
      return Optional.empty();
    }
    int firstSlash = resource.indexOf('/');
    int lastSlash = resource.lastIndexOf('/');
    return Optional.of(resource.substring(firstSlash, lastSlash + 1));
  }

  /** The role name of an assumed-role session ARN. */
  public Optional<String> assumedRoleName() {
    if (!isAssumedRole()) {
      return Optional.empty();
    }
    String rest = resource.substring("assumed-role/".length());
    return Optional.of(rest.substring(0, rest.indexOf('/')));
  }

  @Override
  public String toString() {
    return PREFIX + partition + ':' + service + ':' + region + ':' + account + ':' + resource;
  }
}
