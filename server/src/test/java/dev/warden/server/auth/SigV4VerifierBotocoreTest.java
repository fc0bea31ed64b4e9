package dev.warden.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verifier against requests signed by botocore (the AWS CLI's signer), shaped like the captured
 * CLI and JS traffic of wire-protocol.md §2; see {@code sigv4/generate_botocore_fixtures.py}.
 */
class SigV4VerifierBotocoreTest {

    record Fixture(String name, SignedRequest request, String accessKeyId, String secret,
            Optional<String> sessionToken, Instant verifyAt) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final CallerIdentity CALLER =
            new CallerIdentity("AIDAEXAMPLEALICE0001", "123456789012", "arn:aws:iam::123456789012:user/alice");

    static Stream<Fixture> fixtures() throws IOException {
        List<Fixture> fixtures = new ArrayList<>();
        try (InputStream in = SigV4VerifierBotocoreTest.class.getResourceAsStream("/sigv4/botocore-signed.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Map<String, List<String>> headers = new LinkedHashMap<>();
                for (String header : decode(f[4]).split("\n")) {
                    int colon = header.indexOf(':');
                    headers.computeIfAbsent(header.substring(0, colon), k -> new ArrayList<>())
                            .add(header.substring(colon + 1).strip());
                }
                SignedRequest request = new SignedRequest(f[1], decode(f[2]), decode(f[3]), headers,
                        decode(f[5]).getBytes(StandardCharsets.UTF_8));
                String token = decode(f[8]);
                fixtures.add(new Fixture(f[0], request, f[6], decode(f[7]),
                        token.isEmpty() ? Optional.empty() : Optional.of(token), Instant.parse(f[9])));
            }
        }
        return fixtures.stream();
    }

    static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    static SigV4Verifier<String> verifier(Fixture fixture) {
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        if (fixture.sessionToken().isPresent()) {
            store.withTemporaryKey(fixture.accessKeyId(), fixture.secret(), fixture.sessionToken().get(),
                    fixture.verifyAt().plusSeconds(3600), CALLER);
        } else {
            store.withLongTermKey(fixture.accessKeyId(), fixture.secret(), CALLER);
        }
        return new SigV4Verifier<>(store, Clock.fixed(fixture.verifyAt(), ZoneOffset.UTC), new SigningKeyCache());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void acceptsBotocoreSignatures(Fixture fixture) {
        AuthenticatedCaller<String> caller = verifier(fixture).verify(fixture.request(), Set.of("iam", "sts"));

        assertThat(caller.identity()).isEqualTo(CALLER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void rejectsBotocoreRequestsWithAChangedBody(Fixture fixture) {
        byte[] body = (new String(fixture.request().body(), StandardCharsets.UTF_8) + "&RoleName=x")
                .getBytes(StandardCharsets.UTF_8);
        SignedRequest r = fixture.request();
        SignedRequest tampered = new SignedRequest(r.method(), r.rawPath(), r.rawQuery(), r.headers(), body);

        assertThatThrownBy(() -> verifier(fixture).verify(tampered, Set.of("iam", "sts")))
                .isInstanceOfSatisfying(AwsError.class,
                        e -> assertThat(e.code()).isEqualTo(AwsErrorCode.SIGNATURE_DOES_NOT_MATCH));
    }

    @Test
    void theCliCaptureIsReproduced() throws IOException {
        // wire-protocol.md §2.1 shows the Debian CLI's CreateRole with "Signature=ba4930d3…"; the
        // fixture, signed by botocore with the same key, time and body, must carry that signature.
        Fixture createRole = fixtures().filter(f -> f.name().equals("cli-create-role")).findFirst().orElseThrow();

        assertThat(createRole.request().header("authorization").orElseThrow())
                .contains("SignedHeaders=content-type;host;x-amz-date, Signature=ba4930d3");
    }
}
