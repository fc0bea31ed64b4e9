package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.QueryCall;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.QueryService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetDelegatedAccessTokenHandlerTest {

    final GetDelegatedAccessTokenHandler<String> handler = new GetDelegatedAccessTokenHandler<>("123456789012");

    record Case(Map<String, String> params, AwsErrorCode code, String message) {}

    void call(Map<String, String> params) {
        handler.handle(new QueryCall<>("r", QueryService.STS, GetDelegatedAccessTokenHandler.ACTION,
                QueryParameters.of(params), Optional.empty(), Instant.EPOCH, "127.0.0.1", "", false));
    }

    @Test
    void noTradeInTokenIsEverExchangedAndNoneIsEchoed() {
        List<Case> cases = List.of(
                new Case(Map.of("TradeInToken", "secret-trade-in-token"), AwsErrorCode.ACCESS_DENIED,
                        "Account 123456789012 is not onboarded as a partner for IAM temporary delegation."),
                new Case(Map.of(), AwsErrorCode.VALIDATION_ERROR,
                        "Value null at 'tradeInToken' failed to satisfy constraint: Member must not be null"));
        for (Case c : cases) {
            assertThatThrownBy(() -> call(c.params())).as(c.toString())
                    .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.code()).isEqualTo(c.code()))
                    .hasMessageContaining(c.message())
                    .message().doesNotContain("secret-trade-in-token");
        }
    }
}
