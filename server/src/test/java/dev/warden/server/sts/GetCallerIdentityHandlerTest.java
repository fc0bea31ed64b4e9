package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.QueryCall;
import dev.warden.server.auth.AuthLocation;
import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.auth.CallerIdentity;
import dev.warden.server.auth.CredentialScope;
import dev.warden.server.error.AwsError;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.QueryService;
import dev.warden.server.xml.QueryXmlDocuments;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetCallerIdentityHandlerTest {

    static QueryCall<String> call(Optional<AuthenticatedCaller<String>> caller) {
        return new QueryCall<>("r", QueryService.STS, "GetCallerIdentity", QueryParameters.of(Map.of()), caller,
                Instant.EPOCH, "127.0.0.1", "", false);
    }

    @Test
    void reportsTheSessionIdentity() {
        CallerIdentity session = new CallerIdentity("AROAEXAMPLE:sess", "123456789012",
                "arn:aws:sts::123456789012:assumed-role/demo/sess");
        AuthenticatedCaller<String> caller = new AuthenticatedCaller<>(session, "ASIAEXAMPLE",
                new CredentialScope("20261128", "us-east-1", "sts", "aws4_request"), AuthLocation.HEADER, true,
                Optional.empty(), "principal");

        byte[] xml = QueryXmlDocuments.success(QueryService.STS.xmlNamespace(), "GetCallerIdentity", "r",
                new GetCallerIdentityHandler<String>().handle(call(Optional.of(caller))));

        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<GetCallerIdentityResult>"
                + "<Arn>arn:aws:sts::123456789012:assumed-role/demo/sess</Arn><UserId>AROAEXAMPLE:sess</UserId>"
                + "<Account>123456789012</Account></GetCallerIdentityResult>");
    }

    @Test
    void needsASigner() {
        assertThatThrownBy(() -> new GetCallerIdentityHandler<String>().handle(call(Optional.empty())))
                .isInstanceOf(AwsError.class);
    }
}
