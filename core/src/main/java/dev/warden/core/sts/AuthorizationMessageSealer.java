package dev.warden.core.sts;

import dev.warden.core.secret.AesGcm;
import dev.warden.core.secret.KeyDerivation;
import dev.warden.core.secret.MasterKey;
import dev.warden.core.secret.SealedBoxException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.DataFormatException;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens the encoded authorization messages STS DecodeAuthorizationMessage decodes: the
 * decoded JSON, deflated, in an AES-GCM box under a key derived from the master key (purpose
 * {@value #PURPOSE}), base64url without padding. Only a holder of the master key can produce a
 * message that opens, so a decoded message is always one Warden wrote.
 */
public final class AuthorizationMessageSealer {

    static final String PURPOSE = "sts-authorization-message/v1";
    private static final byte[] ASSOCIATED_DATA = PURPOSE.getBytes(StandardCharsets.US_ASCII);
    /** Far above any message Warden writes; bounds the work an inflated forgery attempt could cause. */
    private static final int MAX_DECODED_BYTES = 1024 * 1024;

    private final SecretKeySpec key;
    private final SecureRandom random;

    public AuthorizationMessageSealer(MasterKey master, SecureRandom random) {
        this.key = KeyDerivation.deriveAesKey(master, PURPOSE);
        this.random = random;
    }

    public String seal(String decodedJson) {
        byte[] deflated = RawDeflaters.deflate(decodedJson.getBytes(StandardCharsets.UTF_8));
        byte[] box = new AesGcm(key, random).seal(deflated, ASSOCIATED_DATA);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(box);
    }

    /** The decoded JSON; empty when the text is not a message this master key sealed. */
    public Optional<String> open(String encoded) {
        try {
            byte[] box = Base64.getUrlDecoder().decode(encoded);
            byte[] plain = new AesGcm(key, random).open(box, ASSOCIATED_DATA);
            return Optional.of(new String(RawInflater.inflate(plain, MAX_DECODED_BYTES, "message"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | SealedBoxException | DataFormatException e) {
            return Optional.empty();
        }
    }
}
