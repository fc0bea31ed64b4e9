package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The caller and endpoint found in the order the AWS SDKs use. */
class CallerSettingsTest {

  @TempDir Path dir;
  Path credentials;
  Path config;

  @BeforeEach
  void files() throws Exception {
    credentials = dir.resolve("credentials");
    config = dir.resolve("config");
    Files.writeString(credentials, """
        [default]
        aws_access_key_id = AKIADEFAULT
        aws_secret_access_key = default-secret
        [warden]
        aws_access_key_id = AKIAWARDEN
        aws_secret_access_key = warden-secret
        aws_session_token = warden-token
        """);
    Files.writeString(config, """
        [default]
        region = eu-west-1
        [profile warden]
        region = us-east-1
        endpoint_url = http://127.0.0.1:18080/
        s3 =
          addressing_style = path
        """);
  }

  Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", dir.toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
    env.put("AWS_CONFIG_FILE", config.toString());
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  static Stream<Arguments> sources() {
    return Stream.of(
        Arguments.of("variables win over the profile", new String[] {"AWS_ACCESS_KEY_ID", "AKIAENV",
            "AWS_SECRET_ACCESS_KEY", "s", "AWS_PROFILE", "warden"}, "AKIAENV", Optional.empty(),
            "http://127.0.0.1:18080", "us-east-1"),
        Arguments.of("the named profile, its token, endpoint and region", new String[] {"AWS_PROFILE", "warden"},
            "AKIAWARDEN", Optional.of("warden-token"), "http://127.0.0.1:18080", "us-east-1"),
        Arguments.of("the default profile; AWS_ENDPOINT_URL", new String[] {"AWS_ENDPOINT_URL", "http://h:1"},
            "AKIADEFAULT", Optional.empty(), "http://h:1", "eu-west-1"),
        Arguments.of("AWS_ENDPOINT_URL_STS before AWS_ENDPOINT_URL; AWS_REGION before the profile",
            new String[] {"AWS_ENDPOINT_URL", "http://h:1", "AWS_ENDPOINT_URL_STS", "http://sts:2",
                "AWS_REGION", "ap-south-1"}, "AKIADEFAULT", Optional.empty(), "http://sts:2", "ap-south-1"),
        Arguments.of("AWS_DEFAULT_PROFILE when AWS_PROFILE is unset", new String[] {"AWS_DEFAULT_PROFILE", "warden"},
            "AKIAWARDEN", Optional.of("warden-token"), "http://127.0.0.1:18080", "us-east-1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void findsCallerEndpointAndRegion(String why, String[] pairs, String keyId, Optional<String> token, String endpoint,
      String region) throws Exception {
    CallerSettings settings = CallerSettings.resolve(env(pairs));

    assertThat(settings.accessKeyId()).isEqualTo(keyId);
    assertThat(settings.sessionToken()).isEqualTo(token);
    assertThat(settings.endpoint()).isEqualTo(endpoint);
    assertThat(settings.region()).isEqualTo(region);
  }

  @Test
  void saysWhatIsMissing() {
    assertThatThrownBy(() -> CallerSettings.resolve(env("AWS_PROFILE", "nope")))
        .hasMessageContaining("no AWS credentials found").hasMessageContaining("no such profile");
    assertThatThrownBy(() -> CallerSettings.resolve(env()))
        .hasMessageContaining("no Warden endpoint");
  }

  @Test
  void neverPrintsTheSecret() throws Exception {
    assertThat(CallerSettings.resolve(env("AWS_PROFILE", "warden")).toString()).doesNotContain("warden-secret");
  }
}
