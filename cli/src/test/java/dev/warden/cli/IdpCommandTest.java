package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.warden.core.model.SamlProvider;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.oidc.OidcProvider;
import dev.warden.server.oidc.VerifiedWebIdentity;
import dev.warden.server.oidc.WebIdentityTokenVerifier;
import dev.warden.server.saml.SamlProviderMetadata;
import dev.warden.server.saml.SamlResponseVerifier;
import dev.warden.server.saml.VerifiedSamlAssertion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code warden idp}: what it prints is accepted by the server's own SAML and OIDC verifiers (the
 * same classes AssumeRoleWithSAML and AssumeRoleWithWebIdentity use), and refused where it should be.
 */
class IdpCommandTest {
  static final String ACCOUNT = "123456789012";
  static final String PROVIDER = "arn:aws:iam::" + ACCOUNT + ":saml-provider/TestIdp";
  static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/federated";
  static final String ISSUER = "https://token.example.test";
  static final String OIDC_ARN = "arn:aws:iam::" + ACCOUNT + ":oidc-provider/token.example.test";
  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @TempDir Path dir;
  Path idp;

  record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    return runAt(NOW, args);
  }

  private Run runAt(Instant now, String... args) {
    AtomicInteger counter = new AtomicInteger();
    CommandLine cli = new CommandLine(new IdpCommand(Map.of("WARDEN_HOME", dir.resolve("home").toString()),
        Clock.fixed(now, ZoneOffset.UTC), () -> "_id" + counter.incrementAndGet()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @BeforeEach
  void init() {
    idp = dir.resolve("idp");
    Run run = run("init", "--dir", idp.toString());
    assertThat(run.exit()).as(run.err()).isZero();
  }

  private String metadata(String... extra) {
    Run run = run(Stream.concat(Stream.of("saml-metadata", "--dir", idp.toString()), Stream.of(extra))
        .toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    return run.out();
  }

  private VerifiedSamlAssertion verifySaml(String metadata, String response, Instant at) {
    SamlProvider provider = new SamlProvider(ACCOUNT, PROVIDER, "TestIdp", metadata, null, List.of(), NOW);
    return new SamlResponseVerifier(arn -> arn.equals(PROVIDER) ? Optional.of(provider) : Optional.empty())
        .verify(response.strip(), PROVIDER, at);
  }

  private String samlResponse(String... extra) {
    Run run = run(Stream.concat(Stream.of("saml-response", "--dir", idp.toString(), "--role", ROLE,
        "--provider", PROVIDER, "--subject", "alice", "--session-name", "alice-session"), Stream.of(extra))
        .toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    return run.out();
  }

  @Test
  void initWritesAnOwnerOnlyTestKeyAndACertificate() throws Exception {
    Path key = idp.resolve(TestIdpKeys.PRIVATE_KEY_FILE);
    assertThat(key.getFileName().toString()).startsWith("TEST-ONLY");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    assertThat(Files.readString(key)).contains("for local tests only").contains("BEGIN PRIVATE KEY");
    TestIdpKeys keys = TestIdpKeys.loadFrom(idp);
    assertThat(keys.certificate().getNotBefore().toInstant()).isEqualTo(NOW);
    assertThat(keys.certificate().getNotAfter().toInstant()).isEqualTo(NOW.plus(TestIdpKeys.VALIDITY));
    assertThat(keys.publicKey().getModulus().bitLength()).isEqualTo(2048);
    keys.certificate().verify(keys.publicKey()); // self-signed
  }

  @Test
  void initRefusesToReplaceAnIdpUnlessForced() throws Exception {
    byte[] before = Files.readAllBytes(idp.resolve(TestIdpKeys.CERTIFICATE_FILE));
    Run refused = run("init", "--dir", idp.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("already exists").contains("--force");
    assertThat(Files.readAllBytes(idp.resolve(TestIdpKeys.CERTIFICATE_FILE))).isEqualTo(before);

    assertThat(run("init", "--dir", idp.toString(), "--force").exit()).isZero();
    assertThat(Files.readAllBytes(idp.resolve(TestIdpKeys.CERTIFICATE_FILE))).isNotEqualTo(before);
  }

  @Test
  void theDefaultFolderIsInsideWardenHome() {
    assertThat(run("init").exit()).isZero();
    assertThat(dir.resolve("home").resolve("test-idp").resolve(TestIdpKeys.PRIVATE_KEY_FILE)).isRegularFile();
    assertThat(run("oidc-jwks").exit()).isZero();
  }

  @Test
  void metadataCarriesTheCertificateAndIsLongEnoughForBotocore() throws Exception {
    String metadata = metadata("--entity-id", "https://idp.example.test/a&b");
    assertThat(metadata.length()).isGreaterThanOrEqualTo(1000);
    SamlProviderMetadata parsed = SamlProviderMetadata.parse(metadata);
    assertThat(parsed.entityId()).isEqualTo("https://idp.example.test/a&b");
    assertThat(parsed.signingCertificates()).containsExactly(TestIdpKeys.loadFrom(idp).certificate());
  }

  static Stream<Arguments> signedParts() {
    return Stream.of(Arguments.of("response"), Arguments.of("assertion"));
  }

  @ParameterizedTest(name = "signed {0}")
  @MethodSource("signedParts")
  void aResponseIsAcceptedByTheServersVerifier(String signed) {
    String response = samlResponse("--sign", signed, "--tag", "team=blue", "--tag", "cost=42",
        "--transitive-tag-key", "team", "--source-identity", "alice@example.com", "--session-duration", "1800",
        "--attribute", "urn:oid:1.3.6.1.4.1.5923.1.1.1.1=staff", "--attribute", "urn:oid:1.3.6.1.4.1.5923.1.1.1.1=member",
        "--attribute", "https://aws.amazon.com/SAML/Attributes/Note=<a & b>");
    String xml = new String(Base64.getDecoder().decode(response.strip()), StandardCharsets.UTF_8);
    assertThat(xml).contains("<ds:SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/>")
        .contains("http://www.w3.org/2001/10/xml-exc-c14n#").contains("&lt;a &amp; b&gt;");

    VerifiedSamlAssertion verified = verifySaml(metadata(), response, NOW.plusSeconds(10));
    assertThat(verified.subject()).isEqualTo("alice");
    assertThat(verified.subjectType()).isEqualTo("persistent");
    assertThat(verified.roleSessionName()).isEqualTo("alice-session");
    assertThat(verified.grants(ROLE, PROVIDER)).isTrue();
    assertThat(verified.recipient()).isEqualTo("https://signin.aws.amazon.com/saml");
    assertThat(verified.sessionTags()).extracting(t -> t.key() + "=" + t.value()).containsExactly("team=blue", "cost=42");
    assertThat(verified.transitiveTagKeys()).containsExactly("team");
    assertThat(verified.sourceIdentity()).contains("alice@example.com");
    assertThat(verified.conditionKeys())
        .containsEntry("saml:aud", List.of("https://signin.aws.amazon.com/saml"))
        .containsEntry("saml:sub", List.of("alice"))
        .containsEntry("saml:iss", List.of(TestIdpSamlMetadata.DEFAULT_ENTITY_ID))
        .containsEntry("saml:edupersonaffiliation", List.of("staff", "member"));
  }

  /** Each row: when the response is presented, and the error code the server answers (null: accepted). */
  static Stream<Arguments> validityWindow() {
    return Stream.of(
        Arguments.of("at once", 0L, null),
        Arguments.of("just before --valid-for ends", 59L, null),
        Arguments.of("past --valid-for and the clock skew", 60L + 301L, AwsErrorCode.EXPIRED_TOKEN_EXCEPTION));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validityWindow")
  void aResponseIsValidForItsWindow(String when, long secondsLater, AwsErrorCode expected) {
    String response = samlResponse("--valid-for", "60");
    Instant at = NOW.plusSeconds(secondsLater);
    if (expected == null) {
      assertThat(verifySaml(metadata(), response, at).subject()).isEqualTo("alice");
    } else {
      assertThatThrownBy(() -> verifySaml(metadata(), response, at))
          .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.code()).isEqualTo(expected));
    }
  }

  /** Each row: --subject-format, and saml:sub_type as the server reports it. */
  static Stream<Arguments> subjectFormats() {
    return Stream.of(
        Arguments.of("transient", "transient"),
        Arguments.of("emailAddress", "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"),
        Arguments.of("urn:example:format", "urn:example:format"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subjectFormats")
  void theSubjectFormatBecomesSubType(String format, String subType) {
    VerifiedSamlAssertion verified = verifySaml(metadata(), samlResponse("--subject-format", format), NOW);
    assertThat(verified.conditionKeys()).containsEntry("saml:sub_type", List.of(subType));
  }

  @Test
  void anotherIdpsMetadataDoesNotVouchForTheResponse() {
    String response = samlResponse();
    Path other = dir.resolve("other");
    assertThat(run("init", "--dir", other.toString()).exit()).isZero();
    String otherMetadata = run("saml-metadata", "--dir", other.toString()).out();
    assertThatThrownBy(() -> verifySaml(otherMetadata, response, NOW))
        .isInstanceOfSatisfying(AwsError.class,
            e -> assertThat(e.code()).isEqualTo(AwsErrorCode.INVALID_IDENTITY_TOKEN));
    assertThatThrownBy(() -> verifySaml(metadata("--entity-id", "urn:other"), response, NOW))
        .isInstanceOfSatisfying(AwsError.class,
            e -> assertThat(e.code()).isEqualTo(AwsErrorCode.INVALID_IDENTITY_TOKEN));
  }

  private VerifiedWebIdentity verifyToken(String token, Instant at) throws Exception {
    JWKSet keys = JWKSet.parse(run("oidc-jwks", "--dir", idp.toString()).out());
    OidcProvider provider = new OidcProvider(OIDC_ARN, ISSUER, List.of("sts.amazonaws.com"), keys);
    return new WebIdentityTokenVerifier(issuer -> issuer.equals(ISSUER) ? Optional.of(provider) : Optional.empty())
        .verify(token.strip(), at);
  }

  @Test
  void theJwksIsPublicAndNamesTheTokensKey() throws Exception {
    Run jwks = run("oidc-jwks", "--dir", idp.toString());
    assertThat(jwks.exit()).isZero();
    JWKSet keys = JWKSet.parse(jwks.out());
    assertThat(keys.getKeys()).hasSize(1);
    assertThat(keys.getKeys().get(0).isPrivate()).isFalse();
    assertThat(jwks.out()).doesNotContain("\"d\"").doesNotContain("\"p\"");
    String token = run("oidc-token", "--dir", idp.toString(), "--issuer", ISSUER, "--subject", "s",
        "--audience", "sts.amazonaws.com").out().strip();
    assertThat(SignedJWT.parse(token).getHeader().getKeyID()).isEqualTo(keys.getKeys().get(0).getKeyID());
  }

  @Test
  void aTokenIsAcceptedByTheServersVerifier() throws Exception {
    Run run = run("oidc-token", "--dir", idp.toString(), "--issuer", ISSUER, "--subject", "repo:acme/app:ref:main",
        "--audience", "sts.amazonaws.com", "--claim", "repository=acme/app", "--valid-for", "600");
    assertThat(run.exit()).as(run.err()).isZero();
    SignedJWT jwt = SignedJWT.parse(run.out().strip());
    assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(NOW);
    assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(600));
    assertThat(jwt.getJWTClaimsSet().getJWTID()).isEqualTo("_id1");
    assertThat(jwt.getJWTClaimsSet().getStringClaim("repository")).isEqualTo("acme/app");

    VerifiedWebIdentity verified = verifyToken(run.out(), NOW.plusSeconds(5));
    assertThat(verified.subject()).isEqualTo("repo:acme/app:ref:main");
    assertThat(verified.audience()).isEqualTo("sts.amazonaws.com");
    assertThat(verified.conditionKeys()).containsEntry("token.example.test:sub", List.of("repo:acme/app:ref:main"));

    assertThatThrownBy(() -> verifyToken(run.out(), NOW.plusSeconds(600 + 61)))
        .isInstanceOfSatisfying(AwsError.class,
            e -> assertThat(e.code()).isEqualTo(AwsErrorCode.EXPIRED_TOKEN_EXCEPTION));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("no IdP yet", new String[] {"oidc-jwks", "--dir", "NOWHERE"}, "no test IdP in"),
        Arguments.of("no IdP for metadata", new String[] {"saml-metadata", "--dir", "NOWHERE"}, "warden idp init"),
        Arguments.of("unknown --sign", new String[] {"saml-response", "--role", ROLE, "--provider", PROVIDER,
            "--subject", "a", "--session-name", "ab", "--sign", "both"}, "--sign must be response or assertion"),
        Arguments.of("unknown --subject-format", new String[] {"saml-response", "--role", ROLE, "--provider", PROVIDER,
            "--subject", "a", "--session-name", "ab", "--subject-format", "email"}, "--subject-format must be"),
        Arguments.of("tag without =", new String[] {"saml-response", "--role", ROLE, "--provider", PROVIDER,
            "--subject", "a", "--session-name", "ab", "--tag", "team"}, "--tag takes NAME=VALUE"),
        Arguments.of("zero --valid-for", new String[] {"saml-response", "--role", ROLE, "--provider", PROVIDER,
            "--subject", "a", "--session-name", "ab", "--valid-for", "0"}, "--valid-for must be a positive"),
        Arguments.of("response over STS's 100,000 characters", new String[] {"saml-response", "--dir", "IDP",
            "--role", ROLE, "--provider", PROVIDER, "--subject", "a", "--session-name", "ab",
            "--attribute", "big=" + "x".repeat(80_000)}, "AssumeRoleWithSAML takes at most 100000"),
        Arguments.of("claim replacing sub", new String[] {"oidc-token", "--issuer", ISSUER, "--subject", "a",
            "--audience", "x", "--claim", "sub=root"}, "--claim cannot set sub"),
        Arguments.of("claim without name", new String[] {"oidc-token", "--issuer", ISSUER, "--subject", "a",
            "--audience", "x", "--claim", "=v"}, "--claim takes NAME=VALUE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesWithExitTwo(String what, String[] args, String message) {
    Map<String, String> placeholders = Map.of("NOWHERE", dir.resolve("nowhere").toString(), "IDP", idp.toString());
    String[] resolved = Stream.of(args).map(a -> placeholders.getOrDefault(a, a)).toArray(String[]::new);
    Run run = run(resolved);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(message);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void isRegisteredInMain() {
    assertThat(Main.commandLine().getSubcommands()).containsKey("idp");
    assertThat(Main.commandLine().getSubcommands().get("idp").getSubcommands())
        .containsKeys("init", "saml-metadata", "saml-response", "oidc-jwks", "oidc-token");
  }
}
