package dev.warden.insight.lint;

import dev.warden.catalog.lint.Finding;
import dev.warden.catalog.lint.PolicyLinter;
import dev.warden.catalog.lint.SourcedPolicy;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.parse.PolicyParseException;
import dev.warden.policy.parse.PolicyParser;
import java.util.List;
import java.util.Optional;

/**
 * A stored document parsed once for both uses: its own findings, and (when it parses) its grants
 * in the escalation analysis of the principals it applies to.
 *
 * @param policy the parsed document under its source name; empty when it does not parse
 */
record ParsedDocument(List<Finding> findings, Optional<SourcedPolicy> policy) {
  static ParsedDocument lint(PolicyLinter linter, String source, String text, PolicyKind kind) {
    PolicyDocument document;
    try {
      document = PolicyParser.standard().parse(text, kind);
    } catch (PolicyParseException e) {
      return new ParsedDocument(linter.lint(text, kind), Optional.empty()); // reports the grammar problems
    }
    return new ParsedDocument(linter.lint(document, kind), Optional.of(new SourcedPolicy(source, document)));
  }
}
