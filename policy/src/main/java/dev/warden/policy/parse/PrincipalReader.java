package dev.warden.policy.parse;

import dev.warden.policy.arn.Arn;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.PrincipalElement;
import dev.warden.policy.document.PrincipalKind;
import dev.warden.policy.document.SourcePosition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Principal / NotPrincipal element (iam-semantics.md §1.8; IAM User Guide "AWS JSON policy
 * elements: Principal"). Accepted forms: {@code "*"}, or a map from {@code AWS}, {@code Service},
 * {@code Federated}, {@code CanonicalUser} to a string or a non-empty array of strings.
 *
 * <p>Wildcards: {@code *} alone under {@code AWS} (or as the whole element) means everyone; any other
 * {@code *} or {@code ?} is a partial wildcard, which AWS rejects. {@code AWS} values must be a
 * 12-digit account, an IAM/STS ARN in a known partition, or an IAM unique id ({@code AIDA…},
 * {@code AROA…}). Whether a named user or role exists is for the caller to check (trust policies
 * store unique ids, §1.10); the parser has no I/O.
 */
final class PrincipalReader {
  static final String INVALID = "Invalid principal in policy: ";

  private final PolicyKind kind;
  private final ProblemList problems;

  PrincipalReader(PolicyKind kind, ProblemList problems) {
    this.kind = kind;
    this.problems = problems;
  }

  /** The element, or empty when it has problems (which are recorded). */
  Optional<PrincipalElement> read(SourceValue value, boolean negated) {
    int before = problemCount();
    if (value instanceof SourceValue.Text text) {
      if (text.value().equals("*")) {
        return Optional.of(new PrincipalElement(negated, true, Map.of(), text.position()));
      }
      invalid("\"" + text.value() + "\"", "A principal given as a string must be \"*\".", text.position());
      return Optional.empty();
    }
    if (!(value instanceof SourceValue.Mapping mapping)) {
      problems.malformed(
          CheckStage.SYNTAX, PolicyParser.SYNTAX, elementName(negated) + " must be \"*\" or an object, not " + value.describeType() + ".", value.position());
      return Optional.empty();
    }
    if (mapping.members().isEmpty()) {
      invalid("{}", elementName(negated) + " names no principal.", mapping.position());
      return Optional.empty();
    }
    boolean everyone = false;
    Map<PrincipalKind, List<String>> principals = new EnumMap<>(PrincipalKind.class);
    for (SourceValue.Member member : mapping.members().values()) {
      Optional<PrincipalKind> principalKind = kindOf(member.name());
      if (principalKind.isEmpty()) {
        invalid("\"" + member.name() + "\"", "Unknown principal type \"" + member.name() + "\"; use AWS, Service, Federated or CanonicalUser.", member.namePosition());
        continue;
      }
      List<SourceValue.Text> entries = entries(member, negated);
      if (entries == null) {
        continue;
      }
      List<String> values = new ArrayList<>(entries.size());
      for (SourceValue.Text entry : entries) {
        String text = entry.value();
        if (principalKind.get() == PrincipalKind.AWS && text.equals("*")) {
          everyone = true;
          continue;
        }
        checkValue(principalKind.get(), entry);
        values.add(text);
      }
      if (!values.isEmpty()) {
        // PrincipalElement copies the map but not the lists; hand it immutable ones.
        principals.put(principalKind.get(), List.copyOf(values));
      }
    }
    if (problemCount() > before) {
      return Optional.empty();
    }
    return Optional.of(new PrincipalElement(negated, everyone, principals, mapping.position()));
  }

  private List<SourceValue.Text> entries(SourceValue.Member member, boolean negated) {
    SourceValue value = member.value();
    if (value instanceof SourceValue.Text text) {
      return List.of(text);
    }
    if (value instanceof SourceValue.Sequence sequence) {
      if (sequence.items().isEmpty()) {
        invalid("\"" + member.name() + "\":[]", "The " + member.name() + " list is empty.", sequence.position());
        return null;
      }
      List<SourceValue.Text> texts = new ArrayList<>(sequence.items().size());
      for (SourceValue item : sequence.items()) {
        if (item instanceof SourceValue.Text text) {
          texts.add(text);
        } else {
          problems.malformed(CheckStage.SYNTAX, PolicyParser.SYNTAX,
              elementName(negated) + " entries must be strings, not " + item.describeType() + ".", item.position());
          return null;
        }
      }
      return texts;
    }
    problems.malformed(CheckStage.SYNTAX, PolicyParser.SYNTAX,
        elementName(negated) + " " + member.name() + " must be a string or an array of strings, not " + value.describeType() + ".",
        value.position());
    return null;
  }

  private void checkValue(PrincipalKind principalKind, SourceValue.Text entry) {
    String text = entry.value();
    String shown = "\"" + principalKind.json() + "\":\"" + text + "\"";
    if (text.indexOf('*') >= 0 || text.indexOf('?') >= 0) {
      invalid(shown, "Wildcards are not allowed in principals except \"*\" alone under AWS; use a condition on aws:PrincipalArn instead.", entry.position());
      return;
    }
    if (text.isEmpty() || hasWhitespace(text)) {
      invalid(shown, "A principal must be non-empty and contain no white space.", entry.position());
      return;
    }
    switch (principalKind) {
      case AWS -> {
        if (!isAwsPrincipal(text)) {
          invalid(shown, "An AWS principal must be a 12-digit account id, an IAM or STS ARN, or a unique id.", entry.position());
        }
      }
      case CANONICAL_USER -> {
        if (!KindRules.allowsCanonicalUser(kind)) {
          invalid(shown, "CanonicalUser principals are only valid in S3 resource policies.", entry.position());
        }
      }
      default -> {
        // Service names and federated providers are open-ended; the shape checks above suffice.
      }
    }
  }

  static boolean isAwsPrincipal(String text) {
    if (isAccountId(text)) {
      return true;
    }
    Optional<Arn> arn = Arn.parse(text);
    if (arn.isPresent()) {
      Arn a = arn.get();
      return a.knownPartition().isPresent()
          && (a.service().equals("iam") || a.service().equals("sts"))
          && isAccountId(a.account())
          && !a.resource().isEmpty();
    }
    return isUniqueId(text);
  }

  static boolean isAccountId(String text) {
    if (text.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** IAM unique ids: {@code A} plus upper-case letters and digits, 16–128 characters (§7.5). */
  static boolean isUniqueId(String text) {
    if (text.length() < 16 || text.length() > 128 || text.charAt(0) != 'A') {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<PrincipalKind> kindOf(String name) {
    for (PrincipalKind principalKind : PrincipalKind.values()) {
      if (principalKind.json().equals(name)) {
        return Optional.of(principalKind);
      }
    }
    return Optional.empty();
  }

  private void invalid(String shown, String detail, SourcePosition position) {
    problems.malformed(CheckStage.PRINCIPAL, INVALID + shown, detail, position);
  }

  private int problemCount() {
    return problems.size();
  }

  private static String elementName(boolean negated) {
    return negated ? "NotPrincipal" : "Principal";
  }
}
