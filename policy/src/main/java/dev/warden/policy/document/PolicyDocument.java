package dev.warden.policy.document;

import java.util.List;
import java.util.Optional;

/** A parsed and validated policy document. Immutable; the source text is kept for explanations. */
public record PolicyDocument(
    PolicyVersion version, Optional<String> id, List<Statement> statements, String sourceText) {
  public PolicyDocument {
    statements = List.copyOf(statements);
  }
}
