package dev.warden.policy.parse;

import dev.warden.policy.document.ConditionEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Condition block (iam-semantics.md §1.11; IAM User Guide "IAM JSON policy elements:
 * Condition"): {@code {"Operator": {"key": value-or-values}}}. Values may be strings, numbers or
 * booleans (kept as written) or an array of those; an empty array is accepted (Access Analyzer only
 * suggests removing it). An unknown operator is a syntax error unless its key map is empty, which AWS
 * tolerates; such an operator contributes nothing.
 */
final class ConditionReader {
  private final ProblemList problems;

  ConditionReader(ProblemList problems) {
    this.problems = problems;
  }

  List<ConditionEntry> read(SourceValue value) {
    if (!(value instanceof SourceValue.Mapping block)) {
      syntax("Condition must be an object, not " + value.describeType() + ".", value);
      return List.of();
    }
    List<ConditionEntry> entries = new ArrayList<>();
    for (SourceValue.Member operator : block.members().values()) {
      if (!(operator.value() instanceof SourceValue.Mapping keys)) {
        syntax("The value of condition operator \"" + operator.name() + "\" must be an object, not "
            + operator.value().describeType() + ".", operator.value());
        continue;
      }
      Optional<ConditionOperatorName> name = ConditionOperatorName.parse(operator.name());
      if (name.isEmpty()) {
        if (!keys.members().isEmpty()) {
          problems.malformed(CheckStage.SYNTAX, PolicyParser.SYNTAX,
              "Unknown condition operator \"" + operator.name() + "\".", operator.namePosition());
        }
        continue;
      }
      for (SourceValue.Member key : keys.members().values()) {
        ActionSyntax.conditionKeyProblem(key.name())
            .ifPresent(message -> problems.malformed(CheckStage.ACTION_PREFIX, message,
                "Condition key \"" + key.name() + "\" has no vendor prefix such as aws: or s3:.", key.namePosition()));
        List<String> values = values(key);
        if (values == null) {
          continue;
        }
        if (name.get().isDate()) {
          checkDates(key, values);
        }
        entries.add(new ConditionEntry(operator.name(), key.name(), values, key.namePosition()));
      }
    }
    return entries;
  }

  private List<String> values(SourceValue.Member key) {
    SourceValue value = key.value();
    Optional<String> single = scalar(value);
    if (single.isPresent()) {
      return List.of(single.get());
    }
    if (value instanceof SourceValue.Sequence sequence) {
      List<String> values = new ArrayList<>(sequence.items().size());
      for (SourceValue item : sequence.items()) {
        Optional<String> text = scalar(item);
        if (text.isEmpty()) {
          syntax(valueTypeDetail(key, item), item);
          return null;
        }
        values.add(text.get());
      }
      return values;
    }
    syntax(valueTypeDetail(key, value), value);
    return null;
  }

  private static Optional<String> scalar(SourceValue value) {
    if (value instanceof SourceValue.Text text) {
      return Optional.of(text.value());
    }
    if (value instanceof SourceValue.Literal literal) {
      return Optional.of(literal.text());
    }
    return Optional.empty();
  }

  private void checkDates(SourceValue.Member key, List<String> values) {
    for (String value : values) {
      if (!DateLiteral.isValid(value)) {
        problems.malformed(CheckStage.LEGACY, ResourceSyntax.LEGACY,
            "\"" + value + "\" (condition key \"" + key.name() + "\") is not an ISO 8601 date or epoch seconds.",
            key.value().position());
      }
    }
  }

  private static String valueTypeDetail(SourceValue.Member key, SourceValue value) {
    return "Values of condition key \"" + key.name() + "\" must be strings, numbers, booleans or an array of those, not "
        + value.describeType() + ".";
  }

  private void syntax(String detail, SourceValue at) {
    problems.malformed(CheckStage.SYNTAX, PolicyParser.SYNTAX, detail, at.position());
  }
}
