package dev.warden.policy.eval;

import dev.warden.policy.document.PolicyDocument;
import java.util.List;

/**
 * A policy compiled once for evaluation. Immutable and thread-safe; build it with {@link
 * PolicyCompiler} and reuse it for every request.
 *
 * @param id how the explanation names the policy (ARN, inline name, "PolicyInputList.1")
 */
public record CompiledPolicy(String id, PolicyType type, PolicyDocument document, List<CompiledStatement> statements) {
  public CompiledPolicy {
    statements = List.copyOf(statements);
  }
}
