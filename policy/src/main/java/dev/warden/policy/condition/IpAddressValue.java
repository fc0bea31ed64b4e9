package dev.warden.policy.condition;

/**
 * An IPv4 or IPv6 address as 128 bits ({@code hi}, {@code lo}; IPv4 uses the low 32 bits of
 * {@code lo}). Parsed by hand from the text alone: no DNS lookups, no {@code InetAddress}, so a host
 * name is simply not an address. IPv4 is four decimal octets; IPv6 is eight hex groups with at most
 * one {@code ::} and an optional dotted IPv4 tail. Zone ids ({@code %eth0}) are refused. An
 * IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}) is IPv6 and does not match IPv4 blocks.
 */
record IpAddressValue(boolean v6, long hi, long lo) {

  /** The address, or {@code null} when {@code text[start, end)} is not one. */
  static IpAddressValue parse(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == ':') {
        return parseV6(text, start, end);
      }
    }
    long v4 = parseV4(text, start, end);
    return v4 < 0 ? null : new IpAddressValue(false, 0, v4);
  }

  static IpAddressValue parse(String text) {
    return parse(text, 0, text.length());
  }

  /** The 32-bit address as a non-negative long, or -1. */
  static long parseV4(String text, int start, int end) {
    long value = 0;
    int octets = 0;
    int i = start;
    while (octets < 4) {
      int digits = 0;
      int octet = 0;
      while (i < end && digits < 4 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        octet = octet * 10 + (text.charAt(i) - '0');
        i++;
        digits++;
      }
      if (digits == 0 || digits > 3 || octet > 255) {
        return -1;
      }
      value = (value << 8) | octet;
      octets++;
      if (octets < 4) {
        if (i >= end || text.charAt(i) != '.') {
          return -1;
        }
        i++;
      }
    }
    return i == end ? value : -1;
  }

  private static IpAddressValue parseV6(String text, int start, int end) {
    int[] groups = new int[8];
    int count = 0;
    int gap = -1;
    int i = start;
    if (text.startsWith("::", i)) {
      gap = 0;
      i += 2;
    } else if (i < end && text.charAt(i) == ':') {
      return null;
    }
    while (i < end) {
      int j = i;
      int value = 0;
      while (j < end && j - i < 5 && hexValue(text.charAt(j)) >= 0) {
        value = (value << 4) | hexValue(text.charAt(j));
        j++;
      }
      if (j < end && text.charAt(j) == '.') {
        long v4 = parseV4(text, i, end);
        if (v4 < 0 || count > 6) {
          return null;
        }
        groups[count++] = (int) (v4 >>> 16);
        groups[count++] = (int) (v4 & 0xFFFF);
        i = end;
        break;
      }
      int digits = j - i;
      if (digits == 0 || digits > 4 || count == 8) {
        return null;
      }
      groups[count++] = value;
      i = j;
      if (i == end) {
        break;
      }
      if (text.charAt(i) != ':') {
        return null;
      }
      i++;
      if (i < end && text.charAt(i) == ':') {
        if (gap >= 0) {
          return null;
        }
        gap = count;
        i++;
      } else if (i == end) {
        return null;
      }
    }
    if (gap < 0 ? count != 8 : count > 7) {
      return null;
    }
    int[] full = new int[8];
    if (gap < 0) {
      full = groups;
    } else {
      int tail = count - gap;
      System.arraycopy(groups, 0, full, 0, gap);
      System.arraycopy(groups, gap, full, 8 - tail, tail);
    }
    long hi = 0;
    long lo = 0;
    for (int g = 0; g < 4; g++) {
      hi = (hi << 16) | full[g];
      lo = (lo << 16) | full[g + 4];
    }
    return new IpAddressValue(true, hi, lo);
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
