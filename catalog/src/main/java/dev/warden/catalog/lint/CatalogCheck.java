package dev.warden.catalog.lint;

import java.util.Optional;

/**
 * The catalogue-aware checks. The constant's name is the finding code, stable across releases;
 * where Access Analyzer has the same check, the code is its issueCode.
 */
public enum CatalogCheck {
  INVALID_SERVICE_IN_ACTION(FindingType.ERROR, "The service prefix of an action does not exist."),
  INVALID_ACTION(FindingType.ERROR, "The action does not exist in its service."),
  UNMATCHED_ACTION_PATTERN(FindingType.ERROR, "The action pattern matches no action."),
  INVALID_GLOBAL_CONDITION_KEY(FindingType.ERROR, "The aws: condition key does not exist."),
  INVALID_SERVICE_CONDITION_KEY(FindingType.ERROR, "The condition key does not exist in its service."),
  ALLOW_WITH_NOT_ACTION(FindingType.SECURITY_WARNING,
      "Allow with NotAction grants every other action, including actions AWS adds later."),
  PASS_ROLE_WITH_STAR_IN_RESOURCE(FindingType.SECURITY_WARNING,
      "iam:PassRole on \"*\" lets the principal pass any role, including more privileged ones, to a service."),
  PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE(FindingType.SECURITY_WARNING,
      "A wildcard action that includes iam:PassRole, on \"*\", lets the principal pass any role to a service."),
  FORALLVALUES_WITH_SINGLE_VALUED_KEY(FindingType.SECURITY_WARNING,
      "ForAllValues on a single-valued key is also true when the key is absent."),
  UNSUPPORTED_RESOURCE_FOR_ACTIONS(FindingType.WARNING,
      "The resource fits no resource type of the statement's actions, so it grants nothing."),
  UNSUPPORTED_CONDITION_KEY(FindingType.WARNING,
      "No action of the statement supports the condition key, so the condition only ever sees it missing."),
  TYPE_MISMATCH(FindingType.WARNING, "The condition operator does not fit the type of the condition key."),
  TYPE_MISMATCH_BOOL(FindingType.WARNING, "A Bool condition key needs true or false."),
  TYPE_MISMATCH_NUMBER(FindingType.WARNING, "A Numeric condition key needs a number."),
  TYPE_MISMATCH_DATE(FindingType.WARNING, "A Date condition key needs an ISO 8601 date or epoch seconds."),
  TYPE_MISMATCH_IP_RANGE(FindingType.WARNING, "An IPAddress condition key needs an IPv4 or IPv6 address or CIDR range."),
  TYPE_MISMATCH_ARN(FindingType.WARNING, "An ARN condition key needs an ARN."),
  REDUNDANT_ACTION(FindingType.SUGGESTION, "The action is already granted by another entry of the statement."),
  REDUNDANT_STATEMENT(FindingType.SUGGESTION, "The statement is contained in another statement of the policy.");

  private final FindingType type;
  private final String summary;

  CatalogCheck(FindingType type, String summary) {
    this.type = type;
    this.summary = summary;
  }

  public FindingType type() {
    return type;
  }

  /** One sentence on what the check finds (SARIF rule shortDescription). */
  public String summary() {
    return summary;
  }

  public static Optional<CatalogCheck> byCode(String code) {
    for (CatalogCheck check : values()) {
      if (check.name().equals(code)) {
        return Optional.of(check);
      }
    }
    return Optional.empty();
  }
}
