package dev.warden.cli;

import dev.warden.core.home.WardenHomeSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code warden idp}: a local test identity provider, so that trust policies for SAML and OIDC
 * federation can be tried offline and in CI without a real Okta, Entra ID or GitHub. It makes the
 * documents a real IdP would: SAML metadata and signed SAML responses for AssumeRoleWithSAML, a JWKS
 * and signed ID tokens for AssumeRoleWithWebIdentity. Its key is a test key; never trust it in a real
 * AWS account.
 */
@Command(
    name = "idp",
    mixinStandardHelpOptions = true,
    description = {
      "A local test identity provider (SAML and OIDC) for trying federation offline.",
      "Its key is for tests only: never register it with a real AWS account."
    })
public final class IdpCommand implements Runnable {

  static final String DEFAULT_FOLDER = "test-idp";
  /** Claims the options set; a --claim may not replace them. */
  static final Set<String> REGISTERED_CLAIMS = Set.of("iss", "sub", "aud", "iat", "exp", "jti");

  @Spec CommandSpec spec;

  private final Map<String, String> environment;
  private final Clock clock;
  private final Supplier<String> ids;

  public IdpCommand() {
    this(System.getenv(), Clock.systemUTC(), TestIdpSamlResponse.randomIds());
  }

  IdpCommand(Map<String, String> environment, Clock clock, Supplier<String> ids) {
    this.environment = environment;
    this.clock = clock;
    this.ids = ids;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "init", mixinStandardHelpOptions = true,
      description = "Create the test IdP: an RSA-2048 key pair and a self-signed certificate valid for one year.")
  int init(
      @Option(names = "--dir", paramLabel = "DIR", description = DIR_HELP) Path dir,
      @Option(names = "--force", description = "Replace an existing test IdP (its old responses and tokens stop verifying).")
          boolean force) {
    Path folder = folder(dir);
    if (TestIdpKeys.existsIn(folder) && !force) {
      return refuse("a test IdP already exists in " + folder + " (use --force to replace it)");
    }
    TestIdpKeys keys = TestIdpKeys.generate(clock);
    try {
      keys.saveTo(folder);
    } catch (IOException e) {
      return refuse("cannot write the test IdP to " + folder + ": " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Created a test IdP in " + folder);
    out.println("  certificate " + folder.resolve(TestIdpKeys.CERTIFICATE_FILE) + " ("
        + keys.certificate().getSubjectX500Principal().getName() + ", valid until "
        + keys.certificate().getNotAfter().toInstant() + ")");
    out.println("  private key " + folder.resolve(TestIdpKeys.PRIVATE_KEY_FILE) + " (owner-only; for tests only)");
    out.println("  OIDC key id " + new TestIdpOidcTokens(keys, ids).keyId());
    out.flush();
    return 0;
  }

  @Command(name = "saml-metadata", mixinStandardHelpOptions = true,
      description = "Print the IdP's SAML metadata (for aws iam create-saml-provider --saml-metadata-document).")
  int samlMetadata(
      @Option(names = "--dir", paramLabel = "DIR", description = DIR_HELP) Path dir,
      @Option(names = "--entity-id", paramLabel = "URI", defaultValue = TestIdpSamlMetadata.DEFAULT_ENTITY_ID,
          description = "The IdP's entityID (default: ${DEFAULT-VALUE}); saml-response must use the same.")
          String entityId) {
    Optional<TestIdpKeys> keys = load(dir);
    if (keys.isEmpty()) {
      return 2;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(TestIdpSamlMetadata.document(entityId, keys.get().certificate()));
    out.flush();
    return 0;
  }

  @Command(name = "saml-response", mixinStandardHelpOptions = true,
      description = "Print a signed, base64 SAML response for aws sts assume-role-with-saml --saml-assertion.")
  int samlResponse(
      @Option(names = "--dir", paramLabel = "DIR", description = DIR_HELP) Path dir,
      @Option(names = "--entity-id", paramLabel = "URI", defaultValue = TestIdpSamlMetadata.DEFAULT_ENTITY_ID,
          description = "The Issuer (default: ${DEFAULT-VALUE}); the metadata's entityID.") String entityId,
      @Option(names = "--role", required = true, paramLabel = "ROLE_ARN", description = "The role to assume.")
          String role,
      @Option(names = "--provider", required = true, paramLabel = "PROVIDER_ARN",
          description = "The IAM SAML provider, e.g. arn:aws:iam::123456789012:saml-provider/TestIdp.") String provider,
      @Option(names = "--subject", required = true, paramLabel = "S",
          description = "The NameID: saml:sub in trust policies.") String subject,
      @Option(names = "--subject-format", paramLabel = "FORMAT", defaultValue = "persistent",
          description = "The NameID Format: persistent, transient, emailAddress, unspecified or a URI "
              + "(default: ${DEFAULT-VALUE}); saml:sub_type.") String subjectFormat,
      @Option(names = "--session-name", required = true, paramLabel = "N",
          description = "The RoleSessionName attribute.") String sessionName,
      @Option(names = "--attribute", paramLabel = "NAME=VALUE",
          description = "A further attribute (repeat; a repeated NAME gets several values).") List<String> attributes,
      @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A session tag (PrincipalTag:KEY; repeat).")
          List<String> tags,
      @Option(names = "--transitive-tag-key", paramLabel = "K", description = "A transitive tag key (repeat).")
          List<String> transitiveTagKeys,
      @Option(names = "--source-identity", paramLabel = "X", description = "The SourceIdentity attribute.")
          String sourceIdentity,
      @Option(names = "--session-duration", paramLabel = "SECONDS", description = "The SessionDuration attribute.")
          Integer sessionDuration,
      @Option(names = "--valid-for", paramLabel = "SECONDS", defaultValue = "300",
          description = "How long the response is valid (default: ${DEFAULT-VALUE}).") long validFor,
      @Option(names = "--sign", paramLabel = "response|assertion", defaultValue = "response",
          description = "Which element to sign (default: ${DEFAULT-VALUE}).") String sign) {
    SamlResponseClaims.SignedPart signedPart;
    try {
      signedPart = SamlResponseClaims.SignedPart.valueOf(sign.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return refuse("--sign must be response or assertion, not " + sign);
    }
    if (validFor <= 0) {
      return refuse("--valid-for must be a positive number of seconds");
    }
    Map<String, List<String>> extra = new LinkedHashMap<>();
    Map<String, String> sessionTags = new LinkedHashMap<>();
    String format;
    try {
      format = SamlNameIdFormat.uri(subjectFormat);
      for (String attribute : orEmpty(attributes)) {
        String[] pair = pair(attribute, "--attribute");
        extra.computeIfAbsent(pair[0], name -> new ArrayList<>()).add(pair[1]);
      }
      for (String tag : orEmpty(tags)) {
        String[] pair = pair(tag, "--tag");
        sessionTags.put(pair[0], pair[1]);
      }
    } catch (IllegalArgumentException e) {
      return refuse(e.getMessage());
    }
    Optional<TestIdpKeys> keys = load(dir);
    if (keys.isEmpty()) {
      return 2;
    }
    SamlResponseClaims claims = new SamlResponseClaims(role, provider, subject, format, sessionName, extra, sessionTags,
        orEmpty(transitiveTagKeys), Optional.ofNullable(sourceIdentity), Optional.ofNullable(sessionDuration),
        Duration.ofSeconds(validFor), signedPart);
    String encoded = new TestIdpSamlResponse(entityId, keys.get(), ids).encoded(claims, clock.instant());
    if (encoded.length() > TestIdpSamlResponse.MAX_ENCODED_CHARACTERS) {
      return refuse("the response is " + encoded.length() + " characters of base64; AssumeRoleWithSAML takes at most "
          + TestIdpSamlResponse.MAX_ENCODED_CHARACTERS + " (fewer or shorter attributes)");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(encoded);
    out.flush();
    return 0;
  }

  @Command(name = "oidc-jwks", mixinStandardHelpOptions = true,
      description = "Print the IdP's public JWKS (for warden oidc set-keys --jwks).")
  int oidcJwks(@Option(names = "--dir", paramLabel = "DIR", description = DIR_HELP) Path dir) {
    Optional<TestIdpKeys> keys = load(dir);
    if (keys.isEmpty()) {
      return 2;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(new TestIdpOidcTokens(keys.get(), ids).publicKeys().toString(true));
    out.flush();
    return 0;
  }

  @Command(name = "oidc-token", mixinStandardHelpOptions = true,
      description = "Print a signed RS256 ID token for aws sts assume-role-with-web-identity --web-identity-token.")
  int oidcToken(
      @Option(names = "--dir", paramLabel = "DIR", description = DIR_HELP) Path dir,
      @Option(names = "--issuer", required = true, paramLabel = "URL",
          description = "iss: the IAM OIDC provider's URL, e.g. https://token.example.test.") String issuer,
      @Option(names = "--subject", required = true, paramLabel = "S", description = "sub.") String subject,
      @Option(names = "--audience", required = true, paramLabel = "A",
          description = "aud: one of the provider's client ids.") String audience,
      @Option(names = "--claim", paramLabel = "NAME=VALUE", description = "A further string claim (repeat).")
          List<String> claims,
      @Option(names = "--valid-for", paramLabel = "SECONDS", defaultValue = "3600",
          description = "Seconds until exp (default: ${DEFAULT-VALUE}).") long validFor) {
    if (validFor <= 0) {
      return refuse("--valid-for must be a positive number of seconds");
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    try {
      for (String claim : orEmpty(claims)) {
        String[] pair = pair(claim, "--claim");
        if (REGISTERED_CLAIMS.contains(pair[0])) {
          return refuse("--claim cannot set " + pair[0] + "; it comes from the command's options and the clock");
        }
        extra.put(pair[0], pair[1]);
      }
    } catch (IllegalArgumentException e) {
      return refuse(e.getMessage());
    }
    Optional<TestIdpKeys> keys = load(dir);
    if (keys.isEmpty()) {
      return 2;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(new TestIdpOidcTokens(keys.get(), ids)
        .token(issuer, subject, audience, extra, Duration.ofSeconds(validFor), clock.instant()));
    out.flush();
    return 0;
  }

  private static final String DIR_HELP = "The test IdP's folder (default: $WARDEN_HOME/" + DEFAULT_FOLDER
      + ", else ./.warden/" + DEFAULT_FOLDER + ").";

  private Path folder(Path dir) {
    return dir != null ? dir : WardenHomeSettings.resolveHome(null, environment).resolve(DEFAULT_FOLDER);
  }

  private Optional<TestIdpKeys> load(Path dir) {
    try {
      return Optional.of(TestIdpKeys.loadFrom(folder(dir)));
    } catch (IOException e) {
      refuse(e.getMessage());
      return Optional.empty();
    }
  }

  private static String[] pair(String value, String option) {
    int equals = value.indexOf('=');
    if (equals <= 0) {
      throw new IllegalArgumentException(option + " takes NAME=VALUE, not " + value);
    }
    return new String[] {value.substring(0, equals), value.substring(equals + 1)};
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }

  private int refuse(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("warden: " + message);
    err.flush();
    return 2;
  }
}
