package dev.warden.catalog.lint;

import java.util.Optional;

/**
 * The least-privilege checks of {@code warden lint}, beyond the validator's {@link CatalogCheck}s.
 * The constant's name is the finding code, stable across releases. Document checks run on one
 * policy; the account checks ({@code UNUSED_*}, {@code STALE_ACCESS_KEY}, escalation per principal)
 * are made by the insight module over a stored account and use the same codes.
 */
public enum LintCheck {
  SERVICE_WIDE_WILDCARD(FindingType.SECURITY_WARNING,
      "An Allow grants every action of a service (s3:*) or of every service (*).",
      "List the actions the principal needs, e.g. s3:GetObject and s3:PutObject, instead of the wildcard."),
  WRITE_ON_ALL_RESOURCES(FindingType.WARNING,
      "Resource \"*\" on Write or Permissions-management actions that can be limited to named resources.",
      "Name the resources in Resource (the catalogue's ARN formats), or move the actions that need \"*\" to their own statement."),
  PRIVILEGE_ESCALATION(FindingType.SECURITY_WARNING,
      "The grants let a principal give itself (or a role it passes) more permissions than it has.",
      "Remove the escalation actions, limit them to named resources, or add a Deny for them."),
  RESOURCE_EXPOSURE(FindingType.SECURITY_WARNING,
      "Actions that change who can access resources (resource policies, ACLs, grants) on all resources.",
      "Limit the permissions-management actions to named resources, or remove them."),
  DATA_EXFILTRATION(FindingType.WARNING,
      "Actions that read data or secrets (s3:GetObject, secretsmanager:GetSecretValue, ...) on all resources.",
      "Name the buckets, parameters or secrets in Resource."),
  TRUST_ANY_PRINCIPAL(FindingType.SECURITY_WARNING,
      "The trust policy lets anyone, in any AWS account, assume the role.",
      "Name the accounts, roles or users that may assume the role in Principal."),
  TRUST_ANY_PRINCIPAL_CONDITIONAL(FindingType.WARNING,
      "The trust policy names every principal; only its conditions keep others out.",
      "Name the principals in Principal rather than relying on conditions alone."),
  TRUST_WHOLE_ACCOUNT(FindingType.SECURITY_WARNING,
      "The trust policy lets every principal of another account that its own policies allow assume the role, with no condition.",
      "Name the role or user in Principal, or require sts:ExternalId or aws:PrincipalArn in a Condition."),
  RESOURCE_OPEN_TO_ANY_PRINCIPAL(FindingType.SECURITY_WARNING,
      "A resource policy allows anyone, in any AWS account or none, with no condition.",
      "Name the principals in Principal, or limit access with a Condition such as aws:PrincipalOrgID or aws:SourceVpce."),
  CONFUSED_DEPUTY(FindingType.WARNING,
      "A service that acts for many accounts may assume the role without aws:SourceArn or aws:SourceAccount.",
      "Add a Condition with aws:SourceAccount (your account) and aws:SourceArn (the resource that uses the role)."),
  STALE_ACCESS_KEY(FindingType.SECURITY_WARNING,
      "An active long-term access key is older than 90 days.",
      "Rotate the key: create a new one, move its users to it, then deactivate and delete the old one."),
  UNUSED_ACCESS_KEY(FindingType.WARNING,
      "An active long-term access key has not been used for 90 days, or never.",
      "Deactivate the key, and delete it when nothing breaks."),
  UNUSED_ROLE(FindingType.WARNING,
      "A role older than 90 days has not been assumed in the last 90 days.",
      "Delete the role, or document why it must stay."),
  UNATTACHED_POLICY(FindingType.SUGGESTION,
      "A customer managed policy is attached to nothing and is no permissions boundary.",
      "Delete the policy, or attach it where it is needed.");

  private final FindingType type;
  private final String summary;
  private final String fix;

  LintCheck(FindingType type, String summary, String fix) {
    this.type = type;
    this.summary = summary;
    this.fix = fix;
  }

  public FindingType type() {
    return type;
  }

  /** One sentence on what the check finds (SARIF rule shortDescription). */
  public String summary() {
    return summary;
  }

  /** How to fix what it finds (SARIF rule help, JSON suggestedFix). */
  public String fix() {
    return fix;
  }

  /** A finding of this check. */
  public Finding finding(String message, FindingLocation location) {
    return new Finding(type, name(), message, location);
  }

  public static Optional<LintCheck> byCode(String code) {
    for (LintCheck check : values()) {
      if (check.name().equals(code)) {
        return Optional.of(check);
      }
    }
    return Optional.empty();
  }
}
