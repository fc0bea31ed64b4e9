package dev.warden.policy.match;

import dev.warden.policy.arn.Arn;
import dev.warden.policy.document.PrincipalElement;
import dev.warden.policy.document.PrincipalKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A Principal / NotPrincipal element compiled for matching callers (iam-semantics.md §1.8, §2.5;
 * IAM User Guide "AWS JSON policy elements: Principal"). Entries are exact values — wildcards other
 * than "everyone" are rejected by the parser — so each is classified once and compared by equality.
 *
 * <p>Rules: {@code "*"} matches everyone, anonymous callers included. An account ({@code 123456789012}
 * or {@code arn:P:iam::123456789012:root}) matches every user, role session, federated user and the
 * root user of that account. A role ARN matches every session of the role; a session ARN only that
 * session; a user ARN that user and the federated-user sessions it created; a unique id the user, or
 * the role / federating user behind a session. ARNs compare exactly (the role path is part of the role
 * ARN, and names are case-sensitive in Principal). {@code CanonicalUser} entries never match: Warden
 * callers have no S3 canonical id. This class only reports matches; for NotPrincipal the caller
 * applies the negation. Immutable and thread-safe.
 */
public final class PrincipalPattern {
  private enum EntryType {
    ACCOUNT,
    USER,
    ROLE,
    ROLE_SESSION,
    FEDERATED_USER,
    UNIQUE_ID,
    SERVICE,
    FEDERATED_PROVIDER,
    UNMATCHABLE
  }

  /** One classified entry; {@code partition} is empty for a bare account id. */
  private record Entry(EntryType type, PrincipalKind element, String value, Optional<String> partition, String account) {}

  private final PrincipalElement element;
  private final List<Entry> entries;

  private PrincipalPattern(PrincipalElement element, List<Entry> entries) {
    this.element = element;
    this.entries = entries;
  }

  public static PrincipalPattern compile(PrincipalElement element) {
    List<Entry> entries = new ArrayList<>();
    for (PrincipalKind kind : PrincipalKind.values()) {
      for (String value : element.values(kind)) {
        entries.add(classify(kind, value));
      }
    }
    return new PrincipalPattern(element, List.copyOf(entries));
  }

  private static Entry classify(PrincipalKind kind, String value) {
    switch (kind) {
      case SERVICE:
        return new Entry(EntryType.SERVICE, kind, value, Optional.empty(), "");
      case FEDERATED:
        return new Entry(EntryType.FEDERATED_PROVIDER, kind, value, Optional.empty(), "");
      case CANONICAL_USER:
        return new Entry(EntryType.UNMATCHABLE, kind, value, Optional.empty(), "");
      default:
        break;
    }
    if (isAccountId(value)) {
      return new Entry(EntryType.ACCOUNT, kind, value, Optional.empty(), value);
    }
    Optional<Arn> parsed = Arn.parse(value);
    if (parsed.isEmpty()) {
      return new Entry(value.startsWith("A") ? EntryType.UNIQUE_ID : EntryType.UNMATCHABLE, kind, value, Optional.empty(), "");
    }
    Arn arn = parsed.get();
    EntryType type;
    if (arn.isRoot()) {
      type = EntryType.ACCOUNT;
    } else if (arn.isIamUser()) {
      type = EntryType.USER;
    } else if (arn.isIamRole()) {
      type = EntryType.ROLE;
    } else if (arn.isAssumedRole()) {
      type = EntryType.ROLE_SESSION;
    } else if (arn.isFederatedUser()) {
      type = EntryType.FEDERATED_USER;
    } else {
      type = EntryType.UNMATCHABLE;
    }
    return new Entry(type, kind, value, Optional.of(arn.partition()), arn.account());
  }

  /** Every way the element names {@code caller}, most specific first; empty when it does not. */
  public List<PrincipalMatch> matches(PrincipalIdentity caller) {
    List<PrincipalMatch> matches = new ArrayList<>(2);
    String callerArn = caller.arn().map(Arn::toString).orElse(null);
    String parentArn = caller.parentArn().map(Arn::toString).orElse(null);
    for (Entry entry : entries) {
      how(entry, caller, callerArn, parentArn).ifPresent(how -> matches.add(new PrincipalMatch(how, entry.element, entry.value)));
    }
    if (element.everyone()) {
      matches.add(new PrincipalMatch(PrincipalMatch.How.EVERYONE, PrincipalKind.AWS, "*"));
    }
    matches.sort(Comparator.comparing(PrincipalMatch::how));
    return matches;
  }

  /** The most specific match, if any. */
  public Optional<PrincipalMatch> bestMatch(PrincipalIdentity caller) {
    List<PrincipalMatch> matches = matches(caller);
    return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
  }

  /** True for NotPrincipal. */
  public boolean negated() {
    return element.negated();
  }

  public PrincipalElement element() {
    return element;
  }

  private static Optional<PrincipalMatch.How> how(
      Entry entry, PrincipalIdentity caller, String callerArn, String parentArn) {
    PrincipalIdentity.Type type = caller.type();
    boolean matched;
    PrincipalMatch.How how;
    switch (entry.type) {
      case ACCOUNT -> {
        how = PrincipalMatch.How.ACCOUNT;
        matched = caller.isAccountMember()
            && caller.accountId().filter(entry.account::equals).isPresent()
            && (entry.partition.isEmpty() || entry.partition.equals(caller.partition()));
      }
      case USER -> {
        boolean federating = type == PrincipalIdentity.Type.FEDERATED_USER;
        how = federating ? PrincipalMatch.How.FEDERATING_USER_ARN : PrincipalMatch.How.USER_ARN;
        matched = (type == PrincipalIdentity.Type.USER && entry.value.equals(callerArn))
            || (federating && entry.value.equals(parentArn));
      }
      case ROLE -> {
        how = PrincipalMatch.How.ROLE_ARN;
        matched = type == PrincipalIdentity.Type.ROLE_SESSION && entry.value.equals(parentArn);
      }
      case ROLE_SESSION -> {
        how = PrincipalMatch.How.ROLE_SESSION_ARN;
        matched = type == PrincipalIdentity.Type.ROLE_SESSION && entry.value.equals(callerArn);
      }
      case FEDERATED_USER -> {
        how = PrincipalMatch.How.FEDERATED_USER_ARN;
        matched = type == PrincipalIdentity.Type.FEDERATED_USER && entry.value.equals(callerArn);
      }
      case UNIQUE_ID -> {
        how = PrincipalMatch.How.UNIQUE_ID;
        matched = caller.isAccountMember() && caller.uniqueId().filter(entry.value::equals).isPresent();
      }
      case SERVICE -> {
        how = PrincipalMatch.How.SERVICE;
        matched = type == PrincipalIdentity.Type.SERVICE && caller.serviceName().filter(entry.value::equals).isPresent();
      }
      case FEDERATED_PROVIDER -> {
        how = PrincipalMatch.How.FEDERATED_PROVIDER;
        matched = (type == PrincipalIdentity.Type.WEB_IDENTITY || type == PrincipalIdentity.Type.SAML)
            && caller.federatedProvider().filter(entry.value::equals).isPresent();
      }
      default -> {
        how = null;
        matched = false;
      }
    }
    return matched ? Optional.of(how) : Optional.empty();
  }

  private static boolean isAccountId(String text) {
    if (text.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
