package dev.warden.policy.condition;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.variable.VariableTrace;
import java.util.List;

/**
 * IpAddress (NotIpAddress is its caller-side negation): the request address lies in one of the
 * policy's CIDR blocks. Policy values that are not an address or CIDR block are rejected; a request
 * value that is not an address (a host name, a CIDR, garbage) is {@link Verdict#UNREADABLE}.
 * Nothing is ever resolved through DNS.
 */
final class IpConditions {
  /** Longer than any address text (IPv6 with an IPv4 tail is at most 45 characters). */
  private static final int MAX_ADDRESS_LENGTH = 64;

  private IpConditions() {}

  static ValueMatcher compile(List<String> values) {
    CidrBlock[] blocks = new CidrBlock[values.size()];
    for (int i = 0; i < blocks.length; i++) {
      blocks[i] = CidrBlock.parseOrNull(values.get(i));
      if (blocks[i] == null) {
        throw new IllegalArgumentException("'" + values.get(i) + "' is not a valid IP address or CIDR block");
      }
    }
    return new Compiled(blocks);
  }

  private record Compiled(CidrBlock[] blocks) implements ValueMatcher {
    @Override
    public ValueMatcher bind(RequestContext ctx, VariableTrace trace) {
      return this;
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      ValueMatcher.count(steps, blocks.length + Math.min(requestValue.length(), MAX_ADDRESS_LENGTH));
      IpAddressValue address = requestValue.length() > MAX_ADDRESS_LENGTH ? null : IpAddressValue.parse(requestValue);
      if (address == null) {
        return Verdict.UNREADABLE;
      }
      for (CidrBlock block : blocks) {
        if (block.contains(address)) {
          return Verdict.MATCH;
        }
      }
      return Verdict.NO_MATCH;
    }
  }
}
