package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.OidcProviderRequests;
import dev.warden.core.secret.PasswordHasher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code warden oidc set-keys} against a real Warden home. */
class OidcCommandTest {
  static final String ARN = "arn:aws:iam::123456789012:oidc-provider/idp.example.com/realms/dev";
  static RSAKey key;

  @TempDir Path dir;
  Path home;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void generate() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("dev-1").generate();
  }

  @BeforeEach
  void createProvider() {
    home = dir.resolve("home");
    try (WardenHome opened = open()) {
      opened.iam().openIdConnectProviders().createOpenIdConnectProvider(
          OidcProviderRequests.CreateProvider.of("https://idp.example.com/realms/dev", "my-app"));
    }
  }

  private WardenHome open() {
    return WardenHome.open(WardenHomeSettings.defaults(home).withAccountId("123456789012")
        .withArgon2(new PasswordHasher.Argon2Settings(64, 1, 1)));
  }

  private Run run(String... args) {
    CommandLine cli = new CommandLine(new OidcCommand(Map.of()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void setsPublicKeysTheCoreThenHands() throws Exception {
    Path jwks = dir.resolve("jwks.json");
    Files.writeString(jwks, new JWKSet(key.toPublicJWK()).toString());
    Run run = run("set-keys", "--home", home.toString(), "--provider", ARN, "--jwks", jwks.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Set 1 signing key(s) [dev-1] for " + ARN)
        .contains("issuer https://idp.example.com/realms/dev");
    try (WardenHome opened = open()) {
      var provider = opened.iam().openIdConnectProviders().findByIssuer("https://idp.example.com/realms/dev")
          .orElseThrow();
      assertThat(((RSAKey) provider.signingKeys().keySet().getKeyByKeyId("dev-1")).toRSAPublicKey())
          .isEqualTo(key.toRSAPublicKey());
    }
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("private key", "jwks.json", new JWKSet(key).toString(false), ARN, "InvalidInput",
            "private key material"),
        Arguments.of("not JSON", "jwks.json", "hello", ARN, "InvalidInput", "not a JWKS document"),
        Arguments.of("unknown provider", "jwks.json", new JWKSet(key.toPublicJWK()).toString(),
            "arn:aws:iam::123456789012:oidc-provider/other.example.com", "NoSuchEntity", "other.example.com"),
        Arguments.of("missing file", null, null, ARN, "cannot read", "missing.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesWithExitTwo(String what, String fileName, String content, String provider, String code, String detail)
      throws Exception {
    Path jwks = dir.resolve(fileName == null ? "missing.json" : fileName);
    if (content != null) {
      Files.writeString(jwks, content);
    }
    Run run = run("set-keys", "--home", home.toString(), "--provider", provider, "--jwks", jwks.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(code).contains(detail);
    assertThat(run.err()).doesNotContain(key.getPrivateExponent().toString());
    try (WardenHome opened = open()) {
      assertThat(opened.iam().openIdConnectProviders().findByArn(ARN).orElseThrow().keys()).isEmpty();
    }
  }

  @Test
  void refusesAFolderThatIsNoHome() {
    Run run = run("set-keys", "--home", dir.resolve("nowhere").toString(), "--provider", ARN,
        "--jwks", "x.json");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no Warden home");
    assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
  }

  @Test
  void isRegisteredInMain() {
    assertThat(Main.commandLine().getSubcommands()).containsKey("oidc");
    assertThat(Main.commandLine().getSubcommands().get("oidc").getSubcommands()).containsKey("set-keys");
  }
}
