package dev.warden.insight.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Finds AWS credentials in one text. Key ids are found by shape (a credential prefix, 16 uppercase
 * base32 characters, word boundaries). Secrets and session tokens have no shape of their own, so they
 * are reported only with context: assigned to a name that says so (aws_secret_access_key,
 * secretAccessKey, AWS_SECRET, aws_session_token, SessionToken ... in any common syntax), or, for
 * secrets, within {@value #NEARBY_LINES} lines of a key id. Texts are decoded as ISO-8859-1, so every
 * byte is one character and columns count bytes.
 */
public final class CredentialDetector {
  /** How far from a key id a bare 40-character secret still counts as its pair. */
  public static final int NEARBY_LINES = 3;
  static final int KEY_ID_LENGTH = 20;
  static final int SECRET_LENGTH = 40;
  static final int MIN_TOKEN_LENGTH = 100;
  static final int MAX_TOKEN_LENGTH = 8192;
  /** A bare secret next to a key id must look random (trufflehog uses the same gate). */
  static final double MIN_BARE_SECRET_ENTROPY = 4.25;
  static final double MIN_BARE_TOKEN_ENTROPY = 4.5;
  private static final int MAX_NAME_LENGTH = 80;
  private static final int MAX_SEPARATOR_LENGTH = 16;
  private static final String[] KEY_PREFIXES = {"AKIA", "ASIA", "ABIA", "ACCA"};
  private static final String SEPARATORS = " \t\"'`:=>,([{]\\";

  private record Hit(int offset, int line, Detection detection) {}

  private final SessionTokenReader tokens;

  public CredentialDetector() {
    this(SessionTokenReader.none());
  }

  /** {@code tokens} opens session tokens Warden sealed, so they can be told apart from foreign ones. */
  public CredentialDetector(SessionTokenReader tokens) {
    this.tokens = tokens;
  }

  /** {@link #signals} bit: a key-id prefix (AKIA, ASIA, ABIA, ACCA) occurs. */
  public static final int KEY_ID_SIGNAL = 1;
  /** {@link #signals} bit: "secret" occurs, in any case. */
  public static final int SECRET_SIGNAL = 2;
  /** {@link #signals} bit: "token" occurs, in any case. */
  public static final int TOKEN_SIGNAL = 4;
  private static final int ALL_SIGNALS = KEY_ID_SIGNAL | SECRET_SIGNAL | TOKEN_SIGNAL;

  /**
   * One cheap pass over raw bytes saying which searches can find anything: 0 means the detector
   * cannot find anything in them, so most files are never decoded, and the others skip the searches
   * whose anchor is absent.
   */
  public static int signals(byte[] bytes, int length) {
    int found = 0;
    for (int i = 0; i + 3 < length; i++) {
      int b = bytes[i];
      if (b == 'A') {
        int b1 = bytes[i + 1];
        int b2 = bytes[i + 2];
        int b3 = bytes[i + 3];
        if (b3 == 'A' && ((b2 == 'I' && (b1 == 'K' || b1 == 'S' || b1 == 'B')) || (b1 == 'C' && b2 == 'C'))) {
          found |= KEY_ID_SIGNAL;
        }
      } else if ((b | 0x20) == 'o') {
        if ((bytes[i + 1] | 0x20) == 'k' && (bytes[i + 2] | 0x20) == 'e' && (bytes[i + 3] | 0x20) == 'n') {
          found |= TOKEN_SIGNAL;
        }
      } else if ((b | 0x20) == 'c') {
        if ((bytes[i + 1] | 0x20) == 'r' && (bytes[i + 2] | 0x20) == 'e' && (bytes[i + 3] | 0x20) == 't'
            && i > 0 && (bytes[i - 1] | 0x20) == 'e') {
          found |= SECRET_SIGNAL;
        }
      }
      if (found == ALL_SIGNALS) {
        break;
      }
    }
    return found;
  }

  public static boolean mayContainCredential(byte[] bytes, int length) {
    return signals(bytes, length) != 0;
  }

  /** Every credential in {@code text}, in order of position. */
  public List<Detection> detect(String text) {
    return detect(text, ALL_SIGNALS);
  }

  /** Every credential in {@code text}, running only the searches {@code signals} (from {@link #signals}) allow. */
  public List<Detection> detect(String text, int signals) {
    LineIndex lines = new LineIndex(text);
    List<Hit> keyIds = (signals & KEY_ID_SIGNAL) != 0 ? findKeyIds(text, lines) : List.of();
    Boolean[] mentionsAws = new Boolean[1]; // asked only for generic names like secret_key, then remembered
    BooleanSupplier awsContext = () -> {
      if (mentionsAws[0] == null) {
        mentionsAws[0] = !keyIds.isEmpty() || text.contains("aws") || text.contains("AWS") || text.contains("Aws");
      }
      return mentionsAws[0];
    };
    Set<Integer> taken = new HashSet<>();
    List<Hit> hits = new ArrayList<>(keyIds);
    if ((signals & SECRET_SIGNAL) != 0) {
      for (Hit hit : findNamedValues(text, lines, awsContext, true)) {
        taken.add(hit.offset());
        hits.add(paired(hit, keyIds));
      }
    }
    if ((signals & TOKEN_SIGNAL) != 0) {
      for (Hit hit : findNamedValues(text, lines, awsContext, false)) {
        taken.add(hit.offset());
        hits.add(paired(hit, keyIds));
      }
    }
    for (Hit keyId : keyIds) {
      for (Hit bare : findBareSecretsNear(text, lines, keyId, taken)) {
        taken.add(bare.offset());
        hits.add(paired(bare, keyIds));
      }
      if (keyId.detection().shown().startsWith("ASIA")) {
        for (Hit bare : findBareTokensNear(text, lines, keyId, taken)) {
          taken.add(bare.offset());
          hits.add(paired(bare, keyIds));
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::offset));
    List<Detection> detections = new ArrayList<>(hits.size());
    for (Hit hit : hits) {
      detections.add(hit.detection());
    }
    return detections;
  }

  private static List<Hit> findKeyIds(String text, LineIndex lines) {
    List<Hit> hits = new ArrayList<>();
    int n = text.length();
    for (String prefix : KEY_PREFIXES) {
      for (int i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
        int end = i + KEY_ID_LENGTH;
        if (end > n || (i > 0 && isWordChar(text.charAt(i - 1))) || (end < n && isWordChar(text.charAt(end)))) {
          continue;
        }
        boolean base32 = true;
        boolean shaped = true;
        for (int j = i + prefix.length(); j < end && shaped; j++) {
          char c = text.charAt(j);
          shaped = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
          base32 &= c < '0' || c > '9' || (c >= '2' && c <= '7');
        }
        if (!shaped) {
          continue;
        }
        String id = text.substring(i, end);
        Optional<String> example = ExampleCredentials.reason(CredentialKind.ACCESS_KEY_ID, id);
        if (!base32 && !id.endsWith("EXAMPLE")) {
          continue; // AWS and Warden ids are base32: a 0, 1, 8 or 9 means something else (docs aside)
        }
        hits.add(hit(text, lines, i, CredentialKind.ACCESS_KEY_ID, id, id, example.orElse(null)));
      }
    }
    return hits;
  }

  /** Values assigned to a secret name ({@code secrets}) or to a session-token name. */
  private List<Hit> findNamedValues(String text, LineIndex lines, BooleanSupplier awsContext, boolean secrets) {
    List<Hit> hits = new ArrayList<>();
    String[] stems = secrets ? new String[] {"ecret", "ECRET"} : new String[] {"oken", "OKEN"};
    int n = text.length();
    for (String stem : stems) {
      for (int i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + 1)) {
        int nameStart = i;
        while (nameStart > 0 && i - nameStart < MAX_NAME_LENGTH && isNameChar(text.charAt(nameStart - 1))) {
          nameStart--;
        }
        int nameEnd = i + stem.length();
        while (nameEnd < n && nameEnd - i < MAX_NAME_LENGTH && isNameChar(text.charAt(nameEnd))) {
          nameEnd++;
        }
        if (!secrets && nameEnd - nameStart < "sessiontoken".length()) {
          continue; // "token" alone, "broken", "spoken": no token name is that short
        }
        String name = normalizedName(text, nameStart, nameEnd);
        boolean named = secrets ? isSecretName(name, awsContext) : isTokenName(name);
        if (!named) {
          continue;
        }
        int valueStart = skipSeparators(text, nameEnd);
        if (valueStart < 0) {
          continue;
        }
        Optional<Hit> hit = secrets ? secretAt(text, lines, valueStart, false) : tokenAt(text, lines, valueStart);
        hit.ifPresent(hits::add);
        i = Math.max(i, nameEnd - stem.length());
      }
    }
    return hits;
  }

  static boolean isSecretName(String name, BooleanSupplier awsContext) {
    if (name.contains("secretaccesskey") || name.contains("awssecret")) {
      return true;
    }
    return (name.endsWith("secretkey") || name.equals("secret")) && awsContext.getAsBoolean();
  }

  static boolean isTokenName(String name) {
    return name.contains("sessiontoken") || name.contains("securitytoken");
  }

  private static List<Hit> findBareSecretsNear(String text, LineIndex lines, Hit keyId, Set<Integer> taken) {
    List<Hit> hits = new ArrayList<>();
    int from = lines.startOf(keyId.line() - NEARBY_LINES);
    int to = lines.endOf(keyId.line() + NEARBY_LINES);
    int p = from;
    while (p < to) {
      if (!isSecretChar(text.charAt(p))) {
        p++;
        continue;
      }
      int end = runEnd(text, p, false);
      if (end - p == SECRET_LENGTH && !taken.contains(p)) {
        secretAt(text, lines, p, true).ifPresent(hits::add);
      }
      p = end;
    }
    return hits;
  }

  /** Session tokens have no name here, but sit next to their ASIA key id (SDK constructor arguments). */
  private List<Hit> findBareTokensNear(String text, LineIndex lines, Hit keyId, Set<Integer> taken) {
    List<Hit> hits = new ArrayList<>();
    int from = lines.startOf(keyId.line() - NEARBY_LINES);
    int to = lines.endOf(keyId.line() + NEARBY_LINES);
    int p = from;
    while (p < to) {
      char c = text.charAt(p);
      if (!isTokenChar(c) || c == '=') {
        p++;
        continue;
      }
      // '=' ends a run here: it is padding at a token's end, or the assignment in NAME=value.
      int end = p;
      while (end < text.length() && isTokenChar(text.charAt(end)) && text.charAt(end) != '=') {
        end++;
      }
      if (end - p >= MIN_TOKEN_LENGTH && !taken.contains(p)
          && ShannonEntropy.bitsPerChar(text.substring(p, Math.min(end, p + MAX_TOKEN_LENGTH))) >= MIN_BARE_TOKEN_ENTROPY) {
        tokenAt(text, lines, p).ifPresent(hits::add);
      }
      p = end;
    }
    return hits;
  }

  /** A 40-character secret starting at {@code start}, when the text there has that shape. */
  private static Optional<Hit> secretAt(String text, LineIndex lines, int start, boolean bare) {
    int end = runEnd(text, start, false);
    if (end - start != SECRET_LENGTH || !startsCleanly(text, start) || !endsCleanly(text, end, false)) {
      return Optional.empty();
    }
    String value = text.substring(start, end);
    if (!mixedCaseNotHex(value) || (bare && ShannonEntropy.bitsPerChar(value) < MIN_BARE_SECRET_ENTROPY)) {
      return Optional.empty();
    }
    String example = ExampleCredentials.reason(CredentialKind.SECRET_ACCESS_KEY, value).orElse(null);
    return Optional.of(hit(text, lines, start, CredentialKind.SECRET_ACCESS_KEY, value, SecretMask.mask(value), example));
  }

  private Optional<Hit> tokenAt(String text, LineIndex lines, int start) {
    int end = runEnd(text, start, true);
    int length = end - start;
    if (length < MIN_TOKEN_LENGTH || length > MAX_TOKEN_LENGTH || !startsCleanly(text, start)
        || !endsCleanly(text, end, true)) {
      return Optional.empty();
    }
    String value = text.substring(start, end);
    if (!mixedCaseNotHex(value)) {
      return Optional.empty();
    }
    String example = ExampleCredentials.reason(CredentialKind.SESSION_TOKEN, value).orElse(null);
    SessionFacts session = example == null ? tokens.read(value).orElse(null) : null;
    Hit hit = hit(text, lines, start, CredentialKind.SESSION_TOKEN, value, SecretMask.mask(value), example);
    Detection d = hit.detection();
    return Optional.of(new Hit(hit.offset(), hit.line(), new Detection(d.line(), d.column(), d.kind(), d.shown(),
        d.fingerprint(), d.example(), null, session)));
  }

  private static Hit hit(String text, LineIndex lines, int offset, CredentialKind kind, String value, String shown,
      String example) {
    int line = lines.lineOf(offset);
    return new Hit(offset, line,
        new Detection(line, lines.columnOf(offset), kind, shown, fingerprint(value), example, null, null));
  }

  /** The nearest key id within {@link #NEARBY_LINES} (same line first); an example key makes its pair one too. */
  private static Hit paired(Hit secret, List<Hit> keyIds) {
    Hit best = null;
    for (Hit keyId : keyIds) {
      int distance = Math.abs(keyId.line() - secret.line());
      if (distance > NEARBY_LINES) {
        continue;
      }
      if (best == null || distance < Math.abs(best.line() - secret.line())
          || (distance == Math.abs(best.line() - secret.line())
              && Math.abs(keyId.offset() - secret.offset()) < Math.abs(best.offset() - secret.offset()))) {
        best = keyId;
      }
    }
    if (best == null) {
      return secret;
    }
    Detection d = secret.detection().withPairedKeyId(best.detection().shown());
    if (d.example() == null && best.detection().isExample()) {
      d = d.withExample("next to an example key id (" + best.detection().example() + ")");
    }
    return new Hit(secret.offset(), secret.line(), d);
  }

  private static int skipSeparators(String text, int from) {
    int p = from;
    while (p < text.length() && p - from <= MAX_SEPARATOR_LENGTH) {
      char c = text.charAt(p);
      if (SEPARATORS.indexOf(c) < 0) {
        return p > from ? p : -1;
      }
      p++;
    }
    return -1;
  }

  private static int runEnd(String text, int start, boolean token) {
    int p = start;
    int limit = Math.min(text.length(), start + MAX_TOKEN_LENGTH + 1);
    while (p < limit && (token ? isTokenChar(text.charAt(p)) : isSecretChar(text.charAt(p)))) {
      p++;
    }
    return p;
  }

  /** Not the tail of a longer base64, base64url or dotted run (JWT parts, identifiers). */
  private static boolean startsCleanly(String text, int start) {
    if (start == 0) {
      return true;
    }
    char c = text.charAt(start - 1);
    return !isSecretChar(c) && c != '.' && c != '_' && c != '-';
  }

  private static boolean endsCleanly(String text, int end, boolean token) {
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    return !(token ? isTokenChar(c) : isSecretChar(c)) && c != '=' && c != '.' && c != '_' && c != '-';
  }

  private static boolean mixedCaseNotHex(String value) {
    boolean upper = false;
    boolean lower = false;
    boolean notHex = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      notHex |= Character.digit(c, 16) < 0;
    }
    return upper && lower && notHex;
  }

  private static String normalizedName(String text, int start, int end) {
    StringBuilder name = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '_' && c != '-' && c != '.') {
        name.append(c);
      }
    }
    return name.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isWordChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+';
  }

  private static boolean isNameChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
  }

  private static boolean isSecretChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
  }

  private static boolean isTokenChar(char c) {
    return isSecretChar(c) || c == '=' || c == '_' || c == '-';
  }

  /** Deduplicates findings across commits without keeping the value; never printed. */
  private static String fingerprint(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.ISO_8859_1));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
