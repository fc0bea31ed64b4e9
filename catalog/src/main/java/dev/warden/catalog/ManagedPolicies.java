package dev.warden.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The AWS managed policies, offline (default versions only), from the embedded
 * {@code aws-managed-policies.json.gz}. Loaded separately from {@link Catalog} because the policy
 * engine and the validator do not need it. Immutable and thread-safe.
 */
public final class ManagedPolicies {
  static final String RESOURCE = "/dev/warden/catalog/aws-managed-policies.json.gz";
  private static final String ARN_MARKER = ":iam::aws:policy/";

  private final CatalogSource source;
  private final List<ManagedPolicy> policies;
  private final Map<String, ManagedPolicy> byLowerName;

  ManagedPolicies(CatalogSource source, List<ManagedPolicy> policies) {
    this.source = source;
    this.policies = List.copyOf(policies);
    Map<String, ManagedPolicy> names = new HashMap<>(policies.size() * 2);
    for (ManagedPolicy policy : policies) {
      if (names.put(policy.name().toLowerCase(Locale.ROOT), policy) != null) {
        throw new CatalogDataException("managed policy name " + policy.name() + " appears twice (ignoring case)");
      }
    }
    this.byLowerName = Map.copyOf(names);
  }

  private static final class Embedded {
    static final ManagedPolicies INSTANCE = loadEmbedded();
  }

  /** The embedded policies, loaded on first call. */
  public static ManagedPolicies get() {
    return Embedded.INSTANCE;
  }

  /** Starts loading the embedded policies on a daemon thread and returns at once. */
  public static void preloadInBackground() {
    Thread loader = new Thread(ManagedPolicies::get, "warden-managed-policies-preload");
    loader.setDaemon(true);
    loader.start();
  }

  public static ManagedPolicies load(InputStream gzipped) {
    try (InputStream json = new GZIPInputStream(gzipped, 1 << 16)) {
      return ManagedPolicyReader.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the AWS managed policies", e);
    }
  }

  /** Reads the embedded resource afresh, bypassing the shared instance; for measurements. */
  public static ManagedPolicies loadEmbedded() {
    InputStream in = ManagedPolicies.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new CatalogDataException("resource " + RESOURCE + " is missing from the class path");
    }
    return load(in);
  }

  public CatalogSource source() {
    return source;
  }

  /** All policies, sorted by name. */
  public List<ManagedPolicy> all() {
    return policies;
  }

  /**
   * Finds a policy by name ({@code AmazonS3ReadOnlyAccess}), by path and name
   * ({@code service-role/AWSLambdaBasicExecutionRole}) or by ARN in any partition
   * ({@code arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole}). Names are unique
   * ignoring case, so case is ignored; a path, when given, must be the policy's path.
   */
  public Optional<ManagedPolicy> find(String nameOrArn) {
    String pathAndName = nameOrArn.trim();
    if (pathAndName.startsWith("arn:")) {
      int marker = pathAndName.indexOf(ARN_MARKER);
      if (marker < 0 || pathAndName.indexOf(':') != 3 || marker <= "arn:".length()) {
        return Optional.empty();
      }
      pathAndName = pathAndName.substring(marker + ARN_MARKER.length());
    }
    int slash = pathAndName.lastIndexOf('/');
    String name = pathAndName.substring(slash + 1);
    String path = slash < 0 ? null : "/" + pathAndName.substring(0, slash + 1).replaceFirst("^/", "");
    ManagedPolicy policy = byLowerName.get(name.toLowerCase(Locale.ROOT));
    if (policy == null || (path != null && !policy.path().equalsIgnoreCase(path))) {
      return Optional.empty();
    }
    return Optional.of(policy);
  }
}
