package dev.warden.catalog.lint;

import dev.warden.catalog.Action;
import dev.warden.catalog.Catalog;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Action expansions for one validation, one per distinct pattern (case ignored): a policy that
 * repeats a broad pattern holds one copy of its expansion, not one per entry.
 */
final class ExpansionCache {
  private final Catalog catalog;
  private final Map<String, List<Action>> expansions = new HashMap<>();

  ExpansionCache(Catalog catalog) {
    this.catalog = catalog;
  }

  List<Action> expand(String pattern) {
    return expansions.computeIfAbsent(pattern.toLowerCase(Locale.ROOT), catalog::expand);
  }
}
