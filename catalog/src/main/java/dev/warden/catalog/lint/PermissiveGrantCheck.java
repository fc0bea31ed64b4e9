package dev.warden.catalog.lint;

import dev.warden.catalog.Action;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.document.ValueElement;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grants broader than they look: Allow with NotAction, and iam:PassRole on every role. Only in
 * policies that grant (identity policies, and resource policies for NotAction): in boundaries,
 * session policies and SCPs an Allow only caps what other policies grant.
 */
final class PermissiveGrantCheck implements StatementCheck {
  private static final Set<PolicyKind> IDENTITY = EnumSet.of(
      PolicyKind.IDENTITY_MANAGED, PolicyKind.IDENTITY_INLINE_USER, PolicyKind.IDENTITY_INLINE_GROUP, PolicyKind.IDENTITY_INLINE_ROLE);
  private static final String PASS_ROLE = "iam:PassRole";

  @Override
  public void check(StatementFacts statement, PolicyKind kind, List<Finding> findings) {
    if (statement.statement().effect() != Effect.ALLOW) {
      return;
    }
    if (statement.negatedActions()) {
      if (IDENTITY.contains(kind) || kind == PolicyKind.RESOURCE) {
        SourcePosition first = statement.actions().isEmpty() ? statement.statement().start() : statement.actions().get(0).position();
        findings.add(Finding.of(CatalogCheck.ALLOW_WITH_NOT_ACTION,
            "This statement allows every action except those listed in NotAction, including actions AWS adds later."
                + " List the allowed actions in Action instead.",
            FindingLocation.element(statement.index(), "NotAction", first)));
      }
      return;
    }
    if (!IDENTITY.contains(kind)) {
      return;
    }
    Optional<Integer> star = starResource(statement.statement().resource());
    if (star.isEmpty()) {
      return;
    }
    ValueElement resource = statement.statement().resource().orElseThrow();
    FindingLocation location = FindingLocation.entry(statement.index(), "Resource", star.get(), resource.positions().get(star.get()));
    boolean literal = statement.actions().stream().anyMatch(e -> e.pattern().equalsIgnoreCase(PASS_ROLE));
    if (literal) {
      findings.add(Finding.of(CatalogCheck.PASS_ROLE_WITH_STAR_IN_RESOURCE,
          "iam:PassRole on \"*\" lets the principal pass any role, including more privileged ones, to any service."
              + " Name the roles in Resource, e.g. arn:aws:iam::<account>:role/<name>, and consider iam:PassedToService.",
          location));
      return;
    }
    for (ActionEntry entry : statement.actions()) {
      if (entry.isWildcard() && entry.expansion().stream().map(Action::fullName).anyMatch(PASS_ROLE::equals)) {
        findings.add(Finding.of(CatalogCheck.PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE,
            "\"" + entry.pattern() + "\" includes iam:PassRole and Resource is \"*\", so the principal can pass any role to any service."
                + " Grant iam:PassRole in its own statement naming the roles.",
            location));
        return;
      }
    }
  }

  private static Optional<Integer> starResource(Optional<ValueElement> resource) {
    if (resource.isEmpty() || resource.get().negated()) {
      return Optional.empty();
    }
    List<String> values = resource.get().values();
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).equals("*")) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
