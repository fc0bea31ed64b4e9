package dev.warden.core.store;

/** The repositories visible inside one unit of work; valid only until the work returns. */
public interface StoreTransaction {
    AccountRepository accounts();

    AccountAliasRepository accountAliases();

    StsPreferencesRepository stsPreferences();

    UserRepository users();

    GroupRepository groups();

    RoleRepository roles();

    InstanceProfileRepository instanceProfiles();

    OidcProviderRepository oidcProviders();

    SamlProviderRepository samlProviders();

    PasswordPolicyRepository passwordPolicies();

    CredentialReportRepository credentialReports();

    ManagedPolicyRepository policies();

    InlinePolicyRepository inlinePolicies();

    AttachmentRepository attachments();

    AccessKeyRepository accessKeys();

    LoginProfileRepository loginProfiles();

    PasswordHistoryRepository passwordHistory();

    MfaDeviceRepository mfaDevices();

    SshPublicKeyRepository sshPublicKeys();

    SigningCertificateRepository signingCertificates();

    ServiceSpecificCredentialRepository serviceSpecificCredentials();

    ServerCertificateRepository serverCertificates();

    ServiceLastAccessedJobRepository serviceLastAccessedJobs();

    OutboundFederationRepository outboundFederation();

    AuditRepository audit();
}
