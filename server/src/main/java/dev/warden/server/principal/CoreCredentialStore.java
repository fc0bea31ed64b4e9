package dev.warden.server.principal;

import dev.warden.core.iam.AccessKeyCredential;
import dev.warden.core.iam.Iam;
import dev.warden.core.model.User;
import dev.warden.core.sts.SessionClaims;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.core.sts.SessionTokenService;
import dev.warden.core.sts.TokenVerification;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CallerType;
import dev.warden.server.auth.CallerIdentity;
import dev.warden.server.auth.CredentialStore;
import dev.warden.server.auth.SecretAccessKey;
import dev.warden.server.auth.SigningIdentity;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The credential store backed by the IAM core: long-term keys ({@code AKIA…}) are read from the
 * store, so a key that is made inactive or deleted stops working at once; temporary
 * keys ({@code ASIA…}) are authenticated from their sealed session token alone, which must have been
 * issued for exactly the request's access key id. An expired token is returned with its expiration
 * so that the verifier answers {@code ExpiredToken}.
 *
 * <p>With {@link #cachingLongTermKeys} a resolved long-term key is reused for a few seconds instead of
 * being read (and its secret decrypted) on every request, but only while no key has changed status or
 * been deleted through the core ({@link dev.warden.core.iam.AccessKeyService#keyChanges()}) and the IAM
 * generation (every IAM write through the API, {@code WardenApp.iamChanged()}) is the same: such a
 * change still takes effect at once. Only for a store no other process writes keys to.
 */
public final class CoreCredentialStore implements CredentialStore<WardenPrincipal> {

    /** Bounds what a change that bypasses both counters (another process on the file) can miss. */
    static final Duration CACHE_TTL = Duration.ofSeconds(5);
    static final int CACHE_CAPACITY = 4096;

    private record Cached(long keyChanges, long generation, long loadedNanos,
            Optional<SigningIdentity<WardenPrincipal>> identity) {}

    private final Iam iam;
    private final SessionTokenService sessions;
    private final LongSupplier iamGeneration;
    private final boolean caching;
    private final Map<String, Cached> longTermKeys = new ConcurrentHashMap<>();

    /** Reads long-term keys from the store on every request. */
    public CoreCredentialStore(Iam iam, SessionTokenService sessions) {
        this(iam, sessions, () -> 0L, false);
    }

    private CoreCredentialStore(Iam iam, SessionTokenService sessions, LongSupplier iamGeneration, boolean caching) {
        this.iam = iam;
        this.sessions = sessions;
        this.iamGeneration = iamGeneration;
        this.caching = caching;
    }

    /**
     * Caches resolved long-term keys briefly; any key change through {@code iam} or a new IAM
     * generation drops them. {@code iamGeneration} must move on every IAM write.
     */
    public static CoreCredentialStore cachingLongTermKeys(Iam iam, SessionTokenService sessions,
            LongSupplier iamGeneration) {
        return new CoreCredentialStore(iam, sessions, iamGeneration, true);
    }

    @Override
    public Optional<SigningIdentity<WardenPrincipal>> resolve(String accessKeyId, Optional<String> sessionToken) {
        if (sessionToken.isPresent()) {
            return temporary(accessKeyId, sessionToken.get());
        }
        return caching ? cachedLongTerm(accessKeyId) : longTerm(accessKeyId);
    }

    private Optional<SigningIdentity<WardenPrincipal>> cachedLongTerm(String accessKeyId) {
        // Read the counters before the store, so a change racing with the read invalidates the entry.
        long changes = iam.accessKeys().keyChanges();
        long generation = iamGeneration.getAsLong();
        long now = System.nanoTime();
        Cached cached = longTermKeys.get(accessKeyId);
        if (cached != null && cached.keyChanges() == changes && cached.generation() == generation
                && now - cached.loadedNanos() < CACHE_TTL.toNanos()) {
            return cached.identity();
        }
        Optional<SigningIdentity<WardenPrincipal>> identity = longTerm(accessKeyId);
        if (identity.isPresent()) {
            if (longTermKeys.size() >= CACHE_CAPACITY) {
                longTermKeys.clear();
            }
            longTermKeys.put(accessKeyId, new Cached(changes, generation, now, identity));
        } else {
            longTermKeys.remove(accessKeyId);
        }
        return identity;
    }

    private Optional<SigningIdentity<WardenPrincipal>> longTerm(String accessKeyId) {
        return iam.accessKeys().findCredential(accessKeyId)
                .filter(AccessKeyCredential::isActive)
                .map(credential -> {
                    User user = credential.user();
                    Caller caller = Caller.user(user.accountId(), user.arn()).withUniqueId(user.userId());
                    WardenPrincipal principal =
                            new WardenPrincipal(caller, accessKeyId, Optional.of(user.userName()), Optional.empty());
                    return SigningIdentity.longTerm(wireSecret(credential.secretAccessKey()),
                            new CallerIdentity(user.userId(), user.accountId(), user.arn()), principal);
                });
    }

    private Optional<SigningIdentity<WardenPrincipal>> temporary(String accessKeyId, String token) {
        TokenVerification verification = sessions.verify(token);
        SessionClaims claims;
        if (verification instanceof TokenVerification.Valid valid) {
            claims = valid.claims();
        } else if (verification instanceof TokenVerification.Expired expired) {
            claims = expired.claims();
        } else {
            return Optional.empty();
        }
        if (!claims.accessKeyId().equals(accessKeyId)) {
            return Optional.empty();
        }
        String account = claims.accountId();
        SessionPrincipal sessionPrincipal = claims.principal();
        Caller caller;
        Optional<String> userName;
        if (sessionPrincipal instanceof SessionPrincipal.AssumedRole role) {
            caller = Caller.roleSession(account, role.arn(account), role.roleArn()).withUniqueId(role.roleId());
            userName = Optional.empty();
        } else if (sessionPrincipal instanceof SessionPrincipal.FederatedUser federated) {
            caller = new Caller(CallerType.FEDERATED_USER, Optional.of(account), federated.arn(account),
                    Optional.empty(), Optional.of(federated.parentUserId()), Optional.of(federated.parentUserArn()));
            userName = Optional.empty();
        } else {
            SessionPrincipal.IamUser user = (SessionPrincipal.IamUser) sessionPrincipal;
            caller = Caller.user(account, user.userArn()).withUniqueId(user.userId());
            userName = Optional.of(user.userName());
        }
        WardenPrincipal principal = new WardenPrincipal(caller, accessKeyId, userName, Optional.of(claims));
        CallerIdentity identity = new CallerIdentity(sessionPrincipal.userId(), account, sessionPrincipal.arn(account));
        return Optional.of(new SigningIdentity<>(wireSecret(claims.secretAccessKey()), identity,
                Optional.of(claims.expiresAt()), principal));
    }

    /** Copies the secret into the wire layer's type; the intermediate copy is wiped. */
    private static SecretAccessKey wireSecret(dev.warden.core.secret.SecretAccessKey secret) {
        byte[] bytes = secret.bytes();
        try {
            return SecretAccessKey.of(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
