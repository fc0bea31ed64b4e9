package dev.warden.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A condition key from the reference, e.g. {@code s3:TlsVersion} (Numeric) or the template
 * {@code aws:ResourceTag/${TagKey}}, which stands for every key of that shape. Placeholders are
 * written {@code ${Name}}, {@code <name>} (S3's object-tag keys) or, in the global key list,
 * {@code /tag-key}; each stands for one or more characters. Names compare case-insensitively, as IAM
 * compares condition keys. Immutable.
 */
public final class ConditionKey {
  private static final String GLOBAL_TAG_PLACEHOLDER = "/tag-key";

  private final String name;
  private final ConditionKeyType type;
  private final String description;
  /** The name cut at its placeholders, lower-cased: n parts for n - 1 placeholders. */
  private final String[] literalParts;

  public ConditionKey(String name, ConditionKeyType type, String description) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.description = Objects.requireNonNull(description);
    this.literalParts = literalParts(name);
  }

  public String name() {
    return name;
  }

  public ConditionKeyType type() {
    return type;
  }

  /** The AWS documentation's description; empty when the source has none. */
  public String description() {
    return description;
  }

  /** True when the name has placeholders, so it stands for a family of keys. */
  public boolean isTemplate() {
    return literalParts.length > 1;
  }

  /** The service prefix before the colon, lower-cased ({@code aws} for global keys). */
  public String prefix() {
    int colon = name.indexOf(':');
    return (colon < 0 ? name : name.substring(0, colon)).toLowerCase(Locale.ROOT);
  }

  /** The lower-cased literal text before the first placeholder (the whole name if none). */
  String literalPrefix() {
    return literalParts[0];
  }

  /**
   * Whether {@code key}, as written in a policy, is this key or an instance of this template.
   * Matching is case-insensitive; each placeholder must cover at least one character. The parts are
   * searched left to right at their leftmost place, so the cost is linear in the key's length.
   */
  public boolean matches(String key) {
    if (literalParts.length == 1) {
      return name.equalsIgnoreCase(key);
    }
    String head = literalParts[0];
    String tail = literalParts[literalParts.length - 1];
    if (!key.regionMatches(true, 0, head, 0, head.length())) {
      return false;
    }
    int tailStart = key.length() - tail.length();
    if (tailStart < head.length() || !key.regionMatches(true, tailStart, tail, 0, tail.length())) {
      return false;
    }
    int pos = head.length();
    String lowerKey = key.toLowerCase(Locale.ROOT);
    for (int i = 1; i < literalParts.length - 1; i++) {
      String part = literalParts[i];
      int found = lowerKey.indexOf(part, pos + 1); // the placeholder before needs one character
      if (found < 0 || found + part.length() > tailStart - 1) {
        return false;
      }
      pos = found + part.length();
    }
    return tailStart - pos >= 1;
  }

  private static String[] literalParts(String name) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < name.length()) {
      char c = name.charAt(i);
      int close = -1;
      if (c == '$' && i + 1 < name.length() && name.charAt(i + 1) == '{') {
        close = name.indexOf('}', i);
      } else if (c == '<') {
        close = name.indexOf('>', i);
      } else if (c == '/' && name.regionMatches(true, i, GLOBAL_TAG_PLACEHOLDER, 0, GLOBAL_TAG_PLACEHOLDER.length())
          && i + GLOBAL_TAG_PLACEHOLDER.length() == name.length()) {
        current.append('/');
        close = name.length() - 1;
      }
      if (close > i) {
        parts.add(current.toString().toLowerCase(Locale.ROOT));
        current.setLength(0);
        i = close + 1;
      } else {
        current.append(c);
        i++;
      }
    }
    parts.add(current.toString().toLowerCase(Locale.ROOT));
    return parts.toArray(new String[0]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConditionKey other
        && other.name.equals(name)
        && other.type == type
        && other.description.equals(description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, description);
  }

  @Override
  public String toString() {
    return name + " (" + type.awsName() + ")";
  }
}
