package dev.warden.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" candidates for misspelt names ({@code s3:GetObjet} → {@code s3:GetObject}):
 * the closest names by case-insensitive edit distance, within a budget that grows with the length.
 */
public final class Suggestions {
  private static final int MAX_INPUT = 128;

  private final Catalog catalog;

  public Suggestions(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Close actions for an unknown {@code service:Name}: in the same service when it exists, else
   * the same action name in services with a close prefix. At most {@code limit}, closest first.
   */
  public List<String> forAction(String fullName, int limit) {
    int colon = fullName.indexOf(':');
    if (colon <= 0 || fullName.length() > MAX_INPUT) {
      return List.of();
    }
    String prefix = fullName.substring(0, colon);
    String name = fullName.substring(colon + 1);
    List<Candidate> candidates = new ArrayList<>();
    var service = catalog.service(prefix);
    if (service.isPresent()) {
      for (Action action : service.get().actions()) {
        candidates.add(new Candidate(action.fullName(), distance(name, action.name())));
      }
      return closest(candidates, budget(name), limit);
    }
    for (String closePrefix : forService(prefix, 5)) {
      catalog.service(closePrefix).flatMap(s -> s.action(name))
          .ifPresent(a -> candidates.add(new Candidate(a.fullName(), distance(prefix, a.service()))));
    }
    return closest(candidates, budget(prefix), limit);
  }

  /** Close service prefixes for an unknown one. */
  public List<String> forService(String prefix, int limit) {
    if (prefix.length() > MAX_INPUT) {
      return List.of();
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Service service : catalog.services()) {
      candidates.add(new Candidate(service.prefix(), distance(prefix, service.prefix())));
    }
    return closest(candidates, budget(prefix), limit);
  }

  /** Close keys of the same service for an unknown service condition key ({@code s3:TLSVersion2}). */
  public List<String> forConditionKey(String key, int limit) {
    int colon = key.indexOf(':');
    if (colon <= 0 || key.length() > MAX_INPUT) {
      return List.of();
    }
    List<Candidate> candidates = new ArrayList<>();
    catalog.service(key.substring(0, colon)).ifPresent(service -> {
      for (ConditionKey declared : service.conditionKeys()) {
        candidates.add(new Candidate(declared.name(), distance(key, declared.name())));
      }
    });
    return closest(candidates, budget(key.substring(colon + 1)), limit);
  }

  private static int budget(String word) {
    return Math.max(1, Math.min(3, word.length() / 4));
  }

  private static List<String> closest(List<Candidate> candidates, int budget, int limit) {
    return candidates.stream()
        .filter(c -> c.distance <= budget)
        .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
        .limit(limit)
        .map(Candidate::name)
        .toList();
  }

  /** Levenshtein distance ignoring case, two rows of memory. */
  static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }

  private record Candidate(String name, int distance) {}
}
