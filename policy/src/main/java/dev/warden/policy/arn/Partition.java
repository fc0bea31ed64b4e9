package dev.warden.policy.arn;

import java.util.Optional;

/**
 * The AWS partitions whose ARNs Warden accepts. Cross-partition delegation is impossible, so the
 * partition of a request and of a policy must match exactly (iam-semantics.md §2.2).
 */
public enum Partition {
  AWS("aws"),
  AWS_CN("aws-cn"),
  AWS_US_GOV("aws-us-gov"),
  AWS_ISO("aws-iso"),
  AWS_ISO_B("aws-iso-b"),
  AWS_ISO_E("aws-iso-e"),
  AWS_ISO_F("aws-iso-f"),
  AWS_EUSC("aws-eusc");

  private final String id;

  Partition(String id) {
    this.id = id;
  }

  /** The partition as it appears in ARNs, e.g. {@code aws-cn}. */
  public String id() {
    return id;
  }

  /** Looks a partition up by its ARN spelling (exact, lower case). */
  public static Optional<Partition> fromId(String id) {
    for (Partition partition : values()) {
      if (partition.id.equals(id)) {
        return Optional.of(partition);
      }
    }
    return Optional.empty();
  }
}
