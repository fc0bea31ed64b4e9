package dev.warden.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CanonicalRequestTest {

    /** AWS General Reference, "Create a canonical request": IAM ListUsers, signed 20150830T123600Z. */
    static final SignedRequest DOCS_EXAMPLE = new SignedRequest("GET", "/", "Action=ListUsers&Version=2010-05-08",
            Map.of("Host", List.of("iam.amazonaws.com"),
                    "Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8"),
                    "X-Amz-Date", List.of("20150830T123600Z"),
                    "Authorization", List.of("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request,"
                            + " SignedHeaders=content-type;host;x-amz-date,"
                            + " Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7")),
            new byte[0]);

    @Test
    void buildsTheCanonicalRequestOfTheAwsDocumentationExample() {
        SignatureClaim claim = SignatureClaimReader.read(DOCS_EXAMPLE).orElseThrow();

        String canonical = CanonicalRequest.of(DOCS_EXAMPLE, claim, Sha256.EMPTY_HEX);

        assertThat(canonical).isEqualTo("GET\n/\nAction=ListUsers&Version=2010-05-08\n"
                + "content-type:application/x-www-form-urlencoded; charset=utf-8\nhost:iam.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n" + Sha256.EMPTY_HEX);
        assertThat(Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
    }

    @Test
    void verifiesTheSignatureOfTheAwsDocumentationExample() {
        InMemoryCredentialStore store = new InMemoryCredentialStore().withLongTermKey("AKIDEXAMPLE",
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                new dev.warden.server.auth.CallerIdentity("AIDAEXAMPLE", "123456789012", "arn:aws:iam::123456789012:user/x"));
        SigV4Verifier<String> verifier = new SigV4Verifier<>(store,
                Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC), new SigningKeyCache());

        assertThat(verifier.verify(DOCS_EXAMPLE, Set.of("iam")).accessKeyId()).isEqualTo("AKIDEXAMPLE");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                  | /",
        "/                   | /",
        "/prefix/path        | /prefix/path",
        "/prefix/path/       | /prefix/path/",
        "/a/./b/../c         | /a/c",
        "/a%20b              | /a%2520b",
        "/~user/x-y_z.1      | /~user/x-y_z.1",
        "/a:b                | /a%3Ab",
    })
    void canonicalUriIsNormalisedAndEncodedTwice(String rawPath, String expected) {
        assertThat(CanonicalRequest.canonicalUri(rawPath)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "b=2&a=1                        | false | a=1&b=2",
        "a=2&a=1                        | false | a=1&a=2",
        "x=a+b&y=a%20b&z=*              | false | x=a%20b&y=a%20b&z=%2A",
        "flag&Name=                     | false | Name=&flag=",
        "X-Amz-Signature=ab&Action=Get  | true  | Action=Get",
        "X-Amz-Signature=ab&Action=Get  | false | Action=Get&X-Amz-Signature=ab",
        "k=%c3%a9                       | false | k=%C3%A9",
    })
    void canonicalQuerySortsAndReEncodes(String rawQuery, boolean presigned, String expected) {
        assertThat(CanonicalRequest.canonicalQuery(rawQuery, presigned)).isEqualTo(expected);
    }

    @Test
    void canonicalHeadersTrimCollapseAndJoinRepeats() {
        SignedRequest request = new SignedRequest("POST", "/", "",
                Map.of("Host", List.of("h"), "X-Amz-Meta", List.of("  a   b  ", "c")), new byte[0]);

        assertThat(CanonicalRequest.canonicalHeaders(request, List.of("host", "x-amz-meta")))
                .isEqualTo("host:h\nx-amz-meta:a b,c\n");
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "a b c|a b c", "'  a  b '|a b", "a\tb|a b", "a  b|a b", "' a'|a", "'a '|a", "plain|plain", "''|''"})
    void headerValuesAreTrimmedAndInnerRunsCollapsed(String value, String canonical) {
        String unescaped = value.replace("\\t", "\t");
        SignedRequest request = new SignedRequest("POST", "/", "", Map.of("Host", List.of("h"), "X-Test", List.of(unescaped)),
                new byte[0]);

        assertThat(CanonicalRequest.canonicalHeaders(request, List.of("host", "x-test")))
                .isEqualTo("host:h\nx-test:" + canonical + "\n");
    }
}
