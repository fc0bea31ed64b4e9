package dev.warden.catalog;

import dev.warden.policy.match.Wildcard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The AWS service reference, offline: which services and actions exist, their access levels,
 * resource types with ARN formats and condition keys with types. Built from the embedded
 * {@code iam-reference.json.gz} (see tools/catalog). Immutable and thread-safe.
 *
 * <p>{@link #get()} loads the embedded data once, on first use; servers call
 * {@link #preloadInBackground()} at start-up so that the first request does not wait for it.
 */
public final class Catalog {
  static final String RESOURCE = "/dev/warden/catalog/iam-reference.json.gz";

  private final CatalogSource source;
  private final List<Service> services;
  private final Map<String, Service> servicesByPrefix;
  private final List<Action> allActions;
  private final List<ConditionKey> globalConditionKeys;
  private final Map<String, ConditionKey> globalKeysByLowerName;
  private final List<ConditionKey> globalTemplateKeys;
  /** Every service-specific key by lower-cased name; the first service to declare a name wins. */
  private final Map<String, ConditionKey> anyServiceKeyByLowerName;
  private final List<ConditionKey> anyServiceTemplateKeys;
  /** Resource types by the literal service field of their ARN format. */
  private final Map<String, List<ResourceType>> resourceTypesByArnService;
  /** Resource types whose ARN format leaves the service open (e.g. backup's recovery points). */
  private final List<ResourceType> resourceTypesOfAnyService;

  Catalog(CatalogSource source, List<Service> services, List<ConditionKey> globalKeys) {
    this.source = source;
    List<Service> sorted = new ArrayList<>(services);
    sorted.sort(Comparator.comparing(Service::prefix));
    this.services = List.copyOf(sorted);
    Map<String, Service> byPrefix = new HashMap<>();
    List<Action> all = new ArrayList<>();
    Map<String, ConditionKey> serviceKeys = new HashMap<>();
    List<ConditionKey> serviceTemplates = new ArrayList<>();
    Map<String, List<ResourceType>> byArnService = new HashMap<>();
    List<ResourceType> anyService = new ArrayList<>();
    for (Service service : sorted) {
      byPrefix.put(service.prefix(), service);
      all.addAll(service.actions());
      for (ConditionKey key : service.conditionKeys()) {
        if (serviceKeys.putIfAbsent(Service.lower(key.name()), key) == null && key.isTemplate()) {
          serviceTemplates.add(key);
        }
      }
      for (ResourceType type : service.resourceTypes()) {
        String arnService = type.arn().service();
        if (arnService == null) {
          anyService.add(type);
        } else {
          byArnService.computeIfAbsent(arnService, s -> new ArrayList<>()).add(type);
        }
      }
    }
    this.servicesByPrefix = Map.copyOf(byPrefix);
    this.allActions = List.copyOf(all);
    List<ConditionKey> global = new ArrayList<>(globalKeys);
    global.sort(Comparator.comparing(k -> Service.lower(k.name())));
    this.globalConditionKeys = List.copyOf(global);
    Map<String, ConditionKey> globalByName = new HashMap<>();
    List<ConditionKey> globalTemplates = new ArrayList<>();
    for (ConditionKey key : global) {
      globalByName.put(Service.lower(key.name()), key);
      if (key.isTemplate()) {
        globalTemplates.add(key);
      }
    }
    this.globalKeysByLowerName = Map.copyOf(globalByName);
    this.globalTemplateKeys = List.copyOf(globalTemplates);
    this.anyServiceKeyByLowerName = Map.copyOf(serviceKeys);
    this.anyServiceTemplateKeys = List.copyOf(serviceTemplates);
    Map<String, List<ResourceType>> frozen = new HashMap<>();
    byArnService.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.resourceTypesByArnService = Map.copyOf(frozen);
    this.resourceTypesOfAnyService = List.copyOf(anyService);
  }

  private static final class Embedded {
    static final Catalog INSTANCE = loadEmbedded();
  }

  /** The embedded catalogue, loaded on first call (callers racing the first load wait for it). */
  public static Catalog get() {
    return Embedded.INSTANCE;
  }

  /** Starts loading the embedded catalogue on a daemon thread and returns at once. */
  public static void preloadInBackground() {
    Thread loader = new Thread(Catalog::get, "warden-catalog-preload");
    loader.setDaemon(true);
    loader.start();
  }

  /** Reads a gzipped reference document (the embedded format); for tests and benchmarks. */
  public static Catalog load(InputStream gzipped) {
    try (InputStream json = new GZIPInputStream(gzipped, 1 << 16)) {
      return CatalogReader.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the IAM reference data", e);
    }
  }

  /** Reads the embedded resource afresh, bypassing the shared instance; for measurements. */
  public static Catalog loadEmbedded() {
    InputStream in = Catalog.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new CatalogDataException("resource " + RESOURCE + " is missing from the class path");
    }
    return load(in);
  }

  /** The npm package and version the data was generated from. */
  public CatalogSource source() {
    return source;
  }

  /** All services, sorted by prefix. */
  public List<Service> services() {
    return services;
  }

  public Optional<Service> service(String prefix) {
    return Optional.ofNullable(servicesByPrefix.get(Service.lower(prefix)));
  }

  /** Every action of every service, sorted by service prefix then name. */
  public List<Action> actions() {
    return allActions;
  }

  /** The action named {@code service:Name}, ignoring case; empty for unknown or malformed names. */
  public Optional<Action> action(String fullName) {
    int colon = fullName.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return service(fullName.substring(0, colon)).flatMap(s -> s.action(fullName.substring(colon + 1)));
  }

  /**
   * The actions an Action entry of a policy grants, e.g. {@code s3:Get*}, {@code *:*}, {@code *} or
   * {@code iam:PassRole}, sorted by service then name. {@code *} and {@code ?} are wildcards and case
   * is ignored. Answered from the index: whole-service and everything patterns return precomputed
   * lists, other patterns search only the name range that shares their literal prefix.
   */
  public List<Action> expand(String pattern) {
    if (pattern.equals("*")) {
      return allActions;
    }
    int colon = pattern.indexOf(':');
    if (colon < 0 || pattern.indexOf(':', colon + 1) >= 0) {
      return List.of(); // no service prefix: IAM matches nothing
    }
    String servicePart = pattern.substring(0, colon);
    Wildcard actionPattern = Wildcard.compile(pattern.substring(colon + 1), true);
    Wildcard servicePattern = Wildcard.compile(servicePart, true);
    if (servicePattern.isLiteral()) {
      return service(servicePart).map(s -> s.actionsMatching(actionPattern)).orElse(List.of());
    }
    if (servicePattern.matchesEverything() && actionPattern.matchesEverything()) {
      return allActions;
    }
    List<Action> matches = new ArrayList<>();
    for (Service service : services) {
      if (servicePattern.matches(service.prefix())) {
        matches.addAll(service.actionsMatching(actionPattern));
      }
    }
    return Collections.unmodifiableList(matches);
  }

  /** The services whose prefix matches {@code pattern} (wildcards allowed), sorted by prefix. */
  public List<Service> servicesMatching(String pattern) {
    Wildcard wildcard = Wildcard.compile(pattern, true);
    if (wildcard.isLiteral()) {
      return service(pattern).map(List::of).orElse(List.of());
    }
    List<Service> matches = new ArrayList<>();
    for (Service service : services) {
      if (wildcard.matches(service.prefix())) {
        matches.add(service);
      }
    }
    return List.copyOf(matches);
  }

  /**
   * The resource types an ARN (as written in a policy; wildcards allowed) can be, most specific
   * first: types of the service named in the ARN before types another service borrows, then by how
   * much of the ARN format is fixed text. {@code arn:aws:s3:::b/k} gives s3/object first.
   */
  public List<ResourceType> resourceTypesMatching(String arn) {
    String[] fields = arn.split(":", 6);
    if (fields.length < 6 || !fields[0].equals("arn")) {
      return List.of();
    }
    String arnService = fields[2];
    List<ResourceType> candidates = new ArrayList<>();
    if (arnService.contains("*") || arnService.contains("?") || arnService.contains("${")) {
      resourceTypesByArnService.values().forEach(candidates::addAll);
    } else {
      candidates.addAll(resourceTypesByArnService.getOrDefault(arnService, List.of()));
    }
    candidates.addAll(resourceTypesOfAnyService);
    List<ResourceType> matches = new ArrayList<>();
    for (ResourceType type : candidates) {
      if (type.matches(arn)) {
        matches.add(type);
      }
    }
    matches.sort(Comparator.<ResourceType>comparingInt(t -> t.service().equals(arnService) ? 0 : 1)
        .thenComparing(Comparator.<ResourceType>comparingInt(t -> t.arn().literalCount()).reversed())
        .thenComparing(ResourceType::service)
        .thenComparing(ResourceType::name));
    return List.copyOf(matches);
  }

  /** The most specific resource type of an ARN, if any fits. */
  public Optional<ResourceType> resourceTypeOf(String arn) {
    List<ResourceType> matches = resourceTypesMatching(arn);
    return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
  }

  /** The resource types an action acts on, resolved in the action's service. */
  public List<ResourceType> resourceTypesOf(Action action) {
    Optional<Service> service = service(action.service());
    List<ResourceType> types = new ArrayList<>();
    for (ActionResource resource : action.resourceTypes()) {
      service.flatMap(s -> s.resourceType(resource.resourceType())).ifPresent(types::add);
    }
    return List.copyOf(types);
  }

  /** The global condition keys ({@code aws:SourceIp}, ...), sorted by name ignoring case. */
  public List<ConditionKey> globalConditionKeys() {
    return globalConditionKeys;
  }

  /** The global key that {@code key} is, or is an instance of ({@code aws:PrincipalTag/team}). */
  public Optional<ConditionKey> globalConditionKey(String key) {
    ConditionKey exact = globalKeysByLowerName.get(Service.lower(key));
    if (exact != null) {
      return Optional.of(exact);
    }
    return globalTemplateKeys.stream().filter(k -> k.matches(key)).findFirst();
  }

  /**
   * Resolves a condition key as written in a policy: a global key first, then a key of the service
   * named by its prefix, then a key any service declares (sts declares {@code saml:sub} and other
   * identity-provider keys).
   */
  public Optional<ConditionKey> conditionKey(String key) {
    Optional<ConditionKey> global = globalConditionKey(key);
    if (global.isPresent()) {
      return global;
    }
    int colon = key.indexOf(':');
    if (colon > 0) {
      Optional<ConditionKey> own = service(key.substring(0, colon)).flatMap(s -> s.conditionKey(key));
      if (own.isPresent()) {
        return own;
      }
    }
    ConditionKey exact = anyServiceKeyByLowerName.get(Service.lower(key));
    if (exact != null) {
      return Optional.of(exact);
    }
    return anyServiceTemplateKeys.stream().filter(k -> k.matches(key)).findFirst();
  }

  /**
   * The condition keys an action supports beyond the global ones: those AWS lists on the action,
   * on each of its resource types for this action, and on the resource types themselves. Sorted by
   * name ignoring case, without duplicates.
   */
  public List<ConditionKey> supportedConditionKeys(Action action) {
    Service service = servicesByPrefix.get(action.service());
    Map<String, ConditionKey> keys = new LinkedHashMap<>();
    for (String name : action.conditionKeys()) {
      resolveDeclared(service, name).ifPresent(k -> keys.putIfAbsent(Service.lower(k.name()), k));
    }
    for (ActionResource resource : action.resourceTypes()) {
      for (String name : resource.conditionKeys()) {
        resolveDeclared(service, name).ifPresent(k -> keys.putIfAbsent(Service.lower(k.name()), k));
      }
      Optional<ResourceType> type = service == null ? Optional.empty() : service.resourceType(resource.resourceType());
      for (String name : type.map(ResourceType::conditionKeys).orElse(List.of())) {
        resolveDeclared(service, name).ifPresent(k -> keys.putIfAbsent(Service.lower(k.name()), k));
      }
    }
    List<ConditionKey> sorted = new ArrayList<>(keys.values());
    sorted.sort(Comparator.comparing(k -> Service.lower(k.name())));
    return List.copyOf(sorted);
  }

  /** Whether {@code key} (as written in a policy) is one of {@link #supportedConditionKeys}. */
  public boolean supportsConditionKey(Action action, String key) {
    for (ConditionKey supported : supportedConditionKeys(action)) {
      if (supported.matches(key)) {
        return true;
      }
    }
    return false;
  }

  /** A key name as the reference writes it in a list, resolved to its declaration and type. */
  private Optional<ConditionKey> resolveDeclared(Service service, String name) {
    Optional<ConditionKey> declared = service == null ? Optional.empty() : service.declaredConditionKey(name);
    if (declared.isPresent()) {
      return declared;
    }
    ConditionKey elsewhere = anyServiceKeyByLowerName.get(Service.lower(name));
    if (elsewhere != null) {
      return Optional.of(elsewhere);
    }
    return globalConditionKey(name);
  }
}
