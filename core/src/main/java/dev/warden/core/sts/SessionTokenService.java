package dev.warden.core.sts;

import dev.warden.core.id.IdPrefix;
import dev.warden.core.id.UniqueIdGenerator;
import dev.warden.core.secret.SecretAccessKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Issues temporary credentials (ASIA... key, fresh secret, sealed token) and verifies presented
 * tokens. Stateless: nothing is stored, so any node holding the master key can verify.
 */
public final class SessionTokenService {
    private final SessionTokenCodec codec;
    private final UniqueIdGenerator ids;
    private final SecureRandom random;
    private final Clock clock;

    public SessionTokenService(SessionTokenKeys keys, SecureRandom random, Clock clock) {
        this.codec = new SessionTokenCodec(keys, random, clock);
        this.ids = new UniqueIdGenerator(random);
        this.random = random;
        this.clock = clock;
    }

    public IssuedSession issue(SessionGrant grant) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant expires = now.plus(grant.duration());
        String accessKeyId = ids.next(IdPrefix.TEMPORARY_ACCESS_KEY);
        SecretAccessKey secret = SecretAccessKey.generate(random);
        SessionClaims claims = new SessionClaims(accessKeyId, secret, grant.accountId(), grant.principal(), now, expires,
                grant.sessionPolicy(), grant.sessionPolicyArns(), grant.sessionTags(), grant.transitiveTagKeys(),
                grant.sourceIdentity(), grant.roleChained(), grant.mfaAuthenticated(), grant.federatedProvider(),
                grant.webIdentityKeys());
        return new IssuedSession(accessKeyId, secret, codec.seal(claims), expires, claims);
    }

    /**
     * Opens a presented token. Callers must also check that the request's access key id equals
     * {@code claims().accessKeyId()} before trusting the signature made with the claimed secret.
     */
    public TokenVerification verify(String sessionToken) {
        return codec.open(sessionToken);
    }
}
