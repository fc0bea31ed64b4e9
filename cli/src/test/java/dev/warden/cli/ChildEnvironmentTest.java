package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The workload's environment: Warden's variables in, every key and profile out, key-free files. */
class ChildEnvironmentTest {

  static final CallerSettings CALLER = new CallerSettings("AKIACALLER", new SigningSecret("caller-secret"),
      Optional.of("caller-token"), "http://127.0.0.1:18080", "eu-west-1", "test");
  static final RegisteredWorkload WORKLOAD = new RegisteredWorkload("wl-1",
      "http://127.0.0.1:18080/_warden/workloads/wl-1/credentials", "tok", "http://127.0.0.1:18080/_warden/imds/wl-1/",
      "arn:aws:iam::123456789012:role/r", "r", Optional.empty());
  static final Map<String, String> PARENT = Map.of("PATH", "/bin", "AWS_ACCESS_KEY_ID", "AKIACALLER",
      "AWS_SECRET_ACCESS_KEY", "caller-secret", "AWS_SESSION_TOKEN", "caller-token", "AWS_PROFILE", "warden",
      "STASHED", "prefix-caller-secret", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/x",
      "AWS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt",
      // botocore and the JavaScript SDK prefer the token file to AWS_CONTAINER_AUTHORIZATION_TOKEN (wire-protocol.md §4.1)
      "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", "/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/token",
      "AWS_EC2_METADATA_DISABLED", "true");

  @Test
  void containerVariablesAndNoKey() throws Exception {
    try (ChildEnvironment child = ChildEnvironment.create(PARENT, CALLER, WORKLOAD, false)) {
      Map<String, String> env = child.variables();

      assertThat(env).containsEntry("PATH", "/bin").containsEntry("AWS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
          .containsEntry("AWS_CONTAINER_CREDENTIALS_FULL_URI", WORKLOAD.containerCredentialsFullUri())
          .containsEntry("AWS_CONTAINER_AUTHORIZATION_TOKEN", "tok")
          .containsEntry("AWS_ENDPOINT_URL", "http://127.0.0.1:18080").containsEntry("AWS_REGION", "eu-west-1")
          .doesNotContainKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
              "STASHED", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_EC2_METADATA_SERVICE_ENDPOINT",
              "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE");
      assertThat(String.join("\n", env.values())).doesNotContain("caller-secret").doesNotContain("AKIACALLER");
      String files = Files.readString(Path.of(env.get("AWS_CONFIG_FILE")))
          + Files.readString(Path.of(env.get("AWS_SHARED_CREDENTIALS_FILE")));
      assertThat(files).contains("region = eu-west-1").doesNotContain("aws_access_key_id")
          .doesNotContain("caller-secret");
    }
  }

  @Test
  void instanceMetadataInsteadOfTheContainerEndpoint() throws Exception {
    try (ChildEnvironment child = ChildEnvironment.create(PARENT, CALLER, WORKLOAD, true)) {
      assertThat(child.variables())
          .containsEntry("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:18080/_warden/imds/wl-1/")
          .doesNotContainKeys("AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_AUTHORIZATION_TOKEN",
              "AWS_EC2_METADATA_DISABLED");
    }
  }

  @Test
  void closingRemovesTheGeneratedFiles() throws Exception {
    Path config;
    try (ChildEnvironment child = ChildEnvironment.create(PARENT, CALLER, WORKLOAD, false)) {
      config = Path.of(child.variables().get("AWS_CONFIG_FILE"));
      assertThat(config).exists();
    }
    assertThat(config).doesNotExist();
    assertThat(config.getParent()).doesNotExist();
  }
}
