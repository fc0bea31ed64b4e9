package dev.warden.catalog;

import java.util.Arrays;
import java.util.Objects;

/**
 * The ARN format of a resource type, e.g. {@code arn:${Partition}:s3:::${BucketName}/${ObjectName}},
 * compiled for matching against the Resource entries of policies.
 *
 * <p>Placeholders in the partition, service, region and account fields stand for any text without a
 * colon (possibly empty). In the resource part a placeholder stands for one or more characters of
 * any kind (role paths, object keys and log-group names contain slashes), except when it is the
 * whole resource part: bucket, queue, topic and repository names hold neither {@code /} nor
 * {@code :}, which is what tells {@code arn:aws:s3:::b} (bucket) from {@code arn:aws:s3:::b/k}
 * (object). A {@code *} written in the template stands for any text.
 *
 * <p>A policy Resource may itself contain {@code *}, {@code ?} and policy variables, so
 * {@link #matches} asks whether some ARN fits both the policy's pattern and this template. It sweeps
 * the product of the two token sequences once ((|pattern|+1)·(|template|+1) steps, no
 * backtracking), which stays small because templates are short and resources are capped at 2,048
 * characters, AWS's ARN limit.
 */
public final class ArnTemplate {
  static final int MAX_RESOURCE_LENGTH = 2048;

  // Token encoding: a char value (>= 0) is a literal; negative values are wildcards over a class.
  private static final int ANY = 0;
  private static final int NO_COLON = 1;
  private static final int NO_SLASH_OR_COLON = 2;

  private final String source;
  private final int[] tokens;
  private final int literalCount;
  /** The service field when it is literal text, else null (e.g. {@code ${Vendor}}). */
  private final String service;

  private ArnTemplate(String source, int[] tokens, String service) {
    this.source = source;
    this.tokens = tokens;
    this.service = service;
    int literals = 0;
    for (int t : tokens) {
      literals += t >= 0 ? 1 : 0;
    }
    this.literalCount = literals;
  }

  /** Compiles an ARN format from the reference. */
  public static ArnTemplate compile(String template) {
    String[] fields = template.split(":", 6);
    if (fields.length < 6 || !fields[0].equals("arn")) {
      throw new CatalogDataException("not an ARN template: " + template);
    }
    IntList out = new IntList(template.length());
    for (int f = 0; f < 6; f++) {
      if (f > 0) {
        out.add(':');
      }
      String field = fields[f];
      boolean wholePlaceholder = f == 5 && field.startsWith("${") && field.indexOf('}') == field.length() - 1;
      int placeholderClass = f < 5 ? NO_COLON : wholePlaceholder ? NO_SLASH_OR_COLON : ANY;
      int i = 0;
      while (i < field.length()) {
        char c = field.charAt(i);
        int close = c == '$' && i + 1 < field.length() && field.charAt(i + 1) == '{' ? field.indexOf('}', i) : -1;
        if (close > 0) {
          if (f >= 5) {
            out.add(one(placeholderClass)); // resource names are never empty
          }
          out.add(run(placeholderClass));
          i = close + 1;
        } else if (c == '*') {
          out.add(run(f < 5 ? NO_COLON : ANY));
          i++;
        } else {
          out.add(c);
          i++;
        }
      }
    }
    String service = fields[2].contains("${") || fields[2].contains("*") ? null : fields[2];
    return new ArnTemplate(template, out.toArray(), service);
  }

  /** The template as written in the reference. */
  public String source() {
    return source;
  }

  /** The literal service field ({@code s3}), or null when the template leaves it open. */
  String service() {
    return service;
  }

  /** How much of the template is fixed text; a higher count means a more specific type. */
  int literalCount() {
    return literalCount;
  }

  /**
   * Whether an ARN named by {@code resource} (as written in a policy: {@code *}, {@code ?} and
   * {@code ${...}} variables are wildcards) can be of this type. {@code "*"} fits every type.
   */
  public boolean matches(String resource) {
    if (resource.length() > MAX_RESOURCE_LENGTH) {
      return false;
    }
    return intersects(patternTokens(resource), tokens);
  }

  private static int[] patternTokens(String resource) {
    IntList out = new IntList(resource.length());
    int i = 0;
    while (i < resource.length()) {
      char c = resource.charAt(i);
      int close = c == '$' && i + 1 < resource.length() && resource.charAt(i + 1) == '{' ? resource.indexOf('}', i) : -1;
      if (close > 0) {
        out.add(one(ANY));
        out.add(run(ANY));
        i = close + 1;
      } else {
        out.add(c == '*' ? run(ANY) : c == '?' ? one(ANY) : c);
        i++;
      }
    }
    return out.toArray();
  }

  /**
   * Whether some string fits both token sequences. States are (i, j): tokens of {@code a} and
   * {@code b} consumed so far. Every transition keeps or advances each of i and j, so one sweep
   * per row i, left to right over j, reaches every state: O(|a|·|b|) time, O(|b|) memory.
   */
  private static boolean intersects(int[] a, int[] b) {
    boolean[] row = new boolean[b.length + 1];
    boolean[] next = new boolean[b.length + 1];
    row[0] = true;
    for (int i = 0; i <= a.length; i++) {
      boolean aRun = i < a.length && isRun(a[i]);
      Arrays.fill(next, false);
      for (int j = 0; j <= b.length; j++) {
        if (!row[j]) {
          continue;
        }
        if (j < b.length) {
          boolean bRun = isRun(b[j]);
          if (bRun) {
            row[j + 1] = true; // b's run matches nothing
          }
          if (i < a.length && compatible(a[i], b[j])) {
            int nj = bRun ? j : j + 1;
            if (aRun) {
              row[nj] = true; // a's run stays; consuming keeps us in this row
            } else {
              next[nj] = true;
            }
          }
        }
        if (aRun) {
          next[j] = true; // a's run matches nothing
        }
      }
      if (i == a.length) {
        return row[b.length];
      }
      boolean[] swap = row;
      row = next;
      next = swap;
    }
    return false;
  }

  private static boolean compatible(int x, int y) {
    if (x >= 0 && y >= 0) {
      return x == y;
    }
    if (x >= 0) {
      return accepts(classOf(y), (char) x);
    }
    if (y >= 0) {
      return accepts(classOf(x), (char) y);
    }
    return true; // every class accepts ordinary letters
  }

  private static boolean accepts(int characterClass, char c) {
    switch (characterClass) {
      case NO_COLON:
        return c != ':';
      case NO_SLASH_OR_COLON:
        return c != ':' && c != '/';
      default:
        return true;
    }
  }

  private static int one(int characterClass) {
    return -1 - 2 * characterClass;
  }

  private static int run(int characterClass) {
    return -2 - 2 * characterClass;
  }

  private static boolean isRun(int token) {
    return token < 0 && (-token) % 2 == 0;
  }

  private static int classOf(int token) {
    return isRun(token) ? (-token - 2) / 2 : (-token - 1) / 2;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArnTemplate other && other.source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source);
  }

  @Override
  public String toString() {
    return source;
  }

  /** A growable int array, to keep tokens unboxed. */
  private static final class IntList {
    private int[] values;
    private int size;

    IntList(int capacity) {
      values = new int[Math.max(capacity, 4)];
    }

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
