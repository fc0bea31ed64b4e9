package dev.warden.server.s3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Sends one request signed by the SDK's own SigV4 signer, with the payload mode chosen by the test
 * (what the S3Client does not let a test pick), over the JDK's HTTP client.
 */
public final class SignedHttpCall {

    /** How the body is presented to the signature. */
    public enum Payload {
        /** {@code x-amz-content-sha256} is the body's hex SHA-256. */
        SIGNED,
        /** {@code UNSIGNED-PAYLOAD}. */
        UNSIGNED,
        /** {@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD}: aws-chunked, each chunk signed. */
        STREAMING_SIGNED,
        /**
         * {@code STREAMING-UNSIGNED-PAYLOAD-TRAILER}: aws-chunked, unsigned chunks, CRC32 trailer. The SDK
         * picks it only for https, so the request is signed as if for https and sent over http.
         */
        STREAMING_UNSIGNED_TRAILER
    }

    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "expect", "connection");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SignedHttpCall() {}

    public static HttpResponse<String> send(int port, String method, String pathAndQuery, Map<String, String> headers,
            byte[] body, String service, AwsCredentials credentials, Payload payload) {
        return send(port, method, pathAndQuery, headers, body, service, credentials, payload, sent -> sent);
    }

    /** @param tamper changes the body after signing (keeping its length), to test what the server does then */
    public static HttpResponse<String> send(int port, String method, String pathAndQuery, Map<String, String> headers,
            byte[] body, String service, AwsCredentials credentials, Payload payload,
            java.util.function.UnaryOperator<byte[]> tamper) {
        String scheme = payload == Payload.STREAMING_UNSIGNED_TRAILER ? "https" : "http";
        SdkHttpRequest.Builder http = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method))
                .uri(URI.create(scheme + "://127.0.0.1:" + port + pathAndQuery));
        headers.forEach(http::putHeader);
        if (payload != Payload.STREAMING_UNSIGNED_TRAILER) {
            http.putHeader("Content-Length", Integer.toString(body.length));
        }
        var signed = AwsV4HttpSigner.create().sign(r -> {
            r.identity(AwsCredentialsIdentity.create(credentials.accessKeyId(), credentials.secretAccessKey()))
                    .request(http.build())
                    .payload(ContentStreamProvider.fromByteArray(body))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                    .putProperty(HttpSigner.SIGNING_CLOCK, Clock.systemUTC())
                    .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, !service.equals("s3"))
                    .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, !service.equals("s3"));
            if (payload == Payload.UNSIGNED) {
                r.putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false);
            } else if (payload == Payload.STREAMING_UNSIGNED_TRAILER) {
                r.putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                        .putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, true)
                        .putProperty(AwsV4FamilyHttpSigner.CHECKSUM_ALGORITHM, DefaultChecksumAlgorithm.CRC32);
            } else if (payload == Payload.STREAMING_SIGNED) {
                r.putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true)
                        .putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, true);
            } else if (service.equals("s3")) {
                r.putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true);
            }
        });
        byte[] sentBody = tamper.apply(signed.payload().map(SignedHttpCall::readAll).orElse(new byte[0]));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery));
        signed.request().forEachHeader((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase())) {
                values.forEach(v -> request.header(name, v));
            }
        });
        request.method(method, HttpRequest.BodyPublishers.ofByteArray(sentBody));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
