package dev.warden.server.sts;

import dev.warden.server.QueryCall;
import dev.warden.server.QueryHandler;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.xml.XmlResult;

/**
 * STS GetDelegatedAccessToken: an AWS Partner exchanges the trade-in token IAM sent it for an accepted
 * delegation request (IAM temporary delegation) for credentials in the customer's account. The
 * Service Authorization Reference says it "is intended to be used only by Amazon or AWS Partners".
 * Warden has no onboarded partners and issues no trade-in tokens (see the IAM delegation request
 * operations), so the call is refused with AccessDenied once authorized. The token is a secret: it is
 * neither echoed nor logged (the audit trail drops the TradeInToken member).
 */
public final class GetDelegatedAccessTokenHandler<P> implements QueryHandler<P> {

    public static final String ACTION = "GetDelegatedAccessToken";

    private final String accountId;

    public GetDelegatedAccessTokenHandler(String accountId) {
        this.accountId = accountId;
    }

    @Override
    public XmlResult handle(QueryCall<P> call) {
        call.params().requiredString("TradeInToken");
        throw new AwsError(AwsErrorCode.ACCESS_DENIED, "Account " + accountId
                + " is not onboarded as a partner for IAM temporary delegation.");
    }
}
