package dev.warden.catalog.lint;

import dev.warden.policy.document.PolicyKind;
import java.util.List;

/** A check that looks at one statement at a time. */
interface StatementCheck {
  void check(StatementFacts statement, PolicyKind kind, List<Finding> findings);
}
