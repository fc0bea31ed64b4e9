package dev.warden.catalog.lint;

import dev.warden.policy.document.PolicyKind;
import java.util.List;

/** A check on one statement that leaves out actions the document's unconditional Denies take away. */
interface DenyAwareCheck {
  void check(StatementFacts statement, PolicyKind kind, UnconditionalDenies denies, List<Finding> findings);
}
