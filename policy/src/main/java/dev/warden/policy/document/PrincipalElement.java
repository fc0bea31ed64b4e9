package dev.warden.policy.document;

import java.util.List;
import java.util.Map;

/**
 * A statement's {@code Principal} or {@code NotPrincipal}. {@code "*"} and {@code {"AWS": "*"}}
 * both set {@link #everyone()}; other entries keep their text exactly as written, grouped by kind
 * in document order.
 *
 * @param negated true for NotPrincipal
 * @param everyone true when the element is {@code "*"} or lists {@code "*"} under AWS
 * @param principals values per kind, as written (account ids, ARNs, service names, unique ids)
 */
public record PrincipalElement(
    boolean negated, boolean everyone, Map<PrincipalKind, List<String>> principals, SourcePosition position) {
  public PrincipalElement {
    Map<PrincipalKind, List<String>> copy = new java.util.EnumMap<>(PrincipalKind.class);
    principals.forEach((kind, values) -> copy.put(kind, List.copyOf(values)));
    principals = Map.copyOf(copy);
  }

  public List<String> values(PrincipalKind kind) {
    return principals.getOrDefault(kind, List.of());
  }
}
