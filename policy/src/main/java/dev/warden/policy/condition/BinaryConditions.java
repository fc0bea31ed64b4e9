package dev.warden.policy.condition;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.variable.VariableTrace;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

/**
 * BinaryEquals: policy values are base64 text (RFC 4648, padding optional); the request value is
 * base64 too (context values travel as text) and the decoded bytes are compared. A policy value that
 * is not base64 is rejected; a request value that is not base64 is {@link Verdict#UNREADABLE}.
 */
final class BinaryConditions {
  private BinaryConditions() {}

  static ValueMatcher compile(List<String> values) {
    byte[][] decoded = new byte[values.size()][];
    for (int i = 0; i < decoded.length; i++) {
      decoded[i] = decodeOrNull(values.get(i));
      if (decoded[i] == null) {
        throw new IllegalArgumentException("'" + values.get(i) + "' is not base64-encoded binary data");
      }
    }
    return new Compiled(decoded);
  }

  static byte[] decodeOrNull(String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private record Compiled(byte[][] values) implements ValueMatcher {
    @Override
    public ValueMatcher bind(RequestContext ctx, VariableTrace trace) {
      return this;
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      ValueMatcher.count(steps, values.length + requestValue.length());
      byte[] request = decodeOrNull(requestValue);
      if (request == null) {
        return Verdict.UNREADABLE;
      }
      for (byte[] value : values) {
        if (MessageDigest.isEqual(value, request)) {
          return Verdict.MATCH;
        }
      }
      return Verdict.NO_MATCH;
    }
  }
}
