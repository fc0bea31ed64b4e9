package dev.warden.policy.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A decision with its explanation: a stable value that feeds the simulator API, the audit log and
 * people. {@link DecisionJson} gives its documented JSON form.
 *
 * @param decision allowed, explicitDeny or implicitDeny
 * @param step which step of AWS's evaluation logic decided
 * @param decidingType the policy type named in an AccessDenied message (the denying type for an
 *     explicit deny, the type that failed to allow for an implicit deny); empty when allowed
 * @param decidingStatements the statements that determined the decision (deny statements when an
 *     explicit deny wins; the allowing identity and resource statements when allowed; none for an
 *     implicit deny), as the IAM simulator's MatchedStatements
 * @param matchedStatements every statement whose action, resource, principal and conditions matched
 * @param policyTypeDecisions per policy type present, its own verdict (EvalDecisionDetails)
 * @param missingContextKeys keys that conditions looked for but the request did not have
 * @param resolvedVariables policy variables substituted while matching, name to value
 */
public record Decision(
    EvalDecision decision,
    DecisionStep step,
    Optional<PolicyType> decidingType,
    String principalArn,
    String action,
    String resource,
    List<MatchedStatement> decidingStatements,
    List<MatchedStatement> matchedStatements,
    Map<PolicyType, EvalDecision> policyTypeDecisions,
    Set<String> missingContextKeys,
    Map<String, String> resolvedVariables) {
  public Decision {
    decidingStatements = List.copyOf(decidingStatements);
    matchedStatements = List.copyOf(matchedStatements);
    policyTypeDecisions = Map.copyOf(policyTypeDecisions);
    missingContextKeys = Set.copyOf(missingContextKeys);
    resolvedVariables = Map.copyOf(resolvedVariables);
  }

  public boolean allowed() {
    return decision.allowed();
  }

  /** The sentence that says why, e.g. "no identity-based policy allows the action". */
  public String reason() {
    if (step == DecisionStep.EXPLICIT_DENY) {
      return String.format(step.sentence(), decidingType.map(PolicyType::messageWords).orElse("identity-based"));
    }
    return step.sentence();
  }

  /**
   * AWS's AccessDenied message: "User: ARN is not authorized to perform: ACTION on resource: RES
   * because no identity-based policy allows the ACTION action" (or "with an explicit deny in a(n)
   * TYPE policy"). Empty when allowed.
   */
  public Optional<String> accessDeniedMessage() {
    if (allowed()) {
      return Optional.empty();
    }
    StringBuilder message = new StringBuilder()
        .append("User: ").append(principalArn)
        .append(" is not authorized to perform: ").append(action)
        .append(" on resource: ").append(resource);
    PolicyType type = decidingType.orElse(PolicyType.IDENTITY);
    if (decision == EvalDecision.EXPLICIT_DENY) {
      String words = type.messageWords();
      message.append(" with an explicit deny in ")
          .append(startsWithVowel(words) ? "an " : "a ")
          .append(words).append(" policy");
    } else {
      message.append(" because no ").append(type.messageWords())
          .append(" policy allows the ").append(action).append(" action");
    }
    return Optional.of(message.toString());
  }

  private static boolean startsWithVowel(String words) {
    return "aeiou".indexOf(Character.toLowerCase(words.charAt(0))) >= 0;
  }
}
