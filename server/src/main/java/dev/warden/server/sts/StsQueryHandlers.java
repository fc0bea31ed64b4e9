package dev.warden.server.sts;

import dev.warden.core.iam.Iam;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.sts.AuthorizationMessageSealer;
import dev.warden.core.sts.SessionTokenService;
import dev.warden.server.QueryHandler;
import dev.warden.server.oidc.OutboundIssuer;
import dev.warden.server.oidc.WebIdentityTokenVerifier;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.saml.SamlResponseVerifier;
import dev.warden.server.query.QueryService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The STS operations Warden serves, keyed as {@code WardenServer.Builder#handlers} takes them. */
public final class StsQueryHandlers {

    private StsQueryHandlers() {}

    /** @param managedPolicyDocuments the default document of a managed policy ARN, empty if none */
    public static Map<String, Map<String, QueryHandler<WardenPrincipal>>> create(Iam iam, SessionTokenService sessions,
            Function<String, Optional<String>> managedPolicyDocuments, WebIdentityTokenVerifier webIdentityTokens,
            SamlResponseVerifier samlResponses, AuthorizationMessageSealer authorizationMessages) {
        return create(iam, iam.roles()::findRoleByArn, sessions, managedPolicyDocuments, webIdentityTokens,
                samlResponses, authorizationMessages);
    }

    /** @param rolesByArn where AssumeRole finds its role, e.g. {@code RoleCache#findRoleByArn} */
    public static Map<String, Map<String, QueryHandler<WardenPrincipal>>> create(Iam iam,
            Function<String, Optional<Role>> rolesByArn, SessionTokenService sessions,
            Function<String, Optional<String>> managedPolicyDocuments, WebIdentityTokenVerifier webIdentityTokens,
            SamlResponseVerifier samlResponses, AuthorizationMessageSealer authorizationMessages) {
        return Map.of(QueryService.STS.signingName(), actions(iam, rolesByArn, sessions, managedPolicyDocuments,
                webIdentityTokens, samlResponses, authorizationMessages));
    }

    /**
     * All of the above and GetWebIdentityToken, whose tokens name {@code issuer}'s URLs.
     *
     * @param principalTags a caller's principal tags, for the token's {@code principal_tags}
     */
    public static Map<String, Map<String, QueryHandler<WardenPrincipal>>> create(Iam iam,
            Function<String, Optional<Role>> rolesByArn, SessionTokenService sessions,
            Function<String, Optional<String>> managedPolicyDocuments, WebIdentityTokenVerifier webIdentityTokens,
            SamlResponseVerifier samlResponses, AuthorizationMessageSealer authorizationMessages, OutboundIssuer issuer,
            Function<WardenPrincipal, List<Tag>> principalTags) {
        Map<String, QueryHandler<WardenPrincipal>> actions = actions(iam, rolesByArn, sessions,
                managedPolicyDocuments, webIdentityTokens, samlResponses, authorizationMessages);
        actions.put(GetWebIdentityTokenHandler.ACTION, new GetWebIdentityTokenHandler(
                iam.outboundFederation()::signingKeys, issuer, principalTags));
        return Map.of(QueryService.STS.signingName(), actions);
    }

    private static Map<String, QueryHandler<WardenPrincipal>> actions(Iam iam,
            Function<String, Optional<Role>> rolesByArn, SessionTokenService sessions,
            Function<String, Optional<String>> managedPolicyDocuments, WebIdentityTokenVerifier webIdentityTokens,
            SamlResponseVerifier samlResponses, AuthorizationMessageSealer authorizationMessages) {
        Map<String, QueryHandler<WardenPrincipal>> actions = new LinkedHashMap<>();
        actions.put(GetCallerIdentityHandler.ACTION, new GetCallerIdentityHandler<>());
        actions.put(AssumeRoleHandler.ACTION, new AssumeRoleHandler(iam, rolesByArn, sessions, managedPolicyDocuments));
        actions.put(AssumeRoleWithWebIdentityHandler.ACTION, QueryHandler.unsigned(
                new AssumeRoleWithWebIdentityHandler<>(iam, sessions, webIdentityTokens, managedPolicyDocuments)));
        actions.put(AssumeRoleWithSamlHandler.ACTION, QueryHandler.unsigned(
                new AssumeRoleWithSamlHandler<>(iam, sessions, samlResponses, managedPolicyDocuments)));
        actions.put(GetSessionTokenHandler.ACTION, new GetSessionTokenHandler(sessions, new MfaCodeCheck(iam.mfaDevices())));
        actions.put(GetFederationTokenHandler.ACTION, new GetFederationTokenHandler(sessions, managedPolicyDocuments));
        actions.put(DecodeAuthorizationMessageHandler.ACTION,
                new DecodeAuthorizationMessageHandler<>(authorizationMessages));
        actions.put(GetAccessKeyInfoHandler.ACTION, new GetAccessKeyInfoHandler<>(iam.accountId()));
        // Organizations and delegation operations a standalone account refuses (task h19), kept together.
        actions.put(AssumeRootHandler.ACTION, new AssumeRootHandler<>(iam.accountId()));
        actions.put(GetDelegatedAccessTokenHandler.ACTION, new GetDelegatedAccessTokenHandler<>(iam.accountId()));
        return actions;
    }
}
