package dev.warden.core.home;

import dev.warden.core.audit.AuditLog;
import dev.warden.core.iam.AttachmentRequests;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.IamContext;
import dev.warden.core.iam.ListOptions;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.id.AccountId;
import dev.warden.core.id.UniqueIdGenerator;
import dev.warden.core.secret.MasterKey;
import dev.warden.core.secret.MasterKeyFile;
import dev.warden.core.secret.OwnerOnlyFiles;
import dev.warden.core.secret.PasswordHasher;
import dev.warden.core.secret.SecretAtRestCipher;
import dev.warden.core.store.sqlite.SqliteStore;
import dev.warden.core.sts.AuthorizationMessageSealer;
import dev.warden.core.sts.SessionTokenKeys;
import dev.warden.core.sts.SessionTokenService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Warden installation on disk: {@code $WARDEN_HOME} (mode 0700) with {@code master.key},
 * {@code warden.db} and {@code aws/{credentials,config}}. Opening it wires the store, IAM services,
 * STS token service and audit log; the first start also creates the account and the administrator
 * user {@code admin} (AdministratorAccess attached) with one access key written only to the
 * credentials file.
 */
public final class WardenHome implements AutoCloseable {
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_POLICY_ARN = "arn:aws:iam::aws:policy/AdministratorAccess";
    private static final Logger LOG = LoggerFactory.getLogger(WardenHome.class);

    private final Path home;
    private final SqliteStore store;
    private final Iam iam;
    private final SessionTokenService sessions;
    private final AuthorizationMessageSealer authorizationMessages;
    private final AuditLog audit;
    private final boolean firstStart;

    private WardenHome(Path home, SqliteStore store, Iam iam, SessionTokenService sessions,
            AuthorizationMessageSealer authorizationMessages, AuditLog audit, boolean firstStart) {
        this.home = home;
        this.store = store;
        this.iam = iam;
        this.sessions = sessions;
        this.authorizationMessages = authorizationMessages;
        this.audit = audit;
        this.firstStart = firstStart;
    }

    public static WardenHome open(WardenHomeSettings settings) {
        Path home = settings.home().toAbsolutePath().normalize();
        SecureRandom random = new SecureRandom();
        SqliteStore store = null;
        try {
            OwnerOnlyFiles.createOwnerOnlyDirectory(home);
            MasterKey master = settings.operatorMasterKey() != null ? settings.operatorMasterKey()
                    : MasterKeyFile.loadOrCreate(home.resolve("master.key"), random);
            store = SqliteStore.open(home.resolve("warden.db"));
            AccountId account = accountFor(store, settings, random);
            IamContext ctx = new IamContext(account, store, settings.clock(), random, new UniqueIdGenerator(random),
                    settings.quotas(), settings.policyCheck(), settings.awsManagedPolicies(),
                    new SecretAtRestCipher(master, random), new PasswordHasher(settings.argon2(), random));
            Iam iam = new Iam(ctx);
            boolean created = iam.ensureAccount();
            if (created) {
                LOG.info("Created account {} in {}", account, home);
            }
            bootstrapAdministrator(iam, home);
            AwsCliProfile.writeConfig(home, settings.port());
            SessionTokenService sessions = new SessionTokenService(
                    new SessionTokenKeys(master, settings.tokenKeyId(), settings.acceptedTokenKeyIds()), random,
                    settings.clock());
            return new WardenHome(home, store, iam, sessions, new AuthorizationMessageSealer(master, random),
                    new AuditLog(store, settings.clock()), created);
        } catch (IOException e) {
            closeQuietly(store);
            throw new UncheckedIOException("cannot prepare Warden home " + home, e);
        } catch (RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
    }

    private static AccountId accountFor(SqliteStore store, WardenHomeSettings settings, SecureRandom random) {
        String stored = Iam.storedAccountId(store);
        if (stored != null) {
            if (settings.accountId() != null && !settings.accountId().equals(stored)) {
                throw new IllegalStateException("this Warden home belongs to account " + stored
                        + ", not the configured " + settings.accountId());
            }
            return AccountId.of(stored);
        }
        return settings.accountId() != null ? AccountId.of(settings.accountId()) : AccountId.random(random);
    }

    /**
     * Creates {@code admin}, attaches AdministratorAccess and issues a key, each step only if missing,
     * so a start interrupted half-way completes on the next one. An existing admin key is never
     * replaced: if the credentials file was deleted, the operator is told how to get a new key.
     */
    private static void bootstrapAdministrator(Iam iam, Path home) throws IOException {
        Path credentials = AwsCliProfile.credentialsFile(home);
        if (Files.exists(credentials)) {
            return;
        }
        boolean adminExists = iam.context().store().read(tx ->
                tx.users().findByName(iam.accountId(), ADMIN_USER).isPresent());
        if (!adminExists) {
            iam.users().createUser(UserRequests.CreateUser.named(ADMIN_USER));
        }
        iam.attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy(ADMIN_USER, ADMIN_POLICY_ARN));
        if (!iam.accessKeys().listAccessKeys(ADMIN_USER, ListOptions.all()).items().isEmpty()) {
            LOG.warn("{} is missing but user {} already has access keys; create a new key with CreateAccessKey "
                    + "using existing credentials", credentials, ADMIN_USER);
            return;
        }
        CreatedAccessKey key = iam.accessKeys().createAccessKey(ADMIN_USER);
        AwsCliProfile.writeCredentials(home, key.accessKey().accessKeyId(), key.secretAccessKey());
        LOG.info("Created administrator user {} with access key {}; credentials written to {} (profile {})",
                ADMIN_USER, key.accessKey().accessKeyId(), credentials, AwsCliProfile.PROFILE);
    }

    private static void closeQuietly(SqliteStore store) {
        if (store != null) {
            store.close();
        }
    }

    public Path home() {
        return home;
    }

    public String accountId() {
        return iam.accountId();
    }

    public SqliteStore store() {
        return store;
    }

    public Iam iam() {
        return iam;
    }

    public SessionTokenService sessions() {
        return sessions;
    }

    /** Seals and opens the messages of STS DecodeAuthorizationMessage (key derived from the master key). */
    public AuthorizationMessageSealer authorizationMessages() {
        return authorizationMessages;
    }

    public AuditLog audit() {
        return audit;
    }

    /** True when this open created the account. */
    public boolean isFirstStart() {
        return firstStart;
    }

    public Path credentialsFile() {
        return AwsCliProfile.credentialsFile(home);
    }

    public Path configFile() {
        return AwsCliProfile.configFile(home);
    }

    @Override
    public void close() {
        store.close();
    }
}
