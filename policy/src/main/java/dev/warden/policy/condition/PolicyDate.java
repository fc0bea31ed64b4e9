package dev.warden.policy.condition;

/**
 * Reads the dates of Date conditions and of date-typed context keys into epoch milliseconds (UTC),
 * without allocating.
 *
 * <p>Two notations are accepted, told apart as IAM's own policy validation does: a value containing
 * {@code T}, {@code t} or {@code -} is ISO 8601; any other value must be a plain integer of epoch
 * time (0 … 2^63−1, no sign, no fraction).
 *
 * <p><b>Epoch seconds vs milliseconds.</b> AWS documents epoch <em>seconds</em> ({@code
 * aws:EpochTime}), but tools and people also write milliseconds. An integer below 10^11 is read as
 * seconds (10^11 s is the year 5138); from 10^11 up it is read as milliseconds (10^11 ms is
 * 1973-03-03T09:46:40Z). So both {@code 1700000000} and {@code 1700000000000} mean
 * 2023-11-14T22:13:20Z. The price: millisecond values before March 1973 and second values after the
 * year 5138 cannot be written as integers (write them in ISO 8601).
 *
 * <p><b>ISO 8601</b> (the W3C profile AWS cites, read leniently like IAM's validator): {@code
 * [-]YYYY[-MM[-DD]]} optionally followed by {@code T} and {@code hh[:mm[:ss[.fraction]]]} and a zone
 * {@code Z}, {@code ±hh}, {@code ±hhmm} or {@code ±hh:mm}. A time without zone is UTC. Missing month
 * or day mean the first; the fraction has 1–9 digits and is cut to milliseconds (AWS keeps dates as
 * Java millisecond instants: its validator's year range −292275054…292278993 is exactly that of a
 * long of milliseconds). Calendar checks are exact (no 2023-02-29, no hour 24, no leap second).
 * A bare year {@code 2024} has no {@code -} or {@code T}, so it is epoch second 2024, as in IAM.
 */
final class PolicyDate {
  /** Returned for text that is not a date. Below every valid date (year −292275054 is later). */
  static final long INVALID = Long.MIN_VALUE;

  /** Integers from here on are milliseconds, below it seconds. */
  static final long MILLISECONDS_FROM = 100_000_000_000L;

  static final int MAX_LENGTH = 64;
  private static final long MIN_YEAR = -292_275_054L;
  private static final long MAX_YEAR = 292_278_993L;

  private PolicyDate() {}

  /** Epoch milliseconds, or {@link #INVALID}. */
  static long parse(String text) {
    int n = text.length();
    if (n == 0 || n > MAX_LENGTH) {
      return INVALID;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 'T' || c == 't' || c == '-') {
        return parseIso(text);
      }
    }
    return parseEpoch(text);
  }

  private static long parseEpoch(String text) {
    int n = text.length();
    if (n > 19) {
      return INVALID;
    }
    long value = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return INVALID;
      }
      int digit = c - '0';
      if (value > (Long.MAX_VALUE - digit) / 10) {
        return INVALID;
      }
      value = value * 10 + digit;
    }
    return value < MILLISECONDS_FROM ? value * 1000 : value;
  }

  private static long parseIso(String text) {
    Cursor at = new Cursor(text);
    boolean negativeYear = at.accept('-');
    long year = at.digits(1, 9);
    if (year < 0) {
      return INVALID;
    }
    year = negativeYear ? -year : year;
    long month = 1;
    long day = 1;
    if (at.accept('-')) {
      month = at.digits(1, 2);
      if (at.accept('-')) {
        day = at.digits(1, 2);
      }
    }
    long hour = 0;
    long minute = 0;
    long second = 0;
    long millis = 0;
    long offsetMinutes = 0;
    if (at.accept('T') || at.accept('t')) {
      hour = at.digits(1, 2);
      if (at.accept(':')) {
        minute = at.digits(2, 2);
        if (at.accept(':')) {
          second = at.digits(2, 2);
          if (at.accept('.')) {
            millis = at.fractionMillis();
          }
        }
      }
      if (at.accept('Z') || at.accept('z')) {
        offsetMinutes = 0;
      } else if (at.peek('+') || at.peek('-')) {
        long sign = at.accept('-') ? -1 : 1;
        at.accept('+');
        long offsetHours = at.digits(2, 2);
        long offsetMins = 0;
        if (at.accept(':') || at.peekDigit()) {
          offsetMins = at.digits(2, 2);
        }
        if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59) {
          return INVALID;
        }
        offsetMinutes = sign * (offsetHours * 60 + offsetMins);
      }
    }
    if (!at.atEnd()
        || month < 1
        || month > 12
        || day < 1
        || day > daysInMonth(year, (int) month)
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59
        || millis < 0
        || year < MIN_YEAR
        || year > MAX_YEAR) {
      return INVALID;
    }
    try {
      long days = daysFromCivil(year, month, day);
      long seconds = Math.addExact(Math.multiplyExact(days, 86_400L), hour * 3600 + minute * 60 + second - offsetMinutes * 60);
      return Math.addExact(Math.multiplyExact(seconds, 1000L), millis);
    } catch (ArithmeticException overflow) {
      return INVALID;
    }
  }

  private static int daysInMonth(long year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isLeap(long year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }

  /** Days since 1970-01-01 in the proleptic Gregorian calendar (Hinnant's civil-from-days inverse). */
  static long daysFromCivil(long year, long month, long day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  /** A read position in the text; allocated per ISO parse (small, short-lived). */
  private static final class Cursor {
    private final String text;
    private int pos;

    Cursor(String text) {
      this.text = text;
    }

    boolean atEnd() {
      return pos == text.length();
    }

    boolean peek(char c) {
      return pos < text.length() && text.charAt(pos) == c;
    }

    boolean peekDigit() {
      return pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9';
    }

    boolean accept(char c) {
      if (peek(c)) {
        pos++;
        return true;
      }
      return false;
    }

    /** Reads min..max ASCII digits; -1 when fewer than min are there. */
    long digits(int min, int max) {
      long value = 0;
      int count = 0;
      while (count < max && pos < text.length()) {
        char c = text.charAt(pos);
        if (c < '0' || c > '9') {
          break;
        }
        value = value * 10 + (c - '0');
        pos++;
        count++;
      }
      return count < min ? -1 : value;
    }

    /** Reads 1–9 fraction digits as milliseconds (truncated); -1 when malformed. */
    long fractionMillis() {
      long millis = 0;
      int count = 0;
      while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        if (count < 3) {
          millis = millis * 10 + (text.charAt(pos) - '0');
        }
        pos++;
        count++;
      }
      if (count == 0 || count > 9) {
        return -1;
      }
      for (int i = count; i < 3; i++) {
        millis *= 10;
      }
      return millis;
    }
  }
}
