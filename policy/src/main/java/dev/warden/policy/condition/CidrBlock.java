package dev.warden.policy.condition;

/**
 * An IP address range of IpAddress / NotIpAddress: {@code 203.0.113.0/24},
 * {@code 2001:DB8:1234:5678::/64}; a bare address is a /32 (IPv4) or /128 (IPv6) block. Host bits
 * set below the prefix are ignored ({@code 203.0.113.7/24} is {@code 203.0.113.0/24}).
 */
record CidrBlock(boolean v6, long hi, long lo, int prefix) {

  /** The block, or {@code null} when the text is not an address with an optional prefix. */
  static CidrBlock parseOrNull(String text) {
    int slash = text.indexOf('/');
    int addressEnd = slash < 0 ? text.length() : slash;
    IpAddressValue address = IpAddressValue.parse(text, 0, addressEnd);
    if (address == null) {
      return null;
    }
    int max = address.v6() ? 128 : 32;
    int prefix = max;
    if (slash >= 0) {
      String digits = text.substring(slash + 1);
      if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return null;
      }
      prefix = Integer.parseInt(digits);
      if (prefix > max) {
        return null;
      }
    }
    long hiMask = address.v6() ? highMask(prefix) : 0;
    long loMask = address.v6() ? lowMask(prefix) : v4Mask(prefix);
    return new CidrBlock(address.v6(), address.hi() & hiMask, address.lo() & loMask, prefix);
  }

  boolean contains(IpAddressValue address) {
    if (address.v6() != v6) {
      return false;
    }
    if (!v6) {
      return (address.lo() & v4Mask(prefix)) == lo;
    }
    return (address.hi() & highMask(prefix)) == hi && (address.lo() & lowMask(prefix)) == lo;
  }

  private static long v4Mask(int prefix) {
    return prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
  }

  private static long highMask(int prefix) {
    if (prefix >= 64) {
      return -1L;
    }
    return prefix == 0 ? 0 : -1L << (64 - prefix);
  }

  private static long lowMask(int prefix) {
    if (prefix <= 64) {
      return 0;
    }
    return prefix == 128 ? -1L : -1L << (128 - prefix);
  }
}
