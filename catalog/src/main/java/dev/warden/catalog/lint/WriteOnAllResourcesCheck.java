package dev.warden.catalog.lint;

import dev.warden.catalog.AccessLevel;
import dev.warden.catalog.Action;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.ValueElement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code "Resource": "*"} on Write or Permissions-management actions that could be limited to named
 * resources (the catalogue lists resource types for them). Actions that only take {@code "*"} are
 * not counted: there is nothing narrower to write; nor are actions an unconditional Deny of the
 * document takes away. Identity policies only: in a resource policy
 * the resource is the one the policy is on.
 */
final class WriteOnAllResourcesCheck implements DenyAwareCheck {
  private static final int EXAMPLES = 4;

  @Override
  public void check(StatementFacts statement, PolicyKind kind, UnconditionalDenies denies, List<Finding> findings) {
    if (statement.statement().effect() != Effect.ALLOW || statement.negatedActions() || !GrantingKinds.identity(kind)
        || statement.statement().resource().isEmpty()) {
      return;
    }
    ValueElement resource = statement.statement().resource().get();
    int star = resource.negated() ? -1 : resource.values().indexOf("*");
    if (star < 0) {
      return;
    }
    Set<String> scopable = new LinkedHashSet<>();
    statement.matchedActions()
        .filter(WriteOnAllResourcesCheck::changesThings)
        .filter(action -> !action.supportsOnlyWildcardResource())
        .filter(action -> !denies.blocks(action.fullName()))
        .forEach(action -> scopable.add(action.fullName()));
    if (scopable.isEmpty()) {
      return;
    }
    List<String> examples = scopable.stream().limit(EXAMPLES).toList();
    findings.add(LintCheck.WRITE_ON_ALL_RESOURCES.finding(
        "Resource \"*\" with " + scopable.size() + " Write or Permissions-management action(s) that can be limited to named resources ("
            + String.join(", ", examples) + (scopable.size() > EXAMPLES ? ", ..." : "") + "). Name the resources in Resource."
            + statement.conditionNote(),
        FindingLocation.entry(statement.index(), "Resource", star, resource.positions().get(star))));
  }

  private static boolean changesThings(Action action) {
    return action.accessLevel() == AccessLevel.WRITE || action.accessLevel() == AccessLevel.PERMISSIONS_MANAGEMENT;
  }
}
