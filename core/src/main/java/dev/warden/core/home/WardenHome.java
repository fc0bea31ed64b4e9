package dev.warden.core.home;

import dev.warden.core.audit.AuditLog;
import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.iam.AttachmentRequests;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.IamContext;
import dev.warden.core.iam.ListOptions;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.id.AccountId;
import dev.warden.core.id.UniqueIdGenerator;
import dev.warden.core.model.Account;
import dev.warden.core.model.User;
import dev.warden.core.secret.MasterKey;
import dev.warden.core.secret.MasterKeyFile;
import dev.warden.core.secret.OwnerOnlyFiles;
import dev.warden.core.secret.PasswordHasher;
import dev.warden.core.secret.PerThreadSecureRandom;
import dev.warden.core.secret.SealedBoxException;
import dev.warden.core.secret.SecretAtRestCipher;
import dev.warden.core.store.ListWindow;
import dev.warden.core.store.Store;
import dev.warden.core.store.StoredAccessKey;
import dev.warden.core.sts.AuthorizationMessageSealer;
import dev.warden.core.sts.SessionTokenKeys;
import dev.warden.core.sts.SessionTokenService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Warden installation on disk: {@code $WARDEN_HOME} (mode 0700) with {@code master.key},
 * {@code warden.db} and {@code aws/{credentials,config}}. Opening it wires the store, IAM services,
 * STS token service and audit log; the first start also creates the account and the administrator
 * user {@code admin} (AdministratorAccess attached) with one access key written only to the
 * credentials file.
 *
 * <p>With a PostgreSQL {@link StoreLocation} the IAM data lives in the database instead of
 * {@code warden.db}, and several homes (one per node) may share it: the first to start creates the
 * account and the administrator (its credentials file gets the key), the others join that account.
 * Nodes must share the master key; a home whose key cannot open the stored secrets refuses to open.
 */
public final class WardenHome implements AutoCloseable {
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_POLICY_ARN = "arn:aws:iam::aws:policy/AdministratorAccess";
    private static final Logger LOG = LoggerFactory.getLogger(WardenHome.class);

    private final Path home;
    private final Store store;
    private final Iam iam;
    private final SessionTokenService sessions;
    private final AuthorizationMessageSealer authorizationMessages;
    private final AuditLog audit;
    private final boolean firstStart;

