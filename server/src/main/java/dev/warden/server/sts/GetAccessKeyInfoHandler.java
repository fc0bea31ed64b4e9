package dev.warden.server.sts;

import dev.warden.server.QueryCall;
import dev.warden.server.QueryHandler;
import dev.warden.server.query.ValidationErrors;
import dev.warden.server.xml.XmlResult;

/**
 * STS GetAccessKeyInfo: the account an access key id belongs to. AWS reads it out of the key id;
 * a Warden installation hosts one account and issues every key for it, so the answer is that
 * account for any well-formed key id.
 */
public final class GetAccessKeyInfoHandler<P> implements QueryHandler<P> {

    public static final String ACTION = "GetAccessKeyInfo";

    private final String accountId;

    public GetAccessKeyInfoHandler(String accountId) {
        this.accountId = accountId;
    }

    @Override
    public XmlResult handle(QueryCall<P> call) {
        String keyId = call.params().requiredString("AccessKeyId");
        new ValidationErrors().length("accessKeyId", keyId, 16, 128)
                .pattern("accessKeyId", keyId, StsParameterRules.ACCESS_KEY_ID)
                .throwIfAny();
        return xml -> xml.element("Account", accountId);
    }
}
