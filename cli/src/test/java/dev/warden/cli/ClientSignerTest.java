package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.auth.CallerIdentity;
import dev.warden.server.auth.SecretAccessKey;
import dev.warden.server.auth.SigV4Verifier;
import dev.warden.server.auth.SignedRequest;
import dev.warden.server.auth.SigningIdentity;
import dev.warden.server.auth.SigningKeyCache;
import dev.warden.server.error.AwsError;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CLI's signer, checked by the server's own SigV4 verifier (which is tested against the AWS SDK's signer). */
class ClientSignerTest {

  static final Instant NOW = Instant.parse("2026-11-28T06:00:00Z");
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("POST", "http://127.0.0.1:18080/_warden/workloads", "{\"roleArn\":\"r\"}", Optional.empty()),
        Arguments.of("DELETE", "http://127.0.0.1:18080/_warden/workloads/wl-1", "", Optional.empty()),
        Arguments.of("POST", "http://localhost/_warden/workloads", "{}", Optional.of("session-token")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("requests")
  void theServerVerifiesWhatTheCliSigns(String method, String url, String body, Optional<String> token) {
    CallerSettings caller = caller(token);
    SignedRequest request = signed(method, url, body, caller);

    AuthenticatedCaller<String> verified = verifier(token).verify(request, Set.of("sts"));

    assertThat(verified.accessKeyId()).isEqualTo("AKIDEXAMPLE");
    assertThat(verified.scope().region()).isEqualTo("eu-west-1");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("requests")
  void aChangedBodyNoLongerVerifies(String method, String url, String body, Optional<String> token) {
    CallerSettings caller = caller(token);
    SignedRequest request = signed(method, url, body, caller);
    SignedRequest tampered = new SignedRequest(request.method(), request.rawPath(), request.rawQuery(),
        request.headers(), (body + " ").getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> verifier(token).verify(tampered, Set.of("sts"))).isInstanceOf(AwsError.class);
  }

  private static CallerSettings caller(Optional<String> token) {
    return new CallerSettings("AKIDEXAMPLE", new SigningSecret(SECRET), token, "http://unused", "eu-west-1", "test");
  }

  private static SignedRequest signed(String method, String url, String body, CallerSettings caller) {
    URI uri = URI.create(url);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    Map<String, String> contentType = body.isEmpty() ? Map.of() : Map.of("Content-Type", "application/json");
    Map<String, List<String>> headers = new LinkedHashMap<>();
    contentType.forEach((name, value) -> headers.put(name, List.of(value)));
    ClientSigner.sign(method, uri, bytes, contentType, caller, "sts", NOW)
        .forEach((name, value) -> headers.put(name, List.of(value)));
    headers.put("Host", List.of(ClientSigner.hostHeader(uri)));
    return new SignedRequest(method, uri.getRawPath(), "", headers, bytes);
  }

  private static SigV4Verifier<String> verifier(Optional<String> token) {
    return new SigV4Verifier<String>((key, presentedToken) -> presentedToken.equals(token)
        ? Optional.of(SigningIdentity.longTerm(SecretAccessKey.fromText(SECRET),
            new CallerIdentity("AIDAEXAMPLE", "123456789012", "arn:aws:iam::123456789012:user/u"), "u"))
        : Optional.empty(), Clock.fixed(NOW, ZoneOffset.UTC), new SigningKeyCache());
  }
}
