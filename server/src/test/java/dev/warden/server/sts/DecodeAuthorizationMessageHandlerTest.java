package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.PolicySet;
import dev.warden.server.authz.AuthorizationMessages;
import dev.warden.server.error.AwsError;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryService;
import dev.warden.server.testing.CoreTestHome;
import dev.warden.server.testing.MutableClock;
import dev.warden.server.xml.QueryXmlDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeAuthorizationMessageHandlerTest {

    @TempDir
    Path folder;

    CoreTestHome core;
    DecodeAuthorizationMessageHandler<WardenPrincipal> handler;
    WardenPrincipal alice;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, new MutableClock());
        handler = new DecodeAuthorizationMessageHandler<>(core.home().authorizationMessages());
        alice = core.principal(core.user("alice"));
    }

    @AfterEach
    void close() {
        core.close();
    }

    String decode(String message) {
        String xml = new String(QueryXmlDocuments.success(QueryService.STS.xmlNamespace(), "DecodeAuthorizationMessage",
                "r", handler.handle(core.call(QueryService.STS, "DecodeAuthorizationMessage", alice,
                        Map.of("EncodedMessage", message)))), StandardCharsets.UTF_8);
        Matcher decoded = Pattern.compile("<DecodedMessage>([^<]+)</DecodedMessage>").matcher(xml);
        assertThat(decoded.find()).isTrue();
        return decoded.group(1).replace("&quot;", "\"").replace("&amp;", "&");
    }

    @Test
    void decodesADenialWardenEncoded() throws Exception {
        RequestContext context = RequestContext.builder().put("aws:username", "alice")
                .put("aws:userid", alice.caller().uniqueId().orElseThrow()).build();
        Decision denial = new Authorizer().authorize(PolicySet.builder().build(),
                AuthorizationRequest.of(alice.caller(), "iam:ListUsers", "arn:aws:iam::123456789012:user/", context));
        String encoded = new AuthorizationMessages(core.home().authorizationMessages()).encode(denial, alice, context);

        JsonNode decoded = new ObjectMapper().readTree(decode(encoded));

        assertThat(decoded.get("allowed").asBoolean()).isFalse();
        assertThat(decoded.get("explicitDeny").asBoolean()).isFalse();
        assertThat(decoded.at("/matchedStatements/items").isArray()).isTrue();
        assertThat(decoded.at("/failures/items/0/reason").asText()).isEqualTo("no identity-based policy allows the action");
        assertThat(decoded.at("/context/principal/id").asText()).isEqualTo(alice.caller().uniqueId().orElseThrow());
        assertThat(decoded.at("/context/principal/name").asText()).isEqualTo("alice");
        assertThat(decoded.at("/context/principal/arn").asText()).isEqualTo("arn:aws:iam::123456789012:user/alice");
        assertThat(decoded.at("/context/action").asText()).isEqualTo("iam:ListUsers");
        assertThat(decoded.at("/context/resource").asText()).isEqualTo("arn:aws:iam::123456789012:user/");
        // Sorted by key: aws:userid, then aws:username.
        assertThat(decoded.at("/context/conditions/items/1/key").asText()).isEqualTo("aws:username");
        assertThat(decoded.at("/context/conditions/items/1/values/items/0/value").asText()).isEqualTo("alice");
    }

    @Test
    void refusesWhatWardenDidNotEncode() {
        assertThatThrownBy(() -> decode("bm90IGEgbWVzc2FnZQ")).isInstanceOfSatisfying(AwsError.class, e -> {
            assertThat(e.code().code()).isEqualTo("InvalidAuthorizationMessageException");
            assertThat(e.code().httpStatus()).isEqualTo(400);
        });
    }

    @Test
    void theInputHasTheModelsLimits() {
        assertThatThrownBy(() -> decode("a".repeat(10_241))).isInstanceOfSatisfying(AwsError.class,
                e -> assertThat(e.getMessage()).endsWith("Member must have length less than or equal to 10240"));
        assertThatThrownBy(() -> decode("")).isInstanceOfSatisfying(AwsError.class,
                e -> assertThat(e.code().code()).isEqualTo("ValidationError"));
    }
}
