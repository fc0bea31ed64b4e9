package dev.warden.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.model.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboundTokenContentTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    static OutboundTokenContent content(List<String> audiences, List<Tag> principalTags, List<Tag> requestTags) {
        return new OutboundTokenContent("http://127.0.0.1:8080/outbound-identity/ab", "arn:aws:iam::123456789012:user/a",
                audiences, NOW, NOW.plusSeconds(300), "id-1", "123456789012", "eu-west-1", principalTags, requestTags);
    }

    record Case(String why, OutboundTokenContent content, String expectedJson) {}

    @Test
    void claimsAreTheDocumentedOnes() throws Exception {
        List<Case> cases = List.of(
                new Case("one audience is a string, no tag maps", content(List.of("x"), List.of(), List.of()),
                        "{\"iss\":\"http://127.0.0.1:8080/outbound-identity/ab\",\"sub\":\"arn:aws:iam::123456789012:user/a\","
                                + "\"aud\":\"x\",\"iat\":1795867200,\"exp\":1795867500,\"jti\":\"id-1\","
                                + "\"https://sts.amazonaws.com/\":{\"aws_account\":\"123456789012\",\"source_region\":\"eu-west-1\"}}"),
                new Case("several audiences are an array; both tag maps",
                        content(List.of("x", "y"), List.of(new Tag("team", "data")), List.of(new Tag("job", "1"))),
                        "{\"iss\":\"http://127.0.0.1:8080/outbound-identity/ab\",\"sub\":\"arn:aws:iam::123456789012:user/a\","
                                + "\"aud\":[\"x\",\"y\"],\"iat\":1795867200,\"exp\":1795867500,\"jti\":\"id-1\","
                                + "\"https://sts.amazonaws.com/\":{\"aws_account\":\"123456789012\",\"source_region\":\"eu-west-1\","
                                + "\"principal_tags\":{\"team\":\"data\"},\"request_tags\":{\"job\":\"1\"}}}"));
        for (Case c : cases) {
            assertThat(c.content().claims().toJSONObject())
                    .as(c.why()).isEqualTo(com.nimbusds.jose.util.JSONObjectUtils.parse(c.expectedJson()));
        }
    }

    @Test
    void awsClaimsAreNestedUnderTheStsNamespace() throws Exception {
        Map<String, Object> aws = content(List.of("x"), List.of(), List.of()).claims()
                .getJSONObjectClaim(OutboundTokenContent.AWS_NAMESPACE);
        assertThat(aws).containsOnlyKeys("aws_account", "source_region");
    }
}
