package dev.warden.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 in the header form, for the CLI's own calls to Warden (the workload
 * registration, signed for {@code sts} like an STS call). Paths are signed as given (they must already be
 * URI-encoded) and the query string must be empty: the CLI sends nothing else.
 */
final class ClientSigner {

  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final String ALGORITHM = "AWS4-HMAC-SHA256";

  private ClientSigner() {}

  /**
   * The headers to add to the request: {@code Authorization}, {@code X-Amz-Date},
   * {@code X-Amz-Content-Sha256} and, for session credentials, {@code X-Amz-Security-Token}.
   *
   * @param headers the other headers the request will carry (e.g. {@code Content-Type}), all signed
   */
  static Map<String, String> sign(String method, URI url, byte[] body, Map<String, String> headers,
      CallerSettings caller, String service, Instant now) {
    String amzDate = AMZ_DATE.format(now);
    String date = amzDate.substring(0, 8);
    String payloadHash = hex(sha256(body));
    Map<String, String> added = new LinkedHashMap<>();
    added.put("X-Amz-Date", amzDate);
    added.put("X-Amz-Content-Sha256", payloadHash);
    caller.sessionToken().ifPresent(token -> added.put("X-Amz-Security-Token", token));

    TreeMap<String, String> signed = new TreeMap<>();
    headers.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value.strip()));
    added.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value.strip()));
    signed.put("host", hostHeader(url));
    StringBuilder canonicalHeaders = new StringBuilder();
    signed.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value).append('\n'));
    String signedHeaders = String.join(";", signed.keySet());
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String canonicalRequest = method + "\n" + path + "\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n"
        + payloadHash;

    String scope = date + "/" + caller.region() + "/" + service + "/aws4_request";
    String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
        + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(caller.secret().signingKeySeed(), date);
    key = hmac(key, caller.region());
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    String signature = hex(hmac(key, stringToSign));
    added.put("Authorization", ALGORITHM + " Credential=" + caller.accessKeyId() + "/" + scope
        + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
    return added;
  }

  /** The Host header as Java's HTTP clients send it: the port only when not the scheme's default. */
  static String hostHeader(URI url) {
    int port = url.getPort();
    boolean defaultPort = port == -1 || (port == 80 && "http".equals(url.getScheme()))
        || (port == 443 && "https".equals(url.getScheme()));
    return defaultPort ? url.getHost() : url.getHost() + ":" + port;
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
