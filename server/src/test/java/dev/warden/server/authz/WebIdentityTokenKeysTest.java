package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.server.query.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebIdentityTokenKeysTest {

    record Case(String why, Map<String, String> params, Map<String, ContextValue> keys, List<String> actions) {}

    static final ContextValue DEFAULT_DURATION = ContextValue.of(ContextKeyType.NUMERIC, "300");

    @Test
    void setsTheKeysTheCatalogueNamesForGetWebIdentityToken() {
        List<Case> cases = List.of(
                new Case("audiences, algorithm, default duration",
                        Map.of("Audience.member.1", "a", "Audience.member.2", "b", "SigningAlgorithm", "RS256"),
                        Map.of("sts:IdentityTokenAudience", ContextValue.strings(List.of("a", "b")),
                                "sts:SigningAlgorithm", ContextValue.string("RS256"),
                                "sts:DurationSeconds", DEFAULT_DURATION),
                        List.of("sts:GetWebIdentityToken")),
                new Case("explicit duration", Map.of("DurationSeconds", "900"),
                        Map.of("sts:DurationSeconds", ContextValue.of(ContextKeyType.NUMERIC, "900")),
                        List.of("sts:GetWebIdentityToken")),
                new Case("a duration that is no number sets no key", Map.of("DurationSeconds", "soon"),
                        Map.of(), List.of("sts:GetWebIdentityToken")),
                new Case("tags need TagGetWebIdentityToken too",
                        Map.of("Tags.member.1.Key", "job", "Tags.member.1.Value", "nightly"),
                        Map.of("sts:DurationSeconds", DEFAULT_DURATION,
                                "aws:RequestTag/job", ContextValue.string("nightly"),
                                "aws:TagKeys", ContextValue.strings(List.of("job"))),
                        List.of("sts:GetWebIdentityToken", "sts:TagGetWebIdentityToken")));
        for (Case c : cases) {
            QueryParameters params = QueryParameters.of(new LinkedHashMap<>(c.params()));

            assertThat(WebIdentityTokenKeys.of(params)).as(c.why()).isEqualTo(c.keys());
            assertThat(WebIdentityTokenKeys.actions(params)).as(c.why()).isEqualTo(c.actions());
        }
    }
}