    private WardenHome(Path home, Store store, Iam iam, SessionTokenService sessions,
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
        // One DRBG per thread: a single shared generator's lock queued request threads under load.
        SecureRandom random = new PerThreadSecureRandom();
        Store store = null;
        try {
            OwnerOnlyFiles.createOwnerOnlyDirectory(home);
            MasterKey master = settings.operatorMasterKey() != null ? settings.operatorMasterKey()
                    : MasterKeyFile.loadOrCreate(home.resolve("master.key"), random);
            store = settings.store().open(home);
            String where = settings.store().describe(home);
            AccountClaim claim = claimAccount(store, settings, random, where);
            SecretAtRestCipher cipher = new SecretAtRestCipher(master, random);
            verifyMasterKey(store, claim.account(), cipher, where);
            IamContext ctx = new IamContext(claim.account(), store, settings.clock(), random,
                    new UniqueIdGenerator(random), settings.quotas(), settings.policyCheck(),
                    settings.awsManagedPolicies(), cipher, new PasswordHasher(settings.argon2(), random));
            Iam iam = new Iam(ctx);
            boolean created = claim.created();
            if (created) {
                LOG.info("Created account {} in {}", claim.account(), where);
            }
            bootstrapAdministrator(iam, home, settings.store() instanceof StoreLocation.Postgres, where);
            // Only a missing config is written here; the server rewrites it with the port it bound. Other
            // commands open the home too (audit, oidc set-keys …) and must not point the profile at
            // their default port while a server runs on another one.
            if (!Files.exists(AwsCliProfile.configFile(home))) {
                AwsCliProfile.writeConfig(home, settings.port());
            }
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

    private record AccountClaim(AccountId account, boolean created) {}

    /**
     * The store's account, creating it when the store is empty. Reading and creating happen in one
     * write unit, so nodes starting together on an empty shared database agree on one account.
     */
    private static AccountClaim claimAccount(Store store, WardenHomeSettings settings, SecureRandom random,
            String where) {
        AccountId proposed = settings.accountId() != null ? AccountId.of(settings.accountId()) : AccountId.random(random);
        return store.write(tx -> {
            List<Account> accounts = tx.accounts().all();
            if (accounts.isEmpty()) {
                tx.accounts().insert(new Account(proposed.value(), settings.clock().instant()));
                return new AccountClaim(proposed, true);
            }
            String stored = accounts.get(0).accountId();
            if (settings.accountId() != null && !settings.accountId().equals(stored)) {
                throw new IllegalStateException("the Warden data in " + where + " belongs to account " + stored
                        + ", not the configured " + settings.accountId());
            }
            return new AccountClaim(AccountId.of(stored), false);
        });
    }

    /**
     * Opens one stored secret access key with this home's master key. Every node sharing a database
     * must use the same key; with another one the node could neither check signatures of long-term
     * keys nor accept other nodes' session tokens, so it refuses to start instead.
     */
    private static void verifyMasterKey(Store store, AccountId account, SecretAtRestCipher cipher, String where) {
        Optional<StoredAccessKey> sample = store.read(tx -> {
            String after = null;
            while (true) {
                List<User> users = tx.users().list(account.value(), new ListWindow(null, after, 100));
                for (User user : users) {
                    List<StoredAccessKey> keys = tx.accessKeys().listForUser(user.userId());
                    if (!keys.isEmpty()) {
                        return Optional.of(keys.get(0));
                    }
                }
                if (users.size() < 100) {
                    return Optional.<StoredAccessKey>empty();
                }
                after = users.get(users.size() - 1).userName().toLowerCase(Locale.ROOT);
            }
        });
        if (sample.isEmpty()) {
            return;
        }
        try {
            cipher.decrypt(sample.get().encryptedSecret(), sample.get().key().accessKeyId()).destroy();
        } catch (SealedBoxException e) {
            throw new IllegalStateException("the master key does not decrypt the secrets stored in " + where
                    + ": start with the key this data was created with (" + WardenHomeSettings.MASTER_KEY_VARIABLE
                    + " or the home's master.key file). Nodes sharing a database must all use the same master key.");
        }
    }

    /**
     * Creates {@code admin}, attaches AdministratorAccess and issues a key, each step only if missing,
     * so a start interrupted half-way completes on the next one. An existing admin key is never
     * replaced: if the credentials file was deleted, the operator is told how to get a new key; a node
     * joining a shared database finds the key made by the node that created the account.
     */
    private static void bootstrapAdministrator(Iam iam, Path home, boolean sharedStore, String where)
            throws IOException {
        Path credentials = AwsCliProfile.credentialsFile(home);
        if (Files.exists(credentials)) {
            return;
        }
        boolean adminExists = iam.context().store().read(tx ->
                tx.users().findByName(iam.accountId(), ADMIN_USER).isPresent());
        if (!adminExists) {
            try {
                iam.users().createUser(UserRequests.CreateUser.named(ADMIN_USER));
            } catch (IamException e) {
                // Another node sharing the database created it a moment ago.
                if (e.code() != IamErrorCode.ENTITY_ALREADY_EXISTS) {
                    throw e;
                }
            }
        }
        iam.attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy(ADMIN_USER, ADMIN_POLICY_ARN));
        if (!iam.accessKeys().listAccessKeys(ADMIN_USER, ListOptions.all()).items().isEmpty()) {
            if (sharedStore) {
                LOG.info("Joined account {} in {}: user {} already has an access key (written by the node that "
                        + "created the account), so none is written to {}", iam.accountId(), where, ADMIN_USER, credentials);
                return;
            }
            LOG.warn("{} is missing but user {} already has access keys; create a new key with CreateAccessKey "
                    + "using existing credentials", credentials, ADMIN_USER);
            return;
        }
        CreatedAccessKey key = iam.accessKeys().createAccessKey(ADMIN_USER);
        AwsCliProfile.writeCredentials(home, key.accessKey().accessKeyId(), key.secretAccessKey());
        LOG.info("Created administrator user {} with access key {}; credentials written to {} (profile {})",
                ADMIN_USER, key.accessKey().accessKeyId(), credentials, AwsCliProfile.PROFILE);
    }

    private static void closeQuietly(Store store) {
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

    public Store store() {
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
