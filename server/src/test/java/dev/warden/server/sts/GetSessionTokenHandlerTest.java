package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.model.Role;
import dev.warden.core.sts.SessionClaims;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.core.sts.TokenVerification;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GetSessionTokenHandlerTest {

    @TempDir
    Path folder;

    CoreTestHome core;
    GetSessionTokenHandler handler;
    CreatedAccessKey key;

    @BeforeEach
    void open() {
        core = new CoreTestHome(folder, new MutableClock());
        handler = new GetSessionTokenHandler(core.home().sessions(), new MfaCodeCheck(core.iam().mfaDevices()));
        key = core.user("alice");
    }

    @AfterEach
    void close() {
        core.close();
    }

    String response(WardenPrincipal caller, Map<String, String> params) {
        return new String(QueryXmlDocuments.success(QueryService.STS.xmlNamespace(), "GetSessionToken", "r",
                handler.handle(core.call(QueryService.STS, "GetSessionToken", caller, params))), StandardCharsets.UTF_8);
    }

    SessionClaims claims(String xml) {
        Matcher token = Pattern.compile("<SessionToken>([^<]+)</SessionToken>").matcher(xml);
        assertThat(token.find()).isTrue();
        return ((TokenVerification.Valid) core.home().sessions().verify(token.group(1))).claims();
    }

    @ParameterizedTest(name = "DurationSeconds {0} gives {1} s")
    @CsvSource({"'', 43200", "900, 900", "129600, 129600"})
    void issuesASessionOfTheUser(String requested, long seconds) {
        Map<String, String> params = requested.isEmpty() ? Map.of() : Map.of("DurationSeconds", requested);

        String xml = response(core.principal(key), params);

        assertThat(xml).contains("<GetSessionTokenResult><Credentials><AccessKeyId>ASIA");
        SessionClaims claims = claims(xml);
        assertThat(claims.principal()).isEqualTo(new SessionPrincipal.IamUser(key.accessKey().userId(),
                "arn:aws:iam::123456789012:user/alice", "alice"));
        assertThat(claims.expiresAt()).isEqualTo(claims.issuedAt().plusSeconds(seconds));
        assertThat(claims.sessionPolicy()).isNull();
    }

    @Test
    void refusesDurationsOutOfRangeAndSessionCredentials() {
        assertThatThrownBy(() -> response(core.principal(key), Map.of("DurationSeconds", "129601")))
                .hasMessage("1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy "
                        + "constraint: Member must have value less than or equal to 129600");
        Role role = core.role("r", CoreTestHome.trustNaming("arn:aws:iam::123456789012:root"), null);
        assertThatThrownBy(() -> response(core.roleSession(role, "s"), Map.of()))
                .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.code().code()).isEqualTo("AccessDenied"))
                .hasMessage("Cannot call GetSessionToken with session credentials");
    }
}
