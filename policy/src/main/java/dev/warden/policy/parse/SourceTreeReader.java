package dev.warden.policy.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.warden.policy.document.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads policy JSON into a {@link SourceValue} tree with Jackson's streaming parser: strict JSON (no
 * comments, no trailing commas), duplicate member names rejected, nesting and array sizes bounded.
 * Duplicates are detected here rather than with Jackson's {@code STRICT_DUPLICATE_DETECTION}, which
 * reports the position after the repeated name's colon; here the problem points at the name.
 * A valid policy nests six levels deep at most (document, Statement array, statement, Condition,
 * operator, value array), so the depth bound is generous and a hostile document is cut off early.
 */
final class SourceTreeReader {
  static final int MAX_DEPTH = 12;
  static final int MAX_ARRAY_ITEMS = 10_000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxDocumentLength(PolicySizeLimits.MAX_PARAMETER_CHARS)
                  .maxStringLength(PolicySizeLimits.MAX_PARAMETER_CHARS)
                  .maxNumberLength(1_000)
                  .build())
          .build();

  /** A reason the text is not acceptable JSON, with where it was noticed. */
  static final class SyntaxFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final SourcePosition position;

    SyntaxFailure(String detail, SourcePosition position) {
      super(detail, null, false, false);
      this.position = position;
    }
  }

  private SourceTreeReader() {}

  /** Reads the single JSON object that {@code text} must consist of. */
  static SourceValue.Mapping read(String text) throws SyntaxFailure {
    try (JsonParser parser = FACTORY.createParser(text)) {
      return readRoot(parser);
    } catch (IOException e) {
      // Reading from a String cannot fail with real I/O; keep the message for the author anyway.
      throw new SyntaxFailure("Invalid JSON: " + e.getMessage(), SourcePosition.UNKNOWN);
    }
  }

  private static SourceValue.Mapping readRoot(JsonParser parser) throws IOException, SyntaxFailure {
    try {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new SyntaxFailure(
            "A policy document must be a JSON object.",
            first == null ? new SourcePosition(1, 1) : position(parser.currentTokenLocation()));
      }
      SourceValue.Mapping root = (SourceValue.Mapping) readValue(parser, first);
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new SyntaxFailure(
            "Unexpected content after the policy object.", position(parser.currentTokenLocation()));
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new SyntaxFailure(constraintDetail(e), location(e));
    } catch (JsonProcessingException e) {
      throw new SyntaxFailure("Invalid JSON: " + e.getOriginalMessage(), location(e));
    }
  }

  private static SourceValue readValue(JsonParser parser, JsonToken token) throws IOException, SyntaxFailure {
    SourcePosition at = position(parser.currentTokenLocation());
    switch (token) {
      case START_OBJECT:
        return readObject(parser, at);
      case START_ARRAY:
        return readArray(parser, at);
      case VALUE_STRING:
        return new SourceValue.Text(parser.getText(), at);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new SourceValue.Literal(parser.getText(), true, at);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new SourceValue.Literal(parser.getText(), false, at);
      case VALUE_NULL:
        return new SourceValue.Null(at);
      default:
        throw new SyntaxFailure("Unexpected JSON token " + token + ".", at);
    }
  }

  private static SourceValue.Mapping readObject(JsonParser parser, SourcePosition at)
      throws IOException, SyntaxFailure {
    Map<String, SourceValue.Member> members = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      SourcePosition namePosition = position(parser.currentTokenLocation());
      SourceValue value = readValue(parser, parser.nextToken());
      if (members.put(name, new SourceValue.Member(name, namePosition, value)) != null) {
        throw new SyntaxFailure("Duplicate field \"" + name + "\".", namePosition);
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw new SyntaxFailure("Unterminated object.", at);
    }
    return new SourceValue.Mapping(members, at, position(parser.currentLocation()));
  }

  private static SourceValue.Sequence readArray(JsonParser parser, SourcePosition at)
      throws IOException, SyntaxFailure {
    List<SourceValue> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new SyntaxFailure("Unterminated array.", at);
      }
      if (items.size() == MAX_ARRAY_ITEMS) {
        throw new SyntaxFailure(
            "An array has more than " + MAX_ARRAY_ITEMS + " entries.", position(parser.currentTokenLocation()));
      }
      items.add(readValue(parser, token));
    }
    return new SourceValue.Sequence(items, at);
  }

  private static String constraintDetail(StreamConstraintsException e) {
    String message = e.getOriginalMessage();
    if (message != null && message.contains("nesting depth")) {
      return "The document nests deeper than " + MAX_DEPTH + " levels.";
    }
    return "The document exceeds a parser limit: " + message;
  }

  private static SourcePosition location(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null ? SourcePosition.UNKNOWN : position(location);
  }

  static SourcePosition position(JsonLocation location) {
    int line = location.getLineNr();
    int column = location.getColumnNr();
    if (line < 1 || column < 1) {
      return SourcePosition.UNKNOWN;
    }
    return new SourcePosition(line, column);
  }
}
