package dev.warden.catalog.lint;

import dev.warden.policy.parse.PolicyParseException;
import dev.warden.policy.parse.PolicyProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One policy-validation finding, shaped like Access Analyzer's ValidatePolicy findings.
 *
 * @param code stable UPPER_SNAKE identifier, like Access Analyzer's issueCode
 * @param message what is wrong and how to fix it, for people
 */
public record Finding(FindingType type, String code, String message, FindingLocation location) {
  public Finding {
    if (!code.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")) {
      throw new IllegalArgumentException("finding codes are UPPER_SNAKE: " + code);
    }
  }

  static Finding of(CatalogCheck check, String message, FindingLocation location) {
    return new Finding(check.type(), check.name(), message, location);
  }

  /**
   * A document's grammar problems as ERROR findings, coded from AWS's error (e.g. MALFORMED_POLICY_DOCUMENT):
   * what every validator reports when nothing more can be checked.
   */
  public static List<Finding> grammarErrors(PolicyParseException e) {
    List<Finding> findings = new ArrayList<>();
    for (PolicyProblem problem : e.problems()) {
      String message = problem.message() + (problem.detail().isEmpty() ? "" : " " + problem.detail());
      findings.add(new Finding(FindingType.ERROR, upperSnake(problem.errorClass().awsCode()), message,
          new FindingLocation(List.of(), problem.position())));
    }
    return findings;
  }

  /** "MalformedPolicyDocument" → "MALFORMED_POLICY_DOCUMENT", the finding-code style. */
  static String upperSnake(String awsCode) {
    return awsCode.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
