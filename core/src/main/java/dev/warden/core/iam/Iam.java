package dev.warden.core.iam;

import dev.warden.core.model.Account;

/**
 * Entry point of the IAM core for one account: one service per action family, each with one method
 * per IAM action. Built by WardenHome, or directly from an {@link IamContext} in tests.
 */
public final class Iam {
    private final IamContext context;
    private final UserService users;
    private final AccessKeyService accessKeys;
    private final MfaDeviceService mfaDevices;
    private final SshPublicKeyService sshPublicKeys;
    private final SigningCertificateService signingCertificates;
    private final ServiceSpecificCredentialService serviceSpecificCredentials;
    private final ServerCertificateService serverCertificates;
    private final PasswordPolicyService passwordPolicy;
    private final LoginProfileService loginProfiles;
    private final CredentialReportService credentialReports;
    private final RoleService roles;
    private final RoleUseService roleUses;
    private final InstanceProfileService instanceProfiles;
    private final OidcProviderService openIdConnectProviders;
    private final GroupService groups;
    private final ManagedPolicyService policies;
    private final InlinePolicyService inlinePolicies;
    private final AttachmentService attachments;
    private final PrincipalPolicyService principalPolicies;
    private final AccountSummaryService accountSummary;
    private final AuthorizationDetailsService authorizationDetails;
    private final AccountAliasService accountAliases;
    private final StsPreferencesService stsPreferences;
    private final ServiceLastAccessedJobService serviceLastAccessedJobs;
    private final SamlProviderService samlProviders;
    private final OutboundFederationService outboundFederation;

    public Iam(IamContext context) {
        this.context = context;
        this.users = new UserService(context);
        this.accessKeys = new AccessKeyService(context);
        this.mfaDevices = new MfaDeviceService(context);
        this.sshPublicKeys = new SshPublicKeyService(context);
        this.signingCertificates = new SigningCertificateService(context);
        this.serviceSpecificCredentials = new ServiceSpecificCredentialService(context);
        this.serverCertificates = new ServerCertificateService(context);
        this.passwordPolicy = new PasswordPolicyService(context);
        this.loginProfiles = new LoginProfileService(context, passwordPolicy);
        this.credentialReports = new CredentialReportService(context);
        this.roles = new RoleService(context);
        this.roleUses = new RoleUseService(context);
        this.instanceProfiles = new InstanceProfileService(context, roles);
        this.openIdConnectProviders = new OidcProviderService(context);
        this.groups = new GroupService(context);
        this.policies = new ManagedPolicyService(context);
        this.inlinePolicies = new InlinePolicyService(context);
        this.attachments = new AttachmentService(context);
        this.principalPolicies = new PrincipalPolicyService(context);
        this.accountSummary = new AccountSummaryService(context);
        this.authorizationDetails = new AuthorizationDetailsService(context, roles, roleUses, instanceProfiles);
        this.accountAliases = new AccountAliasService(context);
        this.stsPreferences = new StsPreferencesService(context);
        this.serviceLastAccessedJobs = new ServiceLastAccessedJobService(context);
        this.samlProviders = new SamlProviderService(context);
        this.outboundFederation = new OutboundFederationService(context);
    }

    /** Creates the account row when the store has none yet; true when it was created now. */
    public boolean ensureAccount() {
        return context.store().write(tx -> {
            boolean exists = tx.accounts().all().stream().anyMatch(a -> a.accountId().equals(context.accountId()));
            if (!exists) {
                tx.accounts().insert(new Account(context.accountId(), context.now()));
            }
            return !exists;
        });
    }

    /** The account the store was first created for, or null for an empty store. */
    public static String storedAccountId(dev.warden.core.store.Store store) {
        return store.read(tx -> tx.accounts().all().stream().findFirst().map(Account::accountId).orElse(null));
    }

    public IamContext context() {
        return context;
    }

    public String accountId() {
        return context.accountId();
    }

    public UserService users() {
        return users;
    }

    public AccessKeyService accessKeys() {
        return accessKeys;
    }

    /** Virtual MFA devices: the IAM actions, and one-time code checks for STS. */
    public MfaDeviceService mfaDevices() {
        return mfaDevices;
    }

    public ServiceSpecificCredentialService serviceSpecificCredentials() {
        return serviceSpecificCredentials;
    }

    public SshPublicKeyService sshPublicKeys() {
        return sshPublicKeys;
    }

    public SigningCertificateService signingCertificates() {
        return signingCertificates;
    }

    public ServerCertificateService serverCertificates() {
        return serverCertificates;
    }

    public LoginProfileService loginProfiles() {
        return loginProfiles;
    }

    public PasswordPolicyService passwordPolicy() {
        return passwordPolicy;
    }

    public CredentialReportService credentialReports() {
        return credentialReports;
    }

    public RoleService roles() {
        return roles;
    }

    /** When each role was last used (RoleLastUsed). */
    public RoleUseService roleUses() {
        return roleUses;
    }

    public InstanceProfileService instanceProfiles() {
        return instanceProfiles;
    }

    /** OpenID Connect providers: the IAM actions, and issuer lookups for AssumeRoleWithWebIdentity. */
    public OidcProviderService openIdConnectProviders() {
        return openIdConnectProviders;
    }

    public GroupService groups() {
        return groups;
    }

    public ManagedPolicyService policies() {
        return policies;
    }

    public InlinePolicyService inlinePolicies() {
        return inlinePolicies;
    }

    public AttachmentService attachments() {
        return attachments;
    }

    public AccountSummaryService accountSummary() {
        return accountSummary;
    }

    public AuthorizationDetailsService authorizationDetails() {
        return authorizationDetails;
    }

    public AccountAliasService accountAliases() {
        return accountAliases;
    }

    public StsPreferencesService stsPreferences() {
        return stsPreferences;
    }

    /** The jobs of the service last accessed report (the report itself is the server's, from the audit log). */
    public ServiceLastAccessedJobService serviceLastAccessedJobs() {
        return serviceLastAccessedJobs;
    }

    /** SAML 2.0 identity providers (stored and listed; no SAML sign-in yet). */
    public SamlProviderService samlProviders() {
        return samlProviders;
    }

    /** Outbound web identity federation: the IAM actions, and the keys STS GetWebIdentityToken signs with. */
    public OutboundFederationService outboundFederation() {
        return outboundFederation;
    }

    /** Read side for the policy engine: all policies that apply to a user or role. */
    public PrincipalPolicyService principalPolicies() {
        return principalPolicies;
    }
}
