package dev.warden.cli;

import dev.warden.core.home.AwsCliProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The environment of a workload: the parent's, without any key, profile or other credential source,
 * plus the variables that make every AWS SDK fetch the role's credentials from Warden (the container
 * endpoint, or IMDS for an instance profile) and reach Warden's endpoint in the caller's region.
 *
 * <p>The shared files point at a generated, key-free config ({@code [default]} with region and
 * endpoint) and an empty credentials file: otherwise the SDKs' default chains would read a profile
 * with keys (e.g. {@code ~/.aws/credentials}) before they ask the container endpoint or IMDS.
 */
final class ChildEnvironment implements AutoCloseable {

  /** Credential sources the SDKs read before the container endpoint and IMDS, and stale workload settings. */
  static final Set<String> REMOVED = Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
      "AWS_SECURITY_TOKEN", "AWS_CREDENTIAL_EXPIRATION", "AWS_PROFILE", "AWS_DEFAULT_PROFILE",
      "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_ROLE_SESSION_NAME",
      "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
      "AWS_CONTAINER_AUTHORIZATION_TOKEN", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
      "AWS_EC2_METADATA_SERVICE_ENDPOINT", "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "AWS_EC2_METADATA_DISABLED",
      "AWS_EC2_METADATA_V1_DISABLED", "WARDEN_MASTER_KEY");

  private final Path directory;
  private final Map<String, String> variables;
  private final Map<String, String> set;
  private final List<String> unset;

  private ChildEnvironment(Path directory, Map<String, String> variables, Map<String, String> set, List<String> unset) {
    this.directory = directory;
    this.variables = variables;
    this.set = set;
    this.unset = unset;
  }

  /** @param viaInstanceMetadata IMDS ({@code --instance-profile}) instead of the container endpoint */
  static ChildEnvironment create(Map<String, String> parent, CallerSettings caller, RegisteredWorkload workload,
      boolean viaInstanceMetadata) throws IOException {
    Path directory = Files.createTempDirectory("warden-workload-",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Path config = directory.resolve("config");
    Path credentials = directory.resolve("credentials");
    Files.writeString(config, "# Written by warden for workload " + workload.workloadId() + ": no keys here.\n"
        + "[default]\nregion = " + caller.region() + "\nendpoint_url = " + caller.endpoint() + "\n"
        + AwsCliProfile.S3_SIGV4);
    Files.writeString(credentials, "# Written by warden for workload " + workload.workloadId()
        + ": no keys; the SDKs get role credentials from Warden.\n");

    Map<String, String> variables = new TreeMap<>(parent);
    List<String> unset = new ArrayList<>();
    for (Map.Entry<String, String> variable : parent.entrySet()) {
      if (REMOVED.contains(variable.getKey()) || carriesCallerKey(variable.getValue(), caller)) {
        unset.add(variable.getKey());
      }
    }
    unset.forEach(variables::remove);
    Map<String, String> set = new LinkedHashMap<>();
    set.put("AWS_CONFIG_FILE", config.toString());
    set.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
    if (viaInstanceMetadata) {
      set.put("AWS_EC2_METADATA_SERVICE_ENDPOINT", workload.metadataEndpoint());
    } else {
      set.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", workload.containerCredentialsFullUri());
      set.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", workload.authorizationToken());
    }
    // Exported even when the parent has it: `warden workload` lines may be pasted into a shell that does not.
    set.put("AWS_ENDPOINT_URL", parent.getOrDefault("AWS_ENDPOINT_URL", caller.endpoint()));
    set.put("AWS_REGION", caller.region());
    set.put("AWS_DEFAULT_REGION", caller.region());
    variables.putAll(set);
    return new ChildEnvironment(directory, Map.copyOf(variables), Collections.unmodifiableMap(set),
        List.copyOf(unset));
  }

  /** A variable that holds the caller's key id or secret under another name is not passed on either. */
  private static boolean carriesCallerKey(String value, CallerSettings caller) {
    return value != null && (value.contains(caller.accessKeyId())
        || caller.sessionToken().filter(value::contains).isPresent() || caller.secret().appearsIn(value));
  }

  /** The child's complete environment. */
  Map<String, String> variables() {
    return variables;
  }

  /** The variables set or replaced, for export lines. */
  Map<String, String> set() {
    return set;
  }

  /** The parent's variables the child does not get. */
  List<String> unset() {
    return unset;
  }

  /** Removes the generated files. */
  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Only two key-free files in a private temporary folder are left behind.
    }
  }
}
