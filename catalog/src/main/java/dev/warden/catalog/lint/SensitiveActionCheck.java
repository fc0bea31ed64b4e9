package dev.warden.catalog.lint;

import dev.warden.catalog.AccessLevel;
import dev.warden.catalog.Action;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PolicyKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Allow statements in identity policies that reach every resource with actions Cloudsplaining
 * calls ResourceExposure (the catalogue's Permissions-management actions: they change resource
 * policies, ACLs and grants; the escalation actions are left to {@link LintCheck#PRIVILEGE_ESCALATION})
 * and DataExfiltration (reading objects, parameters and secrets). Actions an unconditional Deny of
 * the same document covers are not counted. One finding per Action entry and category.
 */
final class SensitiveActionCheck implements DenyAwareCheck {
  static final Set<String> EXFILTRATION = Set.of(
      "s3:getobject", "ssm:getparameter", "ssm:getparameters", "ssm:getparametersbypath", "secretsmanager:getsecretvalue");
  private static final Set<String> ESCALATION = lowerCase(EscalationMethods.actions());
  private static final int EXAMPLES = 4;

  @Override
  public void check(StatementFacts statement, PolicyKind kind, UnconditionalDenies denies, List<Finding> findings) {
    if (statement.statement().effect() != Effect.ALLOW || statement.negatedActions() || !GrantingKinds.identity(kind)) {
      return;
    }
    if (BroadResource.of(statement.statement()).isEmpty()) {
      return;
    }
    String condition = statement.conditionNote();
    for (ActionEntry entry : statement.actions()) {
      FindingLocation location = FindingLocation.entry(statement.index(), "Action", entry.index(), entry.position());
      Set<String> exposure = names(entry, a -> a.accessLevel() == AccessLevel.PERMISSIONS_MANAGEMENT
          && !ESCALATION.contains(a.fullName().toLowerCase(Locale.ROOT)), denies);
      if (!exposure.isEmpty()) {
        findings.add(LintCheck.RESOURCE_EXPOSURE.finding("\"" + entry.pattern() + "\" on every resource can change who may access resources: "
            + examples(exposure) + ". Limit these actions to named resources." + condition, location));
      }
      Set<String> exfiltration = names(entry, a -> EXFILTRATION.contains(a.fullName().toLowerCase(Locale.ROOT)), denies);
      if (!exfiltration.isEmpty()) {
        findings.add(LintCheck.DATA_EXFILTRATION.finding("\"" + entry.pattern() + "\" reads data or secrets from every resource: "
            + examples(exfiltration) + ". Name the buckets, parameters or secrets in Resource." + condition, location));
      }
    }
  }

  private static Set<String> names(ActionEntry entry, Predicate<Action> which, UnconditionalDenies denies) {
    Set<String> out = new LinkedHashSet<>();
    for (Action action : entry.expansion()) {
      if (which.test(action) && !denies.blocks(action.fullName())) {
        out.add(action.fullName());
      }
    }
    return out;
  }

  // Actions that edit a policy, ACL or grant come first among the examples: they are what people recognise.
  private static final Pattern POLICY_EDITS = Pattern.compile(".*(Policy|Acl|Permission|Grant).*");

  private static String examples(Set<String> names) {
    List<String> ordered = new ArrayList<>(names);
    ordered.sort(Comparator.comparing((String n) -> !POLICY_EDITS.matcher(n).matches()));
    return String.join(", ", ordered.stream().limit(EXAMPLES).toList()) + (names.size() > EXAMPLES ? " and " + (names.size() - EXAMPLES) + " more" : "");
  }

  private static Set<String> lowerCase(Set<String> names) {
    Set<String> out = new LinkedHashSet<>();
    names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
    return Set.copyOf(out);
  }
}
