package dev.warden.core.sts;

import dev.warden.core.secret.KeyDerivation;
import dev.warden.core.secret.MasterKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token keys, derived from the master key per key id. New tokens are sealed under the current
 * id; tokens under any accepted id still open, which is how keys rotate without logging everyone out:
 * add a new current id, keep the old one accepted for the longest session lifetime, then drop it.
 */
public final class SessionTokenKeys {
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    public SessionTokenKeys(MasterKey master, String currentKeyId, Set<String> alsoAccepted) {
        this.currentKeyId = checked(currentKeyId);
        keys.put(currentKeyId, derive(master, currentKeyId));
        for (String id : alsoAccepted) {
            keys.putIfAbsent(checked(id), derive(master, id));
        }
    }

    public static SessionTokenKeys single(MasterKey master) {
        return new SessionTokenKeys(master, "k1", Set.of());
    }

    String currentKeyId() {
        return currentKeyId;
    }

    SecretKeySpec currentKey() {
        return keys.get(currentKeyId);
    }

    Optional<SecretKeySpec> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    private static SecretKeySpec derive(MasterKey master, String keyId) {
        return KeyDerivation.deriveAesKey(master, "sts-session-token/" + keyId);
    }

    private static String checked(String keyId) {
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("token key id must match " + KEY_ID.pattern());
        }
        return keyId;
    }
}
