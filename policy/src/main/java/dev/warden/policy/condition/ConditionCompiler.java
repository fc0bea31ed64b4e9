package dev.warden.policy.condition;

import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.PolicyVersion;

/**
 * Compiles condition entries once per policy: parses the operator and pre-parses every policy value
 * (numbers, dates, CIDR blocks, base64, wildcards, variable templates), rejecting values the
 * operator cannot read with a {@link ConditionException} at the entry's position.
 */
public final class ConditionCompiler {
  private ConditionCompiler() {}

  /**
   * @param version decides whether {@code ${...}} is substituted (only 2012-10-17)
   * @throws ConditionException for an unknown operator or an unreadable policy value
   */
  public static CompiledCondition compile(ConditionEntry entry, PolicyVersion version) {
    ConditionOperator operator = ConditionOperator.parse(entry.operator(), entry.position());
    boolean substitute = version.substitutesVariables() && operator.family().allowsVariables();
    BaseOperator positive = operator.base().positive();
    try {
      return switch (operator.family()) {
        case NULL -> new CompiledCondition(entry, operator, null, NullCondition.compile(entry.values()));
        case STRING -> compiled(entry, operator, StringConditions.compile(positive, entry.values(), substitute));
        case NUMERIC -> compiled(entry, operator, NumericConditions.compile(positive, entry.values()));
        case DATE -> compiled(entry, operator, DateConditions.compile(positive, entry.values()));
        case BOOLEAN -> compiled(entry, operator, BoolConditions.compile(entry.values(), substitute));
        case BINARY -> compiled(entry, operator, BinaryConditions.compile(entry.values()));
        case IP_ADDRESS -> compiled(entry, operator, IpConditions.compile(entry.values()));
        case ARN -> compiled(entry, operator, ArnConditions.compile(entry.values(), substitute));
      };
    } catch (IllegalArgumentException e) {
      throw new ConditionException(
          "Invalid value in Condition " + entry.operator() + " for key " + entry.key() + ": " + e.getMessage(),
          entry.position());
    }
  }

  private static CompiledCondition compiled(ConditionEntry entry, ConditionOperator operator, ValueMatcher matcher) {
    return new CompiledCondition(entry, operator, matcher, null);
  }
}
