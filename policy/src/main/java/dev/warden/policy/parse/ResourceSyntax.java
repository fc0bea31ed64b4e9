package dev.warden.policy.parse;

import dev.warden.policy.arn.Partition;
import java.util.List;
import java.util.Optional;

/**
 * The shape of a Resource / NotResource entry, checked in the order and with the messages AWS uses
 * (iam-semantics.md §1.7, §1.14; moto's reverse-engineered validator): ARN format, partition,
 * wildcard-free service, region-less IAM and S3 ARNs, IAM resource types; then the "legacy parser"
 * checks (an empty service, a short ARN containing {@code ::}).
 *
 * <p>Short ARNs without {@code ::} (for example {@code arn:aws:ec2:us-east-1:123}) pass, as they do
 * in AWS; {@code dev.warden.policy.match.ResourcePattern} decides how they match. Where AWS is
 * silent Warden also accepts {@code arn:P:iam::ACCOUNT:root} and an IAM resource of exactly
 * {@code *} (the message itself says "*" is allowed).
 */
final class ResourceSyntax {
  static final String LEGACY = "The policy failed legacy parsing";
  static final String VENDOR = "Resource vendor must be fully qualified and cannot contain regexes.";

  private static final List<String> IAM_RESOURCE_TYPES =
      List.of(
          "user/",
          "federated-user/",
          "role/",
          "group/",
          "instance-profile/",
          "mfa/",
          "server-certificate/",
          "policy/",
          "sms-mfa/",
          "saml-provider/",
          "oidc-provider/",
          "report/",
          "access-report/");

  private static final String IAM_PATH_MESSAGE =
      "IAM resource path must either be \"*\" or start with " + String.join(", ", IAM_RESOURCE_TYPES) + ".";

  /** What is wrong and at which stage AWS notices it. */
  record Failure(CheckStage stage, String message) {}

  private ResourceSyntax() {}

  static Optional<Failure> problem(String resource) {
    if (resource.equals("*")) {
      return Optional.empty();
    }
    String[] parts = resource.split(":", -1);
    if (parts.length < 2 || !parts[0].equals("arn")) {
      return format("Resource " + resource + " must be in ARN format or \"*\".");
    }
    String partition = parts[1];
    if (Partition.fromId(partition).isEmpty()) {
      return format(partitionMessage(partition, parts));
    }
    if (parts.length < 3) {
      return format(VENDOR);
    }
    String service = parts[2];
    if (service.indexOf('*') >= 0 || service.indexOf('?') >= 0) {
      return format(VENDOR);
    }
    boolean regionEmpty = parts.length > 3 && parts[3].isEmpty();
    if (service.equals("iam") && !regionEmpty) {
      return format("IAM resource " + resource + " cannot contain region information.");
    }
    if (service.equals("s3") && !regionEmpty) {
      return format("Resource " + resource + " can not contain region information.");
    }
    if (service.equals("iam")) {
      String path = parts.length > 5 ? resource.substring(nthColon(resource, 5) + 1) : "";
      if (!isIamResourcePath(path)) {
        return format(IAM_PATH_MESSAGE);
      }
    }
    if (service.isEmpty() || (parts.length < 6 && resource.contains("::"))) {
      return Optional.of(new Failure(CheckStage.LEGACY, LEGACY));
    }
    return Optional.empty();
  }

  private static boolean isIamResourcePath(String path) {
    if (path.equals("*") || path.equals("root")) {
      return true;
    }
    for (String type : IAM_RESOURCE_TYPES) {
      if (path.startsWith(type)) {
        return true;
      }
    }
    return false;
  }

  /** AWS repeats the resource with missing segments shown as {@code *}. */
  private static String partitionMessage(String partition, String[] parts) {
    String service = parts.length > 2 && (!parts[2].isEmpty() || parts.length > 3) ? parts[2] : "*";
    String region = parts.length > 3 ? parts[3] : "*";
    String account = parts.length > 4 ? parts[4] : "*";
    String rest = parts.length > 5 ? String.join(":", List.of(parts).subList(5, parts.length)) : "*";
    return "Partition \"" + partition + "\" is not valid for resource \"arn:" + partition + ":" + service + ":"
        + region + ":" + account + ":" + rest + "\".";
  }

  private static int nthColon(String s, int n) {
    int index = -1;
    for (int i = 0; i < n; i++) {
      index = s.indexOf(':', index + 1);
    }
    return index;
  }

  private static Optional<Failure> format(String message) {
    return Optional.of(new Failure(CheckStage.RESOURCE_FORMAT, message));
  }
}
