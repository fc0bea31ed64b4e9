package dev.warden.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SignatureClaimReaderTest {

    static SignedRequest request(String query, String... headerPairs) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("h"));
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], List.of(headerPairs[i + 1]));
        }
        return new SignedRequest("POST", "/", query, headers, new byte[0]);
    }

    static final String GOOD = "AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/iam/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date, Signature=abc";

    @Test
    void parsesTheHeaderForm() {
        SignatureClaim claim = SignatureClaimReader.read(request("", "Authorization", GOOD,
                "X-Amz-Date", "20261128T031552Z", "X-Amz-Security-Token", "tok")).orElseThrow();

        assertThat(claim.location()).isEqualTo(AuthLocation.HEADER);
        assertThat(claim.credential()).isEqualTo(new Credential("AKID",
                new CredentialScope("20261128", "us-east-1", "iam", "aws4_request")));
        assertThat(claim.signedHeaders()).containsExactly("content-type", "host", "x-amz-date");
        assertThat(claim.signature()).isEqualTo("abc");
        assertThat(claim.requestTime()).isEqualTo(Instant.parse("2026-11-28T03:15:52Z"));
        assertThat(claim.sessionToken()).contains("tok");
    }

    @Test
    void acceptsTheDateHeaderWhenThereIsNoXAmzDate() {
        SignatureClaim claim = SignatureClaimReader.read(request("", "Authorization", GOOD,
                "Date", "Sat, 28 Nov 2026 03:15:52 GMT")).orElseThrow();

        assertThat(claim.amzDate()).isEqualTo("20261128T031552Z");
    }

    @Test
    void parsesThePresignedForm() {
        SignatureClaim claim = SignatureClaimReader.read(request("Action=GetCallerIdentity&X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKID%2F20261128%2Faws-global%2Fsts%2Faws4_request&X-Amz-Date=20261128T031552Z"
                + "&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Security-Token=a%2Bb&X-Amz-Signature=abc")).orElseThrow();

        assertThat(claim.location()).isEqualTo(AuthLocation.QUERY_STRING);
        assertThat(claim.credential().scope().region()).isEqualTo("aws-global");
        assertThat(claim.expires()).contains(Duration.ofSeconds(900));
        assertThat(claim.sessionToken()).contains("a+b");
    }

    @Test
    void noSignatureAtAll() {
        assertThat(SignatureClaimReader.read(request("Action=X"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/iam, SignedHeaders=host, Signature=a | Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'AKID/20261128/us-east-1/iam'",
        "AWS4-HMAC-SHA256 | Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256",
    })
    void malformedHeaderIsIncompleteSignature(String authorization, String message) {
        assertThatThrownBy(() -> SignatureClaimReader.read(request("", "Authorization", authorization,
                "X-Amz-Date", "20261128T031552Z")))
                .isInstanceOfSatisfying(AwsError.class, e -> {
                    assertThat(e.code()).isEqualTo(AwsErrorCode.INCOMPLETE_SIGNATURE);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    /**
     * AWS's own words, trailing space included, as dynalite recorded them from DynamoDB:
     * "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA25' (only AWS4-HMAC-SHA256 for now). ".
     */
    static Stream<Arguments> unsupportedAlgorithms() {
        return Stream.of(
                Arguments.of("SigV2-style header", request("", "Authorization", "AWS AKID:sig",
                        "X-Amz-Date", "20261128T031552Z"), "AWS"),
                Arguments.of("SHA-512 header", request("", "Authorization",
                        GOOD.replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512"), "X-Amz-Date", "20261128T031552Z"),
                        "AWS4-HMAC-SHA512"),
                Arguments.of("presigned SHA-1", request("X-Amz-Algorithm=AWS4-HMAC-SHA1&X-Amz-Signature=a"
                        + "&X-Amz-Credential=A/20261128/r/sts/aws4_request&X-Amz-SignedHeaders=host"
                        + "&X-Amz-Date=20261128T031552Z"), "AWS4-HMAC-SHA1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupportedAlgorithms")
    void unsupportedAlgorithmIsIncompleteSignatureInAwsWords(String name, SignedRequest request, String algorithm) {
        assertThatThrownBy(() -> SignatureClaimReader.read(request))
                .isInstanceOfSatisfying(AwsError.class, e -> {
                    assertThat(e.code()).isEqualTo(AwsErrorCode.INCOMPLETE_SIGNATURE);
                    assertThat(e.getMessage()).isEqualTo(
                            "Unsupported AWS 'algorithm': '" + algorithm + "' (only AWS4-HMAC-SHA256 for now). ");
                });
    }

    /**
     * A signature that does not cover the host is a signature failure (403), not an incomplete one
     * (400): AWS answers it in the {@code SignatureDoesNotMatch} family, as DynamoDB's
     * {@code InvalidSignatureException} recorded by dynalite (mhart/dynalite) and scratchstack's
     * SigV4 validator both show.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "header form | | AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/iam/aws4_request, SignedHeaders=content-type;x-amz-date, Signature=a",
        "presigned form | X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=a&X-Amz-Credential=A/20261128/r/sts/aws4_request&X-Amz-SignedHeaders=x-amz-date&X-Amz-Date=20261128T031552Z |",
    })
    void hostMissingFromTheSignedHeadersIsSignatureDoesNotMatch(String name, String query, String authorization) {
        SignedRequest request = authorization == null ? request(query)
                : request("", "Authorization", authorization, "X-Amz-Date", "20261128T031552Z");

        assertThatThrownBy(() -> SignatureClaimReader.read(request))
                .isInstanceOfSatisfying(AwsError.class, e -> {
                    assertThat(e.code()).isEqualTo(AwsErrorCode.SIGNATURE_DOES_NOT_MATCH);
                    assertThat(e.code().httpStatus()).isEqualTo(403);
                    assertThat(e.getMessage())
                            .isEqualTo("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // header, credential's key id, signed headers, signature
        "AWS4-HMAC-SHA256 Credential=K/20261128/us-east-1/iam/aws4_request,SignedHeaders=host,Signature=s | K | host | s",
        "AWS4-HMAC-SHA256   Credential = K/20261128/us-east-1/iam/aws4_request ,  SignedHeaders= Host ;x-amz-date , Signature =s  | K | host;x-amz-date | s",
        "AWS4-HMAC-SHA256 Signature=first, Credential=K/20261128/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=second | K | host | first",
        "AWS4-HMAC-SHA256 Credential=K/20261128/us-east-1/iam/aws4_request, Extra=1, =x, noequals, SignedHeaders=host, Signature=s,, | K | host | s",
    })
    void readsTheAuthorizationListAsAwsDoes(String authorization, String keyId, String signedHeaders, String signature) {
        SignatureClaim claim = SignatureClaimReader.read(request("", "Authorization", authorization,
                "X-Amz-Date", "20261128T031552Z")).orElseThrow();

        assertThat(claim.credential().accessKeyId()).isEqualTo(keyId);
        assertThat(String.join(";", claim.signedHeaders())).isEqualTo(signedHeaders);
        assertThat(claim.signature()).isEqualTo(signature);
    }

    @Test
    void anEmptyFirstOccurrenceCountsAsMissing() {
        assertThatThrownBy(() -> SignatureClaimReader.read(request("", "Authorization",
                "AWS4-HMAC-SHA256 Credential=K/20261128/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=,"
                        + " Signature=late", "X-Amz-Date", "20261128T031552Z")))
                .hasMessageStartingWith("Authorization header requires 'Signature' parameter. Authorization=");
    }

    @Test
    void malformedDateIsIncompleteSignature() {
        assertThatThrownBy(() -> SignatureClaimReader.read(request("", "Authorization", GOOD, "X-Amz-Date", "2026-11-28")))
                .hasMessage("Date must be in ISO-8601 'basic format'. Got '2026-11-28'. See http://en.wikipedia.org/wiki/ISO_8601");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "X-Amz-Algorithm=AWS4-HMAC-SHA256 | AWS query-string parameters must include 'X-Amz-Credential'. Re-examine the query-string parameters.",
        "X-Amz-Signature=a&X-Amz-Credential=A/20261128/r/sts/aws4_request&X-Amz-SignedHeaders=host&X-Amz-Date=20261128T031552Z | AWS query-string parameters must include 'X-Amz-Algorithm'. Re-examine the query-string parameters.",
        "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=a&X-Amz-Credential=A/20261128/r/sts/aws4_request&X-Amz-SignedHeaders=host&X-Amz-Date=20261128T031552Z&X-Amz-Expires=604801 | X-Amz-Expires must be less than a week (in seconds) that is 604800",
        "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=a&X-Amz-Credential=A/20261128/r/sts/aws4_request&X-Amz-SignedHeaders=host&X-Amz-Date=20261128T031552Z&X-Amz-Expires=soon | X-Amz-Expires should be a number",
        "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Algorithm=AWS4-HMAC-SHA256 | The query-string parameter X-Amz-Algorithm occurs more than once.",
    })
    void malformedPresignedQueryIsIncompleteSignature(String query, String message) {
        assertThatThrownBy(() -> SignatureClaimReader.read(request(query)))
                .isInstanceOfSatisfying(AwsError.class, e -> {
                    assertThat(e.code()).isEqualTo(AwsErrorCode.INCOMPLETE_SIGNATURE);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }
}
