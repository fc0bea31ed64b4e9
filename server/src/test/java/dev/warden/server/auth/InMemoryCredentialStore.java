package dev.warden.server.auth;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Test fake of the core module's credential store: long-term keys (no token) and temporary keys
 * (exactly one session token each). The principal handle is the caller ARN.
 */
public final class InMemoryCredentialStore implements CredentialStore<String> {

    private record Entry(SigningIdentity<String> identity, Optional<String> sessionToken) {}

    private final Map<String, Entry> keys = new HashMap<>();

    public InMemoryCredentialStore withLongTermKey(String accessKeyId, String secret, CallerIdentity caller) {
        keys.put(accessKeyId, new Entry(
                SigningIdentity.longTerm(SecretAccessKey.fromText(secret), caller, caller.arn()), Optional.empty()));
        return this;
    }

    public InMemoryCredentialStore withTemporaryKey(
            String accessKeyId, String secret, String sessionToken, Instant expiration, CallerIdentity caller) {
        keys.put(accessKeyId, new Entry(
                new SigningIdentity<>(SecretAccessKey.fromText(secret), caller, Optional.of(expiration), caller.arn()),
                Optional.of(sessionToken)));
        return this;
    }

    @Override
    public Optional<SigningIdentity<String>> resolve(String accessKeyId, Optional<String> sessionToken) {
        Entry entry = keys.get(accessKeyId);
        if (entry == null || !Objects.equals(entry.sessionToken(), sessionToken)) {
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }
}
