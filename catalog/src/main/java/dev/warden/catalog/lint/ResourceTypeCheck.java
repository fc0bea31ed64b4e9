package dev.warden.catalog.lint;

import dev.warden.catalog.Action;
import dev.warden.catalog.Catalog;
import dev.warden.catalog.ResourceType;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.ValueElement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Resource ARN that fits no resource type of the statement's actions grants (or denies) nothing
 * for them, e.g. s3:ListBucket on {@code arn:aws:s3:::bucket/*} (ListBucket acts on the bucket).
 */
final class ResourceTypeCheck implements StatementCheck {
  private static final int TYPES_SHOWN = 3;

  private final Catalog catalog;

  ResourceTypeCheck(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void check(StatementFacts statement, PolicyKind kind, List<Finding> findings) {
    if (statement.negatedActions() || statement.coversEveryAction() || !statement.hasKnownActions()) {
      return;
    }
    if (statement.statement().resource().isEmpty() || statement.statement().resource().get().negated()) {
      return;
    }
    Set<ResourceType> types = new LinkedHashSet<>();
    statement.matchedActions().forEach(action -> types.addAll(catalog.resourceTypesOf(action)));
    ValueElement resource = statement.statement().resource().get();
    for (int i = 0; i < resource.values().size(); i++) {
      String arn = resource.values().get(i);
      if (arn.equals("*") || !arn.startsWith("arn:")) {
        continue; // "*" fits everything; a malformed ARN is the parser's finding
      }
      if (types.stream().noneMatch(t -> t.matches(arn))) {
        findings.add(Finding.of(CatalogCheck.UNSUPPORTED_RESOURCE_FOR_ACTIONS, message(arn, statement, types),
            FindingLocation.entry(statement.index(), "Resource", i, resource.positions().get(i))));
      }
    }
  }

  private String message(String arn, StatementFacts statement, Set<ResourceType> types) {
    Set<Action> matched = statement.matchedActions().collect(Collectors.toCollection(LinkedHashSet::new));
    String actions = describeActions(matched);
    if (types.isEmpty()) {
      return "\"" + arn + "\" has no effect for " + actions + ": " + (matched.size() == 1 ? "it supports" : "they support")
          + " only \"Resource\": \"*\".";
    }
    String expected = types.stream().limit(TYPES_SHOWN)
        .map(t -> t.name() + " (" + t.arn().source() + ")")
        .collect(Collectors.joining(", "));
    String more = types.size() > TYPES_SHOWN ? " and " + (types.size() - TYPES_SHOWN) + " more" : "";
    String actual = catalog.resourceTypeOf(arn).map(t -> " It names a resource of type " + t + ".").orElse("");
    return "\"" + arn + "\" fits no resource type of " + actions + ", so it has no effect for them." + actual
        + " Expected: " + expected + more + ".";
  }

  private static String describeActions(Set<Action> actions) {
    if (actions.size() <= TYPES_SHOWN) {
      return actions.stream().map(Action::fullName).collect(Collectors.joining(", "));
    }
    return actions.size() + " actions";
  }
}
