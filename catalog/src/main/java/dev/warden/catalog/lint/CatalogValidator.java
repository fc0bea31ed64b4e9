package dev.warden.catalog.lint;

import dev.warden.catalog.Catalog;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.document.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Catalogue-aware policy validation in the style of IAM Access Analyzer's ValidatePolicy: checks a
 * parsed policy against the AWS service reference and returns findings (see {@link CatalogCheck}
 * for the codes). Grammar and size problems are the parser's; this only looks at meaning.
 * Immutable and thread-safe.
 */
public final class CatalogValidator {
  private final List<StatementCheck> statementChecks;
  private final Catalog catalog;
  private final long redundancyBudget;

  public CatalogValidator(Catalog catalog) {
    this(catalog, WorkBudget.DEFAULT_STEPS);
  }

  /** With a smaller budget for the redundancy checks' containment tests (tests use it). */
  CatalogValidator(Catalog catalog, long redundancyBudget) {
    this.catalog = catalog;
    this.redundancyBudget = redundancyBudget;
    this.statementChecks = List.of(
        new ActionNameCheck(catalog),
        new PermissiveGrantCheck(),
        new ResourceTypeCheck(catalog),
        new ConditionKeyCheck(catalog));
  }

  /**
   * Validates {@code document}, used as {@code kind}, against the embedded catalogue. Findings are
   * ordered by position in the policy text (document order when positions are unknown).
   */
  public static List<Finding> validate(PolicyDocument document, PolicyKind kind) {
    return new CatalogValidator(Catalog.get()).check(document, kind);
  }

  /** As {@link #validate}, against this validator's catalogue. */
  public List<Finding> check(PolicyDocument document, PolicyKind kind) {
    return check(facts(document), kind);
  }

  /** The document's statements resolved against this validator's catalogue, for checks that follow. */
  List<StatementFacts> facts(PolicyDocument document) {
    ExpansionCache expansions = new ExpansionCache(catalog);
    List<StatementFacts> statements = new ArrayList<>();
    for (Statement statement : document.statements()) {
      statements.add(StatementFacts.of(statement, expansions));
    }
    return statements;
  }

  List<Finding> check(List<StatementFacts> statements, PolicyKind kind) {
    WorkBudget budget = new WorkBudget(redundancyBudget);
    RedundantActionCheck redundantActions = new RedundantActionCheck(budget);
    List<Finding> findings = new ArrayList<>();
    for (StatementFacts statement : statements) {
      for (StatementCheck check : statementChecks) {
        check.check(statement, kind, findings);
      }
      redundantActions.check(statement, kind, findings);
    }
    new RedundantStatementCheck(budget).check(statements, findings);
    return inPolicyOrder(findings);
  }

  /** Ordered by position in the policy text; stable, so document order stays when positions are unknown. */
  static List<Finding> inPolicyOrder(List<Finding> findings) {
    List<Finding> ordered = new ArrayList<>(findings);
    ordered.sort(Comparator.comparing((Finding f) -> f.location().position(), BY_POSITION));
    return List.copyOf(ordered);
  }

  // Stable sort: findings at the same (or an unknown) position keep the order the checks made them.
  private static final Comparator<SourcePosition> BY_POSITION =
      Comparator.comparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column);
}
