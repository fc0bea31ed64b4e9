package dev.warden.server.sts;

import dev.warden.core.sts.AuthorizationMessageSealer;
import dev.warden.server.QueryCall;
import dev.warden.server.QueryHandler;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.query.ValidationErrors;
import dev.warden.server.xml.XmlResult;

/**
 * STS DecodeAuthorizationMessage (iam-semantics.md §6.8): opens an encoded authorization message
 * that Warden sealed ({@code dev.warden.server.authz.AuthorizationMessages}) and returns its JSON.
 * The caller needs {@code sts:DecodeAuthorizationMessage}, checked by the request authorizer. Input
 * of 1–10,240 characters; anything that is not a message sealed under this Warden's master key
 * (altered, foreign, garbage) is {@code InvalidAuthorizationMessageException}.
 */
public final class DecodeAuthorizationMessageHandler<P> implements QueryHandler<P> {

    public static final String ACTION = "DecodeAuthorizationMessage";
    static final String INVALID = "The encoded authorization message is not valid.";

    private final AuthorizationMessageSealer sealer;

    public DecodeAuthorizationMessageHandler(AuthorizationMessageSealer sealer) {
        this.sealer = sealer;
    }

    @Override
    public XmlResult handle(QueryCall<P> call) {
        String encoded = call.params().optionalString("EncodedMessage").orElse(null);
        ValidationErrors errors = new ValidationErrors().notNull(call.params().memberPath("EncodedMessage"), encoded);
        if (encoded != null) {
            errors.length("encodedMessage", encoded, 1, 10_240);
        }
        errors.throwIfAny();
        String decoded = sealer.open(encoded)
                .orElseThrow(() -> new AwsError(AwsErrorCode.INVALID_AUTHORIZATION_MESSAGE, INVALID));
        return xml -> xml.element("DecodedMessage", decoded);
    }
}
