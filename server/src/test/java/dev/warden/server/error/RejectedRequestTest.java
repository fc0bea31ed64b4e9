package dev.warden.server.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RejectedRequestTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/bucket/key, true",
            "/, true",
            "/bucket/%2e%2e%2fkey, true",
            "/bucket/a/../b, true",
            "/bucket/%E2%82%AC, true",
            "'', false",
            "/%2e%2e, false",
            "/bucket/%2e%2e/%2e%2e, false",
            "/bucket/..%2F..%2Fx, false",
            "/bucket/%ZZ, false",
            "/bucket/%4, false",
            "/bucket/%C3%28, false",
            "/bucket/%ED%A0%80, false"})
    void pathResolvable(String rawPath, boolean resolvable) {
        assertThat(new RejectedRequest("GET", rawPath, "", "").pathResolvable()).isEqualTo(resolvable);
    }

    @Test
    void readsWhatJettyParsed() {
        HttpFields fields = HttpFields.build().add("Authorization", "AWS4-HMAC-SHA256 Credential=x").asImmutable();
        MetaData.Request parsed = new MetaData.Request("put", HttpURI.from("/bucket/key?acl"), HttpVersion.HTTP_1_1,
                fields);
        RejectedRequest rejected = RejectedRequest.of(parsed);
        assertThat(rejected).isEqualTo(new RejectedRequest("PUT", "/bucket/key", "acl",
                "AWS4-HMAC-SHA256 Credential=x"));
        assertThat(rejected.authorizationHeader()).contains("AWS4-HMAC-SHA256 Credential=x");
        assertThat(rejected.query()).contains("acl");
    }

    @Test
    void outsideJettysParsingThreadNothingIsKnown() {
        assertThat(RejectedRequest.current()).isEqualTo(RejectedRequest.UNKNOWN);
        assertThat(RejectedRequest.UNKNOWN.authorizationHeader()).isEmpty();
        assertThat(RejectedRequest.UNKNOWN.query()).isEmpty();
    }
}
