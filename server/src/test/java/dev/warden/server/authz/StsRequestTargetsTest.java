package dev.warden.server.authz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.context.ContextValue;
import dev.warden.server.query.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StsRequestTargetsTest {

    static final String TASK = "arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials";

    record Case(String action, Map<String, String> params, String resource, Map<String, ContextValue> keys) {}

    @Test
    void assumeRootActsOnTheTargetAccountsRootUserOtherActionsOnAnything() {
        List<Case> cases = List.of(
                new Case("AssumeRoot", Map.of("TargetPrincipal", "111122223333", "TaskPolicyArn.arn", TASK),
                        "arn:aws:iam::111122223333:root", Map.of("sts:TaskPolicyArn", ContextValue.string(TASK),
                                "aws:ResourceAccount", ContextValue.string("111122223333"))),
                new Case("AssumeRoot", Map.of("TargetPrincipal", "111122223333"), "arn:aws:iam::111122223333:root",
                        Map.of("aws:ResourceAccount", ContextValue.string("111122223333"))),
                new Case("AssumeRoot", Map.of("TargetPrincipal", "not-an-account"), "arn:aws:iam::not-an-account:root",
                        Map.of()),
                new Case("GetDelegatedAccessToken", Map.of("TradeInToken", "t"), "*", Map.of()),
                new Case("DecodeAuthorizationMessage", Map.of("EncodedMessage", "m"), "*", Map.of()));
        for (Case c : cases) {
            RequestTarget target = StsRequestTargets.resolve(c.action(), QueryParameters.of(c.params()));
            assertThat(target.resource()).as(c.toString()).isEqualTo(c.resource());
            assertThat(target.keys()).as(c.toString()).isEqualTo(c.keys());
        }
    }
}
