package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The relay serves IMDS at the root of its own port (the JavaScript SDK drops the endpoint's path) and
 * hands every request to Warden's per-workload URL, with the IMDSv2 headers both ways.
 */
class ImdsRelayTest {

  /** What the stand-in for Warden saw: method, path, token, TTL, X-Forwarded-For. */
  record Seen(String method, String path, String token, String ttl, String forwardedFor) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newHttpClient();
  private HttpServer warden;
  private ImdsRelay relay;

  @BeforeEach
  void start() throws IOException {
    warden = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    warden.createContext("/", exchange -> {
      var headers = exchange.getRequestHeaders();
      seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          headers.getFirst("X-aws-ec2-metadata-token"), headers.getFirst("X-aws-ec2-metadata-token-ttl-seconds"),
          headers.getFirst("X-Forwarded-For")));
      byte[] body = "answer".getBytes(StandardCharsets.US_ASCII);
      if (headers.getFirst("X-aws-ec2-metadata-token-ttl-seconds") != null) {
        exchange.getResponseHeaders().set("X-aws-ec2-metadata-token-ttl-seconds",
            headers.getFirst("X-aws-ec2-metadata-token-ttl-seconds"));
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(exchange.getRequestURI().getPath().contains("missing") ? 404 : 200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    warden.start();
    relay = ImdsRelay.start(URI.create("http://127.0.0.1:" + warden.getAddress().getPort() + "/_warden/imds/wl-1/"));
  }

  @AfterEach
  void stop() {
    relay.close();
    warden.stop(0);
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        // method, path the client asks for, token, ttl, path Warden sees, status
        Arguments.of("PUT", "/latest/api/token", null, "21600", "/_warden/imds/wl-1/latest/api/token", 200),
        Arguments.of("GET", "/latest/meta-data/iam/security-credentials/", "t0k", null,
            "/_warden/imds/wl-1/latest/meta-data/iam/security-credentials/", 200),
        Arguments.of("GET", "//latest/meta-data/iam/security-credentials/r", "t0k", null,
            "/_warden/imds/wl-1/latest/meta-data/iam/security-credentials/r", 200),
        Arguments.of("GET", "/latest/missing", null, null, "/_warden/imds/wl-1/latest/missing", 404));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("requests")
  void relaysToTheWorkloadsUrl(String method, String path, String token, String ttl, String wardenPath, int status)
      throws Exception {
    // Concatenated, not resolved: "//latest/…" is a path here (as the Java SDK sends it), not an authority.
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + relay.endpoint().getPort() + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("X-aws-ec2-metadata-token", token);
    }
    if (ttl != null) {
      request.header("X-aws-ec2-metadata-token-ttl-seconds", ttl);
    }

    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());

    assertThat(seen).containsExactly(new Seen(method, wardenPath, token, ttl, null));
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.body()).isEqualTo("answer");
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(response.headers().firstValue("X-aws-ec2-metadata-token-ttl-seconds"))
        .isEqualTo(java.util.Optional.ofNullable(ttl));
  }

  @Test
  void endpointIsTheRootOfALoopbackPort() {
    URI endpoint = relay.endpoint();

    assertThat(endpoint.getScheme()).isEqualTo("http");
    assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
    assertThat(endpoint.getPort()).isNotEqualTo(warden.getAddress().getPort());
    assertThat(endpoint.getPath()).isEqualTo("/");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/../wl-2/latest/api/token", "/latest/../../wl-2/latest/api/token", "/./latest/api/token",
      "/%2e%2e/wl-2/latest/api/token", "/latest%2F..%2F..%2Fworkloads"})
  void pathsThatCouldLeaveTheWorkloadsUrlAreRefusedWithoutReachingWarden(String target) throws Exception {
    // Sent as raw HTTP: a client library might normalise the target before sending it.
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), relay.endpoint().getPort())) {
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

      assertThat(answer).startsWith("HTTP/1.1 404");
    }
    assertThat(seen).isEmpty();
  }

  /**
   * IMDS refuses a token PUT that carries {@code X-Forwarded-For} (a request that came through a proxy);
   * the relay hands the header on so that Warden refuses it too, instead of dropping the evidence.
   */
  @Test
  void forwardedForReachesWardenSoAProxiedTokenRequestIsRefused() throws Exception {
    client.send(HttpRequest.newBuilder(relay.endpoint().resolve("/latest/api/token"))
        .PUT(HttpRequest.BodyPublishers.noBody()).header("X-aws-ec2-metadata-token-ttl-seconds", "60")
        .header("X-Forwarded-For", "192.0.2.1").build(), HttpResponse.BodyHandlers.ofString());

    assertThat(seen).containsExactly(
        new Seen("PUT", "/_warden/imds/wl-1/latest/api/token", null, "60", "192.0.2.1"));
  }

  @Test
  void otherMethodsAreRefusedWithoutReachingWarden() throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(relay.endpoint().resolve("/latest/api/token"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(seen).isEmpty();
  }

  @Test
  void wardenUnreachableIsBadGateway() throws Exception {
    warden.stop(0);

    HttpResponse<String> response = client.send(HttpRequest.newBuilder(relay.endpoint().resolve("/latest/api/token"))
        .PUT(HttpRequest.BodyPublishers.noBody()).header("X-aws-ec2-metadata-token-ttl-seconds", "60").build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(502);
  }
}
