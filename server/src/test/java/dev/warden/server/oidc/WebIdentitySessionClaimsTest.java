package dev.warden.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.model.Tag;
import dev.warden.server.error.AwsError;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WebIdentitySessionClaimsTest {

    static final String TAGS = WebIdentitySessionClaims.TAGS;
    static final String SOURCE = WebIdentitySessionClaims.SOURCE_IDENTITY;

    record Accepted(String name, Map<String, Object> claims, WebIdentitySessionClaims expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Accepted> accepted() {
        return Stream.of(
                new Accepted("neither claim", Map.of("sub", "x"),
                        new WebIdentitySessionClaims(List.of(), List.of(), Optional.empty())),
                new Accepted("the documented shape", Map.of(TAGS, Map.of(
                        "principal_tags", Map.of("Project", List.of("Automation")),
                        "transitive_tag_keys", List.of("Project"))),
                        new WebIdentitySessionClaims(List.of(new Tag("Project", "Automation")), List.of("Project"),
                                Optional.empty())),
                new Accepted("a value as a plain string", Map.of(TAGS, Map.of("principal_tags", Map.of("A", "b"))),
                        new WebIdentitySessionClaims(List.of(new Tag("A", "b")), List.of(), Optional.empty())),
                new Accepted("an empty tags object", Map.of(TAGS, Map.of()),
                        new WebIdentitySessionClaims(List.of(), List.of(), Optional.empty())),
                new Accepted("a source identity", Map.of(SOURCE, "jane"),
                        new WebIdentitySessionClaims(List.of(), List.of(), Optional.of("jane"))));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void readsTheDocumentedClaims(Accepted c) {
        assertThat(WebIdentitySessionClaims.of(c.claims())).isEqualTo(c.expected());
    }

    record Refused(String name, Map<String, Object> claims, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refused> refused() {
        return Stream.of(
                new Refused("tags as a string", Map.of(TAGS, "Project=Automation"), "must be a JSON object"),
                new Refused("tags as an array (not AWS's shape)", Map.of(TAGS, List.of(Map.of())),
                        "must be a JSON object"),
                new Refused("principal_tags as an array", Map.of(TAGS, Map.of("principal_tags", List.of("a"))),
                        "principal_tags"),
                new Refused("a tag with two values", Map.of(TAGS,
                        Map.of("principal_tags", Map.of("Project", List.of("a", "b")))), "exactly one string value"),
                new Refused("a tag with no value", Map.of(TAGS,
                        Map.of("principal_tags", Map.of("Project", List.of()))), "exactly one string value"),
                new Refused("a numeric tag value", Map.of(TAGS,
                        Map.of("principal_tags", Map.of("Project", List.of(7L)))), "exactly one string value"),
                new Refused("transitive keys as a string", Map.of(TAGS,
                        Map.of("transitive_tag_keys", "Project")), "transitive_tag_keys"),
                new Refused("a numeric source identity", Map.of(SOURCE, 42L), "source_identity"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refusesOtherShapesAsAnInvalidToken(Refused c) {
        assertThatThrownBy(() -> WebIdentitySessionClaims.of(c.claims())).isInstanceOfSatisfying(AwsError.class, e -> {
            assertThat(e.code().code()).isEqualTo("InvalidIdentityToken");
            assertThat(e.getMessage()).contains(c.message());
        });
    }
}
