package dev.warden.catalog;

import dev.warden.policy.match.Wildcard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One AWS service of the reference: its actions, resource types and service-specific condition
 * keys. Lookups ignore case, as IAM does. Immutable; built once by {@link Catalog}.
 *
 * <p>Actions are kept sorted by lower-cased name next to an array of those names, so a pattern such
 * as {@code Get*} is answered by a binary search for the literal prefix {@code get} and a scan of
 * the (usually short) matching range only.
 */
public final class Service {
  private final String prefix;
  private final String name;
  private final List<Action> actions;
  private final String[] lowerNames;
  private final Map<String, Action> actionsByLowerName;
  private final List<ResourceType> resourceTypes;
  private final Map<String, ResourceType> resourceTypesByLowerName;
  private final List<ConditionKey> conditionKeys;
  private final Map<String, ConditionKey> conditionKeysByLowerName;
  private final List<ConditionKey> templateKeys;

  Service(String prefix, String name, List<Action> actions, List<ResourceType> resourceTypes, List<ConditionKey> keys) {
    this.prefix = prefix;
    this.name = name;
    // Lower-case each name once, then sort names and actions together.
    Map<String, Action> byName = new HashMap<>(actions.size() * 2);
    for (Action action : actions) {
      byName.put(lower(action.name()), action);
    }
    this.lowerNames = byName.keySet().toArray(new String[0]);
    Arrays.sort(lowerNames);
    Action[] sorted = new Action[lowerNames.length];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = byName.get(lowerNames[i]);
    }
    this.actions = List.of(sorted);
    this.actionsByLowerName = Collections.unmodifiableMap(byName);
    this.resourceTypes = List.copyOf(resourceTypes);
    Map<String, ResourceType> types = new HashMap<>();
    resourceTypes.forEach(t -> types.put(lower(t.name()), t));
    this.resourceTypesByLowerName = Map.copyOf(types);
    this.conditionKeys = List.copyOf(keys);
    Map<String, ConditionKey> keysByName = new HashMap<>();
    List<ConditionKey> templates = new ArrayList<>();
    for (ConditionKey key : keys) {
      keysByName.put(lower(key.name()), key);
      if (key.isTemplate()) {
        templates.add(key);
      }
    }
    this.conditionKeysByLowerName = Map.copyOf(keysByName);
    this.templateKeys = List.copyOf(templates);
  }

  /** The service prefix used in actions and ARNs, e.g. {@code s3}. */
  public String prefix() {
    return prefix;
  }

  /** The display name, e.g. {@code Amazon S3}. */
  public String name() {
    return name;
  }

  /** All actions, sorted by name ignoring case. */
  public List<Action> actions() {
    return actions;
  }

  public Optional<Action> action(String actionName) {
    return Optional.ofNullable(actionsByLowerName.get(lower(actionName)));
  }

  /** The actions whose name matches {@code pattern} (the part after the colon), sorted by name. */
  public List<Action> actionsMatching(Wildcard pattern) {
    if (pattern.matchesEverything()) {
      return actions;
    }
    if (pattern.isLiteral()) {
      Action exact = actionsByLowerName.get(lower(pattern.source()));
      return exact == null ? List.of() : List.of(exact);
    }
    String literalPrefix = lower(pattern.literalPrefix());
    int from = firstAtOrAfter(literalPrefix);
    List<Action> matches = new ArrayList<>();
    for (int i = from; i < lowerNames.length && lowerNames[i].startsWith(literalPrefix); i++) {
      if (pattern.matches(lowerNames[i])) {
        matches.add(actions.get(i));
      }
    }
    return Collections.unmodifiableList(matches);
  }

  private int firstAtOrAfter(String key) {
    int found = Arrays.binarySearch(lowerNames, key);
    return found >= 0 ? found : -found - 1;
  }

  public List<ResourceType> resourceTypes() {
    return resourceTypes;
  }

  public Optional<ResourceType> resourceType(String resourceTypeName) {
    return Optional.ofNullable(resourceTypesByLowerName.get(lower(resourceTypeName)));
  }

  /** The service's condition keys as the reference lists them (templates included). */
  public List<ConditionKey> conditionKeys() {
    return conditionKeys;
  }

  /** The key declared under exactly this name or template text, ignoring case. */
  Optional<ConditionKey> declaredConditionKey(String keyName) {
    return Optional.ofNullable(conditionKeysByLowerName.get(lower(keyName)));
  }

  /** The declared key that {@code key} (as written in a policy) is, or is an instance of. */
  public Optional<ConditionKey> conditionKey(String key) {
    ConditionKey exact = conditionKeysByLowerName.get(lower(key));
    if (exact != null) {
      return Optional.of(exact);
    }
    for (ConditionKey template : templateKeys) {
      if (template.matches(key)) {
        return Optional.of(template);
      }
    }
    return Optional.empty();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return prefix;
  }
}
