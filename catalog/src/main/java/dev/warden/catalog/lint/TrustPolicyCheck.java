package dev.warden.catalog.lint;

import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.PrincipalElement;
import dev.warden.policy.document.PrincipalKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role trust policies that let too many in: every principal ({@code "*"}), every principal of a
 * whole other account with no condition, and services that act for many customers without
 * aws:SourceArn / aws:SourceAccount (the cross-service confused deputy).
 */
final class TrustPolicyCheck implements StatementCheck {
  /**
   * Services whose documentation recommends aws:SourceArn or aws:SourceAccount in the trust policy
   * of the roles they assume. Compute services that run the customer's own code (EC2, Lambda) are
   * not listed: AWS does not recommend the keys there and for EC2 they are never present.
   */
  static final Set<String> CONFUSED_DEPUTY_SERVICES = Set.of(
      "config.amazonaws.com", "ssm.amazonaws.com", "scheduler.amazonaws.com", "bedrock.amazonaws.com",
      "transfer.amazonaws.com", "datasync.amazonaws.com", "dms.amazonaws.com", "logs.amazonaws.com",
      "sns.amazonaws.com", "cloudtrail.amazonaws.com", "backup.amazonaws.com", "ecs-tasks.amazonaws.com");
  private static final Set<String> SOURCE_KEYS = Set.of(
      "aws:sourcearn", "aws:sourceaccount", "aws:sourceorgid", "aws:sourceorgpaths");
  private static final Pattern ACCOUNT = Pattern.compile("(?:arn:aws[a-z-]*:iam::)?([0-9]{12})(?::root)?");

  private final Optional<String> ownAccount;

  /** @param ownAccount the account the roles are in; principals of it are not foreign */
  TrustPolicyCheck(Optional<String> ownAccount) {
    this.ownAccount = ownAccount;
  }

  @Override
  public void check(StatementFacts facts, PolicyKind kind, List<Finding> findings) {
    var statement = facts.statement();
    if (kind != PolicyKind.TRUST || statement.effect() != Effect.ALLOW || statement.principal().isEmpty()
        || statement.principal().get().negated()) {
      return;
    }
    PrincipalElement principal = statement.principal().get();
    List<String> keys = StatementActions.of(statement).conditionKeys();
    List<String> aws = principal.values(PrincipalKind.AWS);
    if (principal.everyone() || aws.contains("*")) {
      FindingLocation location = location(facts.index(), principal, principal.everyone() ? null : "AWS");
      if (keys.isEmpty()) {
        findings.add(LintCheck.TRUST_ANY_PRINCIPAL.finding(
            "Principal \"*\" with no Condition: anyone in any AWS account can assume this role. Name the principals that may.", location));
      } else {
        findings.add(LintCheck.TRUST_ANY_PRINCIPAL_CONDITIONAL.finding(
            "Principal \"*\": only the Condition (" + String.join(", ", keys) + ") keeps other accounts out. Name the principals that may.",
            location));
      }
    }
    if (keys.isEmpty()) {
      for (String value : aws) {
        Matcher account = ACCOUNT.matcher(value);
        if (account.matches() && !ownAccount.map(account.group(1)::equals).orElse(false)) {
          findings.add(LintCheck.TRUST_WHOLE_ACCOUNT.finding(
              "\"" + value + "\" with no Condition: every principal of account " + account.group(1)
                  + " that its own policies allow can assume this role. Name the role or user, or require sts:ExternalId.",
              location(facts.index(), principal, "AWS")));
        }
      }
    }
    boolean sourceChecked = statement.conditions().stream().map(ConditionEntry::key)
        .anyMatch(key -> SOURCE_KEYS.contains(key.toLowerCase(Locale.ROOT)));
    if (!sourceChecked) {
      for (String service : principal.values(PrincipalKind.SERVICE)) {
        if (CONFUSED_DEPUTY_SERVICES.contains(service.toLowerCase(Locale.ROOT))) {
          findings.add(LintCheck.CONFUSED_DEPUTY.finding(
              service + " may assume this role for any account's resources: add a Condition with aws:SourceAccount"
                  + ownAccount.map(a -> " (" + a + ")").orElse("") + " and aws:SourceArn to prevent the cross-service confused deputy.",
              location(facts.index(), principal, "Service")));
        }
      }
    }
  }

  private static FindingLocation location(int statement, PrincipalElement principal, String member) {
    List<PathElement> path = new ArrayList<>(List.of(
        new PathElement.Key("Statement"), new PathElement.Index(statement), new PathElement.Key("Principal")));
    if (member != null) {
      path.add(new PathElement.Key(member));
    }
    return new FindingLocation(path, principal.position());
  }
}
