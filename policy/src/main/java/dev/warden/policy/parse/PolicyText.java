package dev.warden.policy.parse;

import dev.warden.policy.document.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks on the raw text before any JSON is read: the API parameter constraints of every IAM and STS
 * policy parameter — length 1…131,072 and the pattern {@code [\u0009\u000A\u000D\u0020-\u00FF]+} —
 * and strict UTF-8 decoding for byte input. AWS reports these as {@code ValidationError}; the caller
 * (which knows the parameter name) prefixes AWS's {@code 1 validation error detected: Value at
 * 'policyDocument' failed to satisfy constraint: } to the message.
 */
final class PolicyText {
  static final String PATTERN_MESSAGE =
      "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+";

  private PolicyText() {}

  /** Length and character problems of {@code text}, or empty. Reads at most one pass of the text. */
  static Optional<PolicyProblem> checkParameter(String text) {
    if (text.isEmpty()) {
      return Optional.of(
          validation("Member must have length greater than or equal to 1", "The policy document is empty.", SourcePosition.UNKNOWN));
    }
    if (text.length() > PolicySizeLimits.MAX_PARAMETER_CHARS) {
      return Optional.of(tooLong(text.length()));
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isAllowed(c)) {
        return Optional.of(
            validation(
                PATTERN_MESSAGE,
                String.format("Character U+%04X is not allowed in a policy document.", (int) c),
                positionOf(text, i)));
      }
    }
    return Optional.empty();
  }

  static PolicyProblem tooLong(long length) {
    return validation(
        "Member must have length less than or equal to " + PolicySizeLimits.MAX_PARAMETER_CHARS,
        "The policy document has " + length + " characters.",
        SourcePosition.UNKNOWN);
  }

  static boolean isAllowed(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFF);
  }

  /**
   * Decodes strict UTF-8. Every allowed character takes at most two bytes, so input longer than
   * twice the parameter maximum is rejected before decoding anything.
   */
  static String decode(byte[] utf8) throws PolicyParseException {
    if (utf8.length > 2L * PolicySizeLimits.MAX_PARAMETER_CHARS) {
      throw single(tooLong(utf8.length));
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(utf8);
    CharBuffer out = CharBuffer.allocate(utf8.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      String decoded = out.flip().toString();
      throw single(
          validation(
              PATTERN_MESSAGE,
              "Invalid UTF-8 byte sequence at byte offset " + in.position() + ".",
              positionOf(decoded, decoded.length())));
    }
    try {
      result = decoder.flush(out);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException e) {
      throw single(validation(PATTERN_MESSAGE, "Invalid UTF-8 at the end of the input.", SourcePosition.UNKNOWN));
    }
    return out.flip().toString();
  }

  /** The 1-based line and column of character {@code index}; CR LF and lone CR or LF end lines. */
  static SourcePosition positionOf(CharSequence text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePosition(line, index - lineStart + 1);
  }

  private static PolicyProblem validation(String message, String detail, SourcePosition position) {
    return new PolicyProblem(PolicyErrorClass.VALIDATION_ERROR, message, detail, position);
  }

  private static PolicyParseException single(PolicyProblem problem) {
    return new PolicyParseException(java.util.List.of(problem));
  }
}
