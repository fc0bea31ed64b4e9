package dev.warden.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The workload's instance metadata service at the root of its own loopback port, relaying each request to
 * Warden's per-workload IMDS URL ({@code …/_warden/imds/ID/}).
 *
 * <p>Why a relay: the AWS SDK for JavaScript v3 ({@code @smithy/credential-provider-imds}) keeps only the
 * scheme, host and port of {@code AWS_EC2_METADATA_SERVICE_ENDPOINT} and asks for {@code /latest/…} at the
 * root, so a URL that names the workload in its path never reaches it. Like a real instance's IMDS, the
 * relay answers any process on this host; the IMDSv2 token and the registration's lifetime still apply,
 * since Warden decides every answer.
 */
final class ImdsRelay implements AutoCloseable {

  static final List<String> FORWARDED_HEADERS =
      List.of("X-aws-ec2-metadata-token", "X-aws-ec2-metadata-token-ttl-seconds");
  /**
   * Handed on to Warden (never back): IMDS refuses a token request that came through a proxy, and
   * Warden can only do the same if it sees the header.
   */
  static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  /** IMDS answers are a role name or a small credentials document. */
  private static final int MAX_ANSWER_BYTES = 64 * 1024;

  private final HttpServer server;
  private final ExecutorService threads;
  private final HttpClient client;
  private final URI upstream;

  private ImdsRelay(HttpServer server, ExecutorService threads, HttpClient client, URI upstream) {
    this.server = server;
    this.threads = threads;
    this.client = client;
    this.upstream = upstream;
  }

  /** Listens on a free loopback port; {@code upstream} is Warden's IMDS URL for the workload. */
  static ImdsRelay start(URI upstream) throws IOException {
    URI base = upstream.getRawPath().endsWith("/") ? upstream : URI.create(upstream + "/");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "warden-imds-relay");
      thread.setDaemon(true);
      return thread;
    });
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
        .build();
    ImdsRelay relay = new ImdsRelay(server, threads, client, base);
    server.createContext("/", relay::relay);
    server.setExecutor(threads);
    server.start();
    return relay;
  }

  /** The URL to hand to the workload: {@code http://127.0.0.1:PORT/}. */
  URI endpoint() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
  }

  private void relay(HttpExchange exchange) throws IOException {
    try (InputStream ignored = exchange.getRequestBody()) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("PUT")) {
        answer(exchange, 405, "text/plain", "Method Not Allowed".getBytes(StandardCharsets.US_ASCII));
        return;
      }
      String path = path(exchange.getRequestURI());
      if (!isMetadataPath(path)) {
        // Only this workload's metadata: no way out of its URL (dot segments, encodings) to Warden's others.
        answer(exchange, 404, "text/plain", "Not Found".getBytes(StandardCharsets.US_ASCII));
        return;
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve(path)).timeout(TIMEOUT)
          .method(method, HttpRequest.BodyPublishers.noBody());
      for (String header : FORWARDED_HEADERS) {
        String value = exchange.getRequestHeaders().getFirst(header);
        if (value != null) {
          request.header(header, value);
        }
      }
      List<String> forwardedFor = exchange.getRequestHeaders().get(FORWARDED_FOR);
      if (forwardedFor != null) {
        forwardedFor.forEach(value -> request.header(FORWARDED_FOR, value));
      }
      HttpResponse<InputStream> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException | IllegalArgumentException e) {
        answer(exchange, 502, "text/plain", "Bad Gateway".getBytes(StandardCharsets.US_ASCII));
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        answer(exchange, 502, "text/plain", "Bad Gateway".getBytes(StandardCharsets.US_ASCII));
        return;
      }
      byte[] body;
      try (InputStream in = response.body()) {
        body = in.readNBytes(MAX_ANSWER_BYTES);
      }
      for (String header : FORWARDED_HEADERS) {
        response.headers().firstValue(header).ifPresent(v -> exchange.getResponseHeaders().set(header, v));
      }
      answer(exchange, response.statusCode(), response.headers().firstValue("Content-Type").orElse("text/plain"),
          body);
    } finally {
      exchange.close();
    }
  }

  /**
   * The request path without its leading slashes. The SDKs differ in slashes: the Java SDK sends
   * {@code //latest/…}, which {@link URI} reads as an authority ({@code latest}) and a path, so the path
   * is taken from the request target as sent.
   */
  static String path(URI target) {
    String path = target.getScheme() != null ? target.getRawPath() : target.toString();
    int query = path.indexOf('?');
    return (query < 0 ? path : path.substring(0, query)).replaceFirst("^/+", "");
  }

  /** IMDS paths are plain: letters, digits, {@code - _ .} and slashes, and no {@code .} or {@code ..} segment. */
  static boolean isMetadataPath(String path) {
    if (!path.matches("[A-Za-z0-9._/-]*")) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static void answer(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
