package dev.warden.policy.parse;

import dev.warden.policy.document.SourcePosition;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read from a policy, with the position of its first character. Only the parser uses
 * this tree: it lets validation report every problem with a line and column, which a generic JSON
 * tree (Jackson's {@code JsonNode}) does not keep.
 */
sealed interface SourceValue {
  SourcePosition position();

  /** The JSON type, as used in messages ("a string", "an array"...). */
  String describeType();

  /** A JSON string. */
  record Text(String value, SourcePosition position) implements SourceValue {
    @Override
    public String describeType() {
      return "a string";
    }
  }

  /** A JSON number or boolean, kept as written ({@code 10}, {@code 1.5e3}, {@code true}). */
  record Literal(String text, boolean number, SourcePosition position) implements SourceValue {
    @Override
    public String describeType() {
      return number ? "a number" : "a boolean";
    }
  }

  record Null(SourcePosition position) implements SourceValue {
    @Override
    public String describeType() {
      return "null";
    }
  }

  record Sequence(List<SourceValue> items, SourcePosition position) implements SourceValue {
    @Override
    public String describeType() {
      return "an array";
    }
  }

  /** A JSON object; member names are unique (the reader rejects duplicates) and kept in order. */
  record Mapping(Map<String, Member> members, SourcePosition position, SourcePosition end)
      implements SourceValue {
    @Override
    public String describeType() {
      return "an object";
    }
  }

  record Member(String name, SourcePosition namePosition, SourceValue value) {}
}
