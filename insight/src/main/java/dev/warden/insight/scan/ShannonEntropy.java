package dev.warden.insight.scan;

/** Bits per character of a string's own character distribution (random base64 of 40 chars: about 4.9). */
public final class ShannonEntropy {
  private ShannonEntropy() {}

  public static double bitsPerChar(CharSequence text) {
    int length = text.length();
    if (length == 0) {
      return 0;
    }
    int[] counts = new int[128];
    int other = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double bits = 0;
    for (int count : counts) {
      bits += term(count, length);
    }
    return bits + term(other, length);
  }

  private static double term(int count, int length) {
    if (count == 0) {
      return 0;
    }
    double p = (double) count / length;
    return -p * (Math.log(p) / Math.log(2));
  }
}
