package dev.warden.policy.condition;

import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.variable.VariableTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One compiled condition entry: an operator, a key and its policy values, which are parsed once.
 * Immutable and thread-safe. The authorizer ANDs the entries of a statement.
 *
 * <p>Semantics (IAM User Guide: reference_policies_elements_condition_operators,
 * reference_policies_condition-single-vs-multi-valued-context-keys):
 *
 * <ul>
 *   <li>Policy values OR for positive operators; for negated operators (StringNotEquals,
 *       NotIpAddress, ArnNotLike…) they NOR: the request value must match none of them.
 *   <li>A key absent from the request, or present with no values, is <em>missing</em>: positive
 *       operators are false, negated operators true; with {@code IfExists} the entry is true;
 *       {@code ForAllValues:} is true and {@code ForAnyValue:} false; {@code Null} tests exactly
 *       this.
 *   <li>{@code ForAllValues:} holds when every request value passes the base operator,
 *       {@code ForAnyValue:} when at least one does; for a negated base operator a request value
 *       passes when it matches none of the policy values. A single-valued key under a set operator
 *       is a set of one value.
 *   <li>Without a set operator, a multivalued key (a list-typed context value) does not match,
 *       whether the operator is negated or not and however many values it holds: the docs say such
 *       keys "require a condition set operator" and do not define the bare form; Warden follows
 *       the evaluator behaviour reported as observed on AWS (iam-simulate), and fails closed for
 *       Allow statements.
 *   <li>Context values are compared as the text of their type: a numeric key under StringEquals is
 *       compared as its decimal text; a string key under NumericEquals is read as a number. A
 *       request value the operator cannot read (not a number, date, address, ARN, base64) makes the
 *       entry false, negated or not.
 * </ul>
 *
 * <p>{@link #test} is the allocation-light fast path; {@link #explain} also reports missing keys
 * and substituted variables.
 */
public final class CompiledCondition {
  private final ConditionEntry entry;
  private final ConditionOperator operator;
  private final ValueMatcher matcher;
  private final NullCondition nullCondition;
  /** The key folded as RequestContext folds it, so lookups do not re-fold (and allocate) each time. */
  private final String lookupKey;

  CompiledCondition(ConditionEntry entry, ConditionOperator operator, ValueMatcher matcher, NullCondition nullCondition) {
    this.entry = entry;
    this.operator = operator;
    this.matcher = matcher;
    this.nullCondition = nullCondition;
    this.lookupKey = entry.key().toLowerCase(Locale.ROOT);
  }

  public ConditionEntry entry() {
    return entry;
  }

  public ConditionOperator operator() {
    return operator;
  }

  /** The condition key as written in the policy. */
  public String key() {
    return entry.key();
  }

  /** Whether the entry holds for the request. */
  public boolean test(RequestContext ctx) {
    return evaluate(ctx, null, null, null);
  }

  /** The result with the keys that were missing and the variables that were substituted. */
  public ConditionOutcome explain(RequestContext ctx) {
    VariableTrace trace = new VariableTrace();
    List<String> missing = new ArrayList<>();
    boolean matched = evaluate(ctx, trace, missing, null);
    for (String key : trace.missing()) {
      if (!missing.contains(key)) {
        missing.add(key);
      }
    }
    return new ConditionOutcome(matched, missing, trace.resolved());
  }

  /** As {@link #test}, adding the work done to {@code steps[0]}; for cost-bound tests. */
  boolean testCounting(RequestContext ctx, long[] steps) {
    return evaluate(ctx, null, null, steps);
  }

  private boolean evaluate(RequestContext ctx, VariableTrace trace, List<String> missing, long[] steps) {
    ContextValue value = ctx.get(lookupKey).orElse(null);
    boolean absent = value == null || value.values().isEmpty();
    if (absent && missing != null) {
      missing.add(entry.key());
    }
    if (nullCondition != null) {
      return nullCondition.holds(absent);
    }
    if (absent) {
      if (operator.ifExists()) {
        return true;
      }
      return switch (operator.qualifier()) {
        case FOR_ALL_VALUES -> true;
        case FOR_ANY_VALUE -> false;
        case NONE -> operator.negated();
      };
    }
    if (operator.qualifier() == SetQualifier.NONE && value.multiValued()) {
      return false;
    }
    ValueMatcher bound = matcher.bind(ctx, trace);
    boolean negated = operator.negated();
    List<String> values = value.values();
    return switch (operator.qualifier()) {
      case NONE -> passes(bound.test(values.get(0), steps), negated);
      case FOR_ALL_VALUES -> allPass(bound, values, negated, steps);
      case FOR_ANY_VALUE -> anyPasses(bound, values, negated, steps);
    };
  }

  private static boolean allPass(ValueMatcher matcher, List<String> values, boolean negated, long[] steps) {
    for (int i = 0, n = values.size(); i < n; i++) {
      if (!passes(matcher.test(values.get(i), steps), negated)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyPasses(ValueMatcher matcher, List<String> values, boolean negated, long[] steps) {
    for (int i = 0, n = values.size(); i < n; i++) {
      if (passes(matcher.test(values.get(i), steps), negated)) {
        return true;
      }
    }
    return false;
  }

  private static boolean passes(Verdict verdict, boolean negated) {
    return negated ? verdict == Verdict.NO_MATCH : verdict == Verdict.MATCH;
  }

  @Override
  public String toString() {
    return operator.name() + " " + entry.key() + " " + entry.values();
  }
}
