package dev.warden.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.QueryService;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnenforcedAllowAllAuthorizerTest {

    @Test
    void allowsAndSaysThatNothingWasEvaluated() {
        QueryCall<String> call = new QueryCall<>("r", QueryService.IAM, "DeleteRole", QueryParameters.of(Map.of()),
                Optional.empty(), Instant.EPOCH, "127.0.0.1", "", false);

        assertThat(new UnenforcedAllowAllAuthorizer<String>().authorize(call))
                .isEqualTo(new AuthorizationDecision.Allow("no policy evaluated: authorization is not enforced"));
    }
}
