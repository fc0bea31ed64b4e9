package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.model.Tag;
import dev.warden.policy.eval.Caller;
import dev.warden.server.QueryCall;
import dev.warden.server.auth.AuthLocation;
import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.auth.CallerIdentity;
import dev.warden.server.auth.CredentialScope;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.QueryService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IamRequestTest {

    static final WardenPrincipal USER = new WardenPrincipal(
            Caller.user("123456789012", "arn:aws:iam::123456789012:user/alice"), "AKIAEXAMPLE000000001",
            Optional.of("alice"), Optional.empty());
    static final WardenPrincipal ROLE_SESSION = new WardenPrincipal(
            Caller.roleSession("123456789012", "arn:aws:sts::123456789012:assumed-role/r/s",
                    "arn:aws:iam::123456789012:role/r"), "ASIAEXAMPLE000000001", Optional.empty(), Optional.empty());

    static IamRequest request(WardenPrincipal principal, Map<String, String> params) {
        AuthenticatedCaller<WardenPrincipal> caller = new AuthenticatedCaller<>(
                new CallerIdentity("AIDAEXAMPLE", "123456789012", principal.caller().arn()), principal.accessKeyId(),
                new CredentialScope("20250101", "us-east-1", "iam", CredentialScope.TERMINATOR), AuthLocation.HEADER,
                principal.temporary(), Optional.empty(), principal);
        return new IamRequest(new QueryCall<>("req-1", QueryService.IAM, "GetUser", QueryParameters.of(params),
                Optional.of(caller), Instant.EPOCH, "127.0.0.1", "test", false));
    }

    @Test
    void userNameDefaultsToTheSigningUser() {
        assertThat(request(USER, Map.of()).userNameOrCaller()).isEqualTo("alice");
        assertThat(request(USER, Map.of("UserName", "bob")).userNameOrCaller()).isEqualTo("bob");
        assertThat(request(ROLE_SESSION, Map.of("UserName", "bob")).userNameOrCaller()).isEqualTo("bob");
    }

    @Test
    void nonUserCallersMustNameTheUser() {
        assertThatThrownBy(() -> request(ROLE_SESSION, Map.of()).userNameOrCaller())
                .isInstanceOfSatisfying(AwsError.class, e -> {
                    assertThat(e.code()).isEqualTo(AwsErrorCode.VALIDATION_ERROR);
                    assertThat(e.getMessage()).isEqualTo("Must specify userName when calling with non-User credentials");
                });
    }

    @Test
    void tagsInIndexOrderWithEmptyValues() {
        IamRequest r = request(USER, Map.of("Tags.member.2.Key", "b", "Tags.member.2.Value", "",
                "Tags.member.1.Key", "a", "Tags.member.1.Value", "1"));
        assertThat(r.tags()).containsExactly(new Tag("a", "1"), new Tag("b", ""));
    }

    @Test
    void requiredListsMayBeEmptyButNotAbsent() {
        assertThat(request(USER, Map.of("TagKeys", "")).requiredStrings("TagKeys")).isEmpty();
        assertThat(request(USER, Map.of("TagKeys.member.1", "x")).requiredStrings("TagKeys")).isEqualTo(List.of("x"));
        assertThatThrownBy(() -> request(USER, Map.of()).requiredStrings("TagKeys"))
                .hasMessage("1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: "
                        + "Member must not be null");
        assertThatThrownBy(() -> request(USER, Map.of()).requiredTags()).isInstanceOf(AwsError.class);
    }

    @Test
    void enumMembersListTheAllowedValues() {
        assertThatThrownBy(() -> request(USER, Map.of("Scope", "all")).optionalEnum("Scope", PolicyListing.SCOPES))
                .hasMessage("1 validation error detected: Value 'all' at 'scope' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [All, AWS, Local]");
        assertThat(request(USER, Map.of()).optionalEnum("Scope", PolicyListing.SCOPES)).isNull();
    }
}
