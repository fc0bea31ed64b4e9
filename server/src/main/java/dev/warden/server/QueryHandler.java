package dev.warden.server;

import dev.warden.server.xml.XmlResult;

/**
 * One Query operation (an {@code Action} of a service). Handlers stay thin: read parameters from
 * {@link QueryCall#params()}, act through the core module, and return a writer for the children of
 * {@code <ActionResult>}; the server wraps it in the response envelope. Failures are thrown as
 * {@link dev.warden.server.error.AwsError}.
 *
 * @param <P> the core module's principal type (see {@link dev.warden.server.auth.CredentialStore})
 */
@FunctionalInterface
public interface QueryHandler<P> {

    XmlResult handle(QueryCall<P> call);

    default SignatureRequirement signatureRequirement() {
        return SignatureRequirement.SIGV4_REQUIRED;
    }

    /** Wraps a handler of an operation that clients call without a signature. */
    static <P> QueryHandler<P> unsigned(QueryHandler<P> handler) {
        return new QueryHandler<>() {
            @Override
            public XmlResult handle(QueryCall<P> call) {
                return handler.handle(call);
            }

            @Override
            public SignatureRequirement signatureRequirement() {
                return SignatureRequirement.UNSIGNED;
            }
        };
    }
}
