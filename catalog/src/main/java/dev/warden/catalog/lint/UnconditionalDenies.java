package dev.warden.catalog.lint;

import dev.warden.policy.document.Effect;
import dev.warden.policy.document.Statement;
import java.util.List;

/**
 * The Deny statements of a document that always apply, on every resource: an action they cover is
 * not granted by the document, whatever its Allow statements say.
 */
final class UnconditionalDenies {
  private final List<StatementActions> denies;

  UnconditionalDenies(List<Statement> statements) {
    this.denies = statements.stream()
        .filter(s -> s.effect() == Effect.DENY && s.conditions().isEmpty() && BroadResource.of(s).isPresent())
        .map(StatementActions::of)
        .toList();
  }

  boolean blocks(String action) {
    return denies.stream().anyMatch(deny -> deny.locate(action).isPresent());
  }
}
