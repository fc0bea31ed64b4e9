package dev.warden.core.store.jdbc;

import dev.warden.core.store.AccessKeyRepository;
import dev.warden.core.store.AccountAliasRepository;
import dev.warden.core.store.AccountRepository;
import dev.warden.core.store.AttachmentRepository;
import dev.warden.core.store.AuditRepository;
import dev.warden.core.store.CredentialReportRepository;
import dev.warden.core.store.GroupRepository;
import dev.warden.core.store.InlinePolicyRepository;
import dev.warden.core.store.InstanceProfileRepository;
import dev.warden.core.store.LoginProfileRepository;
import dev.warden.core.store.ManagedPolicyRepository;
import dev.warden.core.store.MfaDeviceRepository;
import dev.warden.core.store.ServerCertificateRepository;
import dev.warden.core.store.OutboundFederationRepository;
import dev.warden.core.store.ServiceLastAccessedJobRepository;
import dev.warden.core.store.SigningCertificateRepository;
import dev.warden.core.store.PasswordHistoryRepository;
import dev.warden.core.store.ServiceSpecificCredentialRepository;
import dev.warden.core.store.SshPublicKeyRepository;
import dev.warden.core.store.OidcProviderRepository;
import dev.warden.core.store.PasswordPolicyRepository;
import dev.warden.core.store.RoleRepository;
import dev.warden.core.store.SamlProviderRepository;
import dev.warden.core.store.StoreTransaction;
import dev.warden.core.store.StsPreferencesRepository;
import dev.warden.core.store.UserRepository;
import java.sql.Connection;

/**
 * The JDBC repositories over one connection that is inside a transaction. The SQL is portable, so
 * SQLite and PostgreSQL stores share this class and differ only in how they open and commit.
 */
public final class JdbcTransaction implements StoreTransaction {
    private final SqlRunner sql;

    public JdbcTransaction(Connection connection) {
        this.sql = new SqlRunner(connection);
    }

    @Override
    public AccountRepository accounts() {
        return new JdbcAccountRepository(sql);
    }

    @Override
    public AccountAliasRepository accountAliases() {
        return new JdbcAccountAliasRepository(sql);
    }

    @Override
    public StsPreferencesRepository stsPreferences() {
        return new JdbcStsPreferencesRepository(sql);
    }

    @Override
    public UserRepository users() {
        return new JdbcUserRepository(sql);
    }

    @Override
    public GroupRepository groups() {
        return new JdbcGroupRepository(sql);
    }

    @Override
    public RoleRepository roles() {
        return new JdbcRoleRepository(sql);
    }

    @Override
    public InstanceProfileRepository instanceProfiles() {
        return new JdbcInstanceProfileRepository(sql);
    }

    @Override
    public OidcProviderRepository oidcProviders() {
        return new JdbcOidcProviderRepository(sql);
    }

    @Override
    public SamlProviderRepository samlProviders() {
        return new JdbcSamlProviderRepository(sql);
    }

    @Override
    public PasswordPolicyRepository passwordPolicies() {
        return new JdbcPasswordPolicyRepository(sql);
    }

    @Override
    public CredentialReportRepository credentialReports() {
        return new JdbcCredentialReportRepository(sql);
    }

    @Override
    public ManagedPolicyRepository policies() {
        return new JdbcManagedPolicyRepository(sql);
    }

    @Override
    public InlinePolicyRepository inlinePolicies() {
        return new JdbcInlinePolicyRepository(sql);
    }

    @Override
    public AttachmentRepository attachments() {
        return new JdbcAttachmentRepository(sql);
    }

    @Override
    public AccessKeyRepository accessKeys() {
        return new JdbcAccessKeyRepository(sql);
    }

    @Override
    public LoginProfileRepository loginProfiles() {
        return new JdbcLoginProfileRepository(sql);
    }

    @Override
    public OutboundFederationRepository outboundFederation() {
        return new JdbcOutboundFederationRepository(sql);
    }

    @Override
    public ServiceLastAccessedJobRepository serviceLastAccessedJobs() {
        return new JdbcServiceLastAccessedJobRepository(sql);
    }

    @Override
    public AuditRepository audit() {
        return new JdbcAuditRepository(sql);
    }

    @Override
    public MfaDeviceRepository mfaDevices() {
        return new JdbcMfaDeviceRepository(sql);
    }

    @Override
    public SshPublicKeyRepository sshPublicKeys() {
        return new JdbcSshPublicKeyRepository(sql);
    }

    @Override
    public PasswordHistoryRepository passwordHistory() {
        return new JdbcPasswordHistoryRepository(sql);
    }

    @Override
    public ServiceSpecificCredentialRepository serviceSpecificCredentials() {
        return new JdbcServiceSpecificCredentialRepository(sql);
    }

    @Override
    public SigningCertificateRepository signingCertificates() {
        return new JdbcSigningCertificateRepository(sql);
    }

    @Override
    public ServerCertificateRepository serverCertificates() {
        return new JdbcServerCertificateRepository(sql);
    }
}
