package dev.warden.cli;

import com.nimbusds.jose.jwk.JWK;
import dev.warden.core.error.IamException;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.model.OpenIdConnectProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code warden oidc}: Warden-specific settings of IAM OpenID Connect providers. AWS fetches an
 * issuer's signing keys from its {@code jwks_uri}; Warden never goes online, so the operator hands
 * them over as a JWKS file ({@code warden oidc set-keys}). The provider itself is created with the
 * IAM API (CreateOpenIDConnectProvider).
 */
@Command(
    name = "oidc",
    description = "Manage OpenID Connect providers' signing keys (Warden does not fetch them from the issuer).")
public final class OidcCommand implements Runnable {
  /** Far above any real key set; keeps a wrong file (a log, an image) from being read whole. */
  private static final long MAX_JWKS_FILE_BYTES = 1L << 20;

  @Spec CommandSpec spec;

  private final Map<String, String> environment;

  public OidcCommand() {
    this(System.getenv());
  }

  OidcCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "set-keys",
      description = "Set (replace) the public keys an OIDC provider's ID tokens are verified with, from a JWKS file.")
  int setKeys(
      @Option(names = "--home", paramLabel = "DIR", description = "Data folder (default: $WARDEN_HOME, else ./.warden).")
          String home,
      @Option(names = "--provider", required = true, paramLabel = "ARN",
          description = "The provider, e.g. arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com")
          String provider,
      @Option(names = "--jwks", required = true, paramLabel = "FILE",
          description = "A JWKS document (RFC 7517) with the issuer's public RSA or EC signing keys.")
          Path jwks) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path homeDirectory = WardenHomeSettings.resolveHome(home, environment).toAbsolutePath();
    if (!Files.isRegularFile(homeDirectory.resolve("warden.db"))) {
      err.println("warden: no Warden home at " + homeDirectory + " (start it once with ./warden up)");
      return 2;
    }
    String document;
    try {
      if (Files.size(jwks) > MAX_JWKS_FILE_BYTES) {
        err.println("warden: " + jwks + " is larger than " + MAX_JWKS_FILE_BYTES + " bytes; not a JWKS document");
        return 2;
      }
      document = Files.readString(jwks, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("warden: cannot read " + jwks + ": " + e.getMessage());
      return 2;
    }
    try (WardenHome opened = WardenHome.open(WardenHomeSettings.fromEnvironment(homeDirectory.toString(), environment))) {
      OpenIdConnectProvider updated = opened.iam().openIdConnectProviders().setSigningKeys(provider, document);
      String kids = updated.signingKeys().keySet().getKeys().stream()
          .map(OidcCommand::describe)
          .collect(Collectors.joining(", "));
      out.println("Set " + updated.signingKeys().keySet().getKeys().size() + " signing key(s) [" + kids + "] for "
          + updated.arn() + " (issuer " + updated.issuer() + ")");
      out.flush();
      return 0;
    } catch (IamException e) {
      err.println("warden: " + e.code().awsCode() + ": " + e.getMessage());
      return 2;
    }
  }

  private static String describe(JWK key) {
    return key.getKeyID() == null ? "(no kid) " + key.getKeyType() : key.getKeyID();
  }
}
