package dev.warden.policy.document;

import java.util.List;
import java.util.Optional;

/**
 * One validated statement.
 *
 * @param index 0-based position in the Statement array (0 when Statement is a single object)
 * @param action Action or NotAction (exactly one is present in a valid statement)
 * @param resource Resource or NotResource; empty in role trust policies
 * @param principal Principal or NotPrincipal; empty in identity, boundary, session policies
 * @param conditions the Condition block flattened in document order (operators AND, keys AND)
 * @param start position of the statement's opening brace
 * @param end position just after its closing brace
 */
public record Statement(
    int index,
    Optional<String> sid,
    Effect effect,
    Optional<PrincipalElement> principal,
    ValueElement action,
    Optional<ValueElement> resource,
    List<ConditionEntry> conditions,
    SourcePosition start,
    SourcePosition end) {
  public Statement {
    conditions = List.copyOf(conditions);
  }
}
