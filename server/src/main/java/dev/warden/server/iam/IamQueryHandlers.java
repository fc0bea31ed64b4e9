package dev.warden.server.iam;

import dev.warden.server.QueryHandler;
import dev.warden.server.oidc.OutboundIssuer;
import dev.warden.server.principal.WardenPrincipal;
import java.util.Map;

/**
 * The IAM Query API (2010-05-08) that Warden serves: one handler per action, each a thin layer that
 * reads the Query parameters, calls the IAM core and writes the response members in the order and
 * nesting of the AWS model.
 */
public final class IamQueryHandlers {

    private IamQueryHandlers() {}

    /**
     * Every IAM action Warden serves, by Action name, but outbound web identity federation's, whose
     * issuer URL needs the server's address (see the other {@code create}).
     */
    public static Map<String, QueryHandler<WardenPrincipal>> create(IamApiContext context) {
        return register(context, new ActionTable()).toMap();
    }

    /** Every IAM action Warden serves, with outbound web identity federation's issuers under {@code issuer}. */
    public static Map<String, QueryHandler<WardenPrincipal>> create(IamApiContext context, OutboundIssuer issuer) {
        ActionTable table = register(context, new ActionTable());
        OutboundFederationActions.register(table, context.iam().outboundFederation(), issuer);
        return table.toMap();
    }

    private static ActionTable register(IamApiContext context, ActionTable table) {
        UserActions.register(table, context);
        RoleActions.register(table, context);
        InstanceProfileActions.register(table, context);
        OidcProviderActions.register(table, context);
        SamlProviderActions.register(table, context);
        ManagedPolicyActions.register(table, context);
        AccessKeyActions.register(table, context);
        MfaDeviceActions.register(table, context);
        SshPublicKeyActions.register(table, context);
        SigningCertificateActions.register(table, context);
        ServiceSpecificCredentialActions.register(table, context);
        ServerCertificateActions.register(table, context);
        LoginProfileActions.register(table, context);
        PasswordPolicyActions.register(table, context);
        CredentialReportActions.register(table, context);
        GroupActions.register(table, context);
        InlinePolicyActions.register(table, context);
        AttachmentActions.register(table, context);
        AccountSummaryActions.register(table, context);
        AccountAliasActions.register(table, context);
        ServiceLastAccessedActions.register(table, context);
        AuthorizationDetailsActions.register(table, context);
        SimulationActions.register(table, context);
        // Account preferences and the Organizations and delegation operations (task h19), kept together.
        StsPreferencesActions.register(table, context);
        OrganizationsRootAccessActions.register(table);
        OrganizationsAccessReportActions.register(table);
        DelegationRequestActions.register(table, context.accountId());
        return table;
    }
}
