package dev.warden.policy.parse;

/**
 * Whether a Date condition value is a date AWS accepts (iam-semantics.md §3.9; IAM User Guide,
 * "Date condition operators"): the W3C profile of ISO 8601 — {@code YYYY}, {@code YYYY-MM},
 * {@code YYYY-MM-DD}, {@code YYYY-MM-DDThh:mm[:ss[.s…]][TZD]} with TZD {@code Z}, {@code ±hh} or
 * {@code ±hh:mm} — or epoch seconds as an integer 0…2^63−1. Anything else fails AWS's "legacy
 * parsing".
 *
 * <p>Ranges follow what AWS's legacy parser is known to accept: years −292275054…292278993 (Java's
 * {@code Date} range), month 1–12, day 1–31 (no per-month check), hour 0–23, minute and second
 * 0–59, at most nine fractional digits. Letters {@code T} and {@code Z} may be lower case.
 */
public final class DateLiteral {
  private static final long MIN_YEAR = -292_275_054L;
  private static final long MAX_YEAR = 292_278_993L;

  private DateLiteral() {}

  public static boolean isValid(String value) {
    if (value.isEmpty()) {
      return false;
    }
    boolean iso = value.indexOf('-') >= 0 || value.indexOf('T') >= 0 || value.indexOf('t') >= 0;
    return iso ? isIso(value) : isEpochSeconds(value);
  }

  private static boolean isEpochSeconds(String value) {
    if (value.length() > 19 || !allDigits(value, 0, value.length())) {
      return false;
    }
    // 19 digits may still overflow a long: compare as text against Long.MAX_VALUE.
    return value.length() < 19 || value.compareTo("9223372036854775807") <= 0;
  }

  private static boolean isIso(String value) {
    int t = indexOfIgnoreCase(value, 'T');
    String date = t < 0 ? value : value.substring(0, t);
    if (!isIsoDate(date)) {
      return false;
    }
    return t < 0 || isIsoTime(value.substring(t + 1));
  }

  private static boolean isIsoDate(String date) {
    int start = date.startsWith("-") ? 1 : 0;
    int dash = date.indexOf('-', start);
    int yearEnd = dash < 0 ? date.length() : dash;
    int yearDigits = yearEnd - start;
    if (yearDigits < 4 || yearDigits > 9 || !allDigits(date, start, yearEnd)) {
      return false;
    }
    long year = Long.parseLong(date.substring(start, yearEnd));
    if (start == 1) {
      year = -year;
    }
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return false;
    }
    if (dash < 0) {
      return true;
    }
    String rest = date.substring(dash + 1);
    if (rest.length() == 2) {
      return inRange(rest, 0, 2, 1, 12);
    }
    return rest.length() == 5
        && rest.charAt(2) == '-'
        && inRange(rest, 0, 2, 1, 12)
        && inRange(rest, 3, 5, 1, 31);
  }

  private static boolean isIsoTime(String time) {
    int zone = zoneStart(time);
    String clock = time.substring(0, zone);
    if (!isZone(time.substring(zone))) {
      return false;
    }
    // hh:mm, then optionally :ss and .fraction
    if (clock.length() < 5 || clock.charAt(2) != ':' || !inRange(clock, 0, 2, 0, 23) || !inRange(clock, 3, 5, 0, 59)) {
      return false;
    }
    if (clock.length() == 5) {
      return true;
    }
    if (clock.length() < 8 || clock.charAt(5) != ':' || !inRange(clock, 6, 8, 0, 59)) {
      return false;
    }
    if (clock.length() == 8) {
      return true;
    }
    int fractionDigits = clock.length() - 9;
    return clock.charAt(8) == '.'
        && fractionDigits >= 1
        && fractionDigits <= 9
        && allDigits(clock, 9, clock.length());
  }

  private static int zoneStart(String time) {
    for (int i = 0; i < time.length(); i++) {
      char c = time.charAt(i);
      if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
        return i;
      }
    }
    return time.length();
  }

  private static boolean isZone(String zone) {
    if (zone.isEmpty() || zone.equals("Z") || zone.equals("z")) {
      return true;
    }
    char sign = zone.charAt(0);
    if (sign != '+' && sign != '-') {
      return false;
    }
    if (zone.length() == 3) {
      return inRange(zone, 1, 3, 0, 23);
    }
    return zone.length() == 6 && zone.charAt(3) == ':' && inRange(zone, 1, 3, 0, 23) && inRange(zone, 4, 6, 0, 59);
  }

  private static boolean inRange(String s, int from, int to, int min, int max) {
    if (!allDigits(s, from, to)) {
      return false;
    }
    int n = Integer.parseInt(s.substring(from, to));
    return n >= min && n <= max;
  }

  private static boolean allDigits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int indexOfIgnoreCase(String s, char upper) {
    char lower = Character.toLowerCase(upper);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == upper || c == lower) {
        return i;
      }
    }
    return -1;
  }
}
