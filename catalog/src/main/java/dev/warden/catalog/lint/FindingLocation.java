package dev.warden.catalog.lint;

import dev.warden.policy.document.SourcePosition;
import java.util.List;

/**
 * Where a finding points: the JSON path of the element and its position in the policy text
 * ({@link SourcePosition#UNKNOWN} for documents built without source text).
 */
public record FindingLocation(List<PathElement> path, SourcePosition position) {
  public FindingLocation {
    path = List.copyOf(path);
  }

  /** {@code Statement[index]}. */
  public static FindingLocation statement(int index, SourcePosition position) {
    return new FindingLocation(List.of(new PathElement.Key("Statement"), new PathElement.Index(index)), position);
  }

  /** {@code Statement[index].element[entry]}, e.g. the second Action entry. */
  public static FindingLocation entry(int statement, String element, int entry, SourcePosition position) {
    return new FindingLocation(List.of(
        new PathElement.Key("Statement"), new PathElement.Index(statement),
        new PathElement.Key(element), new PathElement.Index(entry)), position);
  }

  /** {@code Statement[index].element}, e.g. a whole NotAction element. */
  public static FindingLocation element(int statement, String element, SourcePosition position) {
    return new FindingLocation(List.of(
        new PathElement.Key("Statement"), new PathElement.Index(statement), new PathElement.Key(element)), position);
  }

  /** {@code Statement[index].Condition.operator.key}. */
  public static FindingLocation condition(int statement, String operator, String key, SourcePosition position) {
    return new FindingLocation(List.of(
        new PathElement.Key("Statement"), new PathElement.Index(statement), new PathElement.Key("Condition"),
        new PathElement.Key(operator), new PathElement.Key(key)), position);
  }

  /** The path in dotted form, e.g. {@code Statement[0].Action[1]} or {@code Statement[0].Condition.Bool.aws:SecureTransport}. */
  public String jsonPath() {
    StringBuilder out = new StringBuilder();
    for (PathElement element : path) {
      if (element instanceof PathElement.Index index) {
        out.append('[').append(index.index()).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(((PathElement.Key) element).value());
      }
    }
    return out.toString();
  }
}
