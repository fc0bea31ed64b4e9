package dev.warden.server.sts;

import dev.warden.server.QueryCall;
import dev.warden.server.QueryHandler;
import dev.warden.server.auth.CallerIdentity;
import dev.warden.server.xml.XmlResult;

/**
 * STS GetCallerIdentity (iam-semantics.md §6.5): reports the identity behind the signing key, as the
 * credential store resolved it. Needs no permission; element order as in wire-protocol.md §3.
 */
public final class GetCallerIdentityHandler<P> implements QueryHandler<P> {

    public static final String ACTION = "GetCallerIdentity";

    @Override
    public XmlResult handle(QueryCall<P> call) {
        CallerIdentity identity = call.requireCaller().identity();
        return xml -> xml
                .element("Arn", identity.arn())
                .element("UserId", identity.userId())
                .element("Account", identity.account());
    }
}
