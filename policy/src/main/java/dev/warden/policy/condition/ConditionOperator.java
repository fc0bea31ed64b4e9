package dev.warden.policy.condition;

import dev.warden.policy.document.SourcePosition;
import java.util.Optional;

/**
 * A parsed condition operator name: {@code [ForAllValues:|ForAnyValue:]Base[IfExists]}. Names are
 * case-sensitive, as IAM validates them. {@code Null} cannot take {@code IfExists} (it tests
 * existence itself); any operator may take a set prefix.
 */
public record ConditionOperator(SetQualifier qualifier, BaseOperator base, boolean ifExists) {
  private static final String IF_EXISTS = "IfExists";

  public ConditionOperator {
    if (ifExists && base == BaseOperator.NULL) {
      throw new IllegalArgumentException("Null cannot take IfExists");
    }
  }

  /** Parses a name, or explains why it is not an operator. */
  public static ConditionOperator parse(String name, SourcePosition position) {
    String rest = name;
    SetQualifier qualifier = SetQualifier.NONE;
    for (SetQualifier q : SetQualifier.values()) {
      if (q != SetQualifier.NONE && rest.startsWith(q.prefix())) {
        qualifier = q;
        rest = rest.substring(q.prefix().length());
        break;
      }
    }
    Optional<BaseOperator> exact = BaseOperator.fromJson(rest);
    if (exact.isPresent()) {
      return new ConditionOperator(qualifier, exact.get(), false);
    }
    if (rest.endsWith(IF_EXISTS)) {
      Optional<BaseOperator> base =
          BaseOperator.fromJson(rest.substring(0, rest.length() - IF_EXISTS.length()));
      if (base.isPresent()) {
        if (base.get() == BaseOperator.NULL) {
          throw new ConditionException(
              "Invalid Condition operator " + name + ": Null cannot be combined with IfExists", position);
        }
        return new ConditionOperator(qualifier, base.get(), true);
      }
    }
    throw new ConditionException("Invalid Condition operator: " + name, position);
  }

  /** Parses a name; empty when it is not a valid operator. */
  public static Optional<ConditionOperator> tryParse(String name) {
    try {
      return Optional.of(parse(name, SourcePosition.UNKNOWN));
    } catch (ConditionException e) {
      return Optional.empty();
    }
  }

  public OperatorFamily family() {
    return base.family();
  }

  public boolean negated() {
    return base.negated();
  }

  /** The canonical spelling. */
  public String name() {
    return qualifier.prefix() + base.json() + (ifExists ? IF_EXISTS : "");
  }

  @Override
  public String toString() {
    return name();
  }
}
