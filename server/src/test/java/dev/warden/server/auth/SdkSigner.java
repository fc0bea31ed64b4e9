package dev.warden.server.auth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Signs requests with the AWS SDK for Java v2's own SigV4 signer ({@link AwsV4HttpSigner}) and hands
 * them over as the verifier's {@link SignedRequest}: the reference the verifier is tested against.
 */
public final class SdkSigner {

    /** What to sign. {@code extraHeaders} are added before signing, so they are signed. */
    public record Spec(
            String method, String url, String body, Map<String, String> extraHeaders,
            String service, String region, Instant signingTime,
            String accessKeyId, String secret, Optional<String> sessionToken,
            Optional<Duration> presignedFor) {}

    private SdkSigner() {}

    public static SignedRequest sign(Spec spec) {
        return sign(spec, spec.body().getBytes(StandardCharsets.UTF_8));
    }

    /** Signs {@code bodyBytes} as the body (which may be any bytes), ignoring {@code spec.body()}. */
    public static SignedRequest sign(Spec spec, byte[] bodyBytes) {
        SdkHttpRequest.Builder http = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(spec.method()))
                .uri(URI.create(spec.url()));
        spec.extraHeaders().forEach(http::putHeader);
        if (bodyBytes.length > 0) {
            http.putHeader("Content-Length", Integer.toString(bodyBytes.length));
        }
        AwsCredentialsIdentity identity = spec.sessionToken()
                .<AwsCredentialsIdentity>map(t -> AwsSessionCredentialsIdentity.create(spec.accessKeyId(), spec.secret(), t))
                .orElseGet(() -> AwsCredentialsIdentity.create(spec.accessKeyId(), spec.secret()));
        var signed = AwsV4HttpSigner.create().sign(r -> {
            r.identity(identity)
                    .request(http.build())
                    .payload(ContentStreamProvider.fromByteArray(bodyBytes))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, spec.service())
                    .putProperty(AwsV4HttpSigner.REGION_NAME, spec.region())
                    .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(spec.signingTime(), ZoneOffset.UTC));
            spec.presignedFor().ifPresent(d -> r
                    .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, d));
        });
        SdkHttpRequest request = signed.request();
        byte[] body = signed.payload().map(SdkSigner::readAll).orElse(new byte[0]);
        var headers = new java.util.LinkedHashMap<String, java.util.List<String>>(request.headers());
        headers.putIfAbsent("Host", java.util.List.of(hostHeader(request)));
        return new SignedRequest(request.method().name(), request.encodedPath().isEmpty() ? "/" : request.encodedPath(),
                Optional.ofNullable(request.getUri().getRawQuery()).orElse(""), headers, body);
    }

    private static String hostHeader(SdkHttpRequest request) {
        return request.host() + (request.port() == 80 || request.port() == 443 ? "" : ":" + request.port());
    }

    private static byte[] readAll(ContentStreamProvider provider) {
        try (InputStream in = provider.newStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
