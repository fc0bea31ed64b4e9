package dev.warden.server;

/**
 * Hook between decoding and acting: decides whether the caller may perform the operation. The policy
 * engine plugs in here; until it does, {@link UnenforcedAllowAllAuthorizer} lets everything through.
 *
 * <p>Called for every routed request, including {@link SignatureRequirement#UNSIGNED} ones (whose
 * {@link QueryCall#caller()} is empty). A {@link AuthorizationDecision.Deny} is answered with
 * {@code AccessDenied} (403) and the decision's message; the handler is not called.
 */
@FunctionalInterface
public interface RequestAuthorizer<P> {

    AuthorizationDecision authorize(QueryCall<P> call);
}
