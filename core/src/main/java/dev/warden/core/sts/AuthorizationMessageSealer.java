package dev.warden.core.sts;

import dev.warden.core.secret.AesGcm;
import dev.warden.core.secret.KeyDerivation;
import dev.warden.core.secret.MasterKey;
import dev.warden.core.secret.SealedBoxException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
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
        byte[] box = new AesGcm(key, random).seal(deflate(decodedJson.getBytes(StandardCharsets.UTF_8)), ASSOCIATED_DATA);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(box);
    }

    /** The decoded JSON; empty when the text is not a message this master key sealed. */
    public Optional<String> open(String encoded) {
        try {
            byte[] box = Base64.getUrlDecoder().decode(encoded);
            byte[] plain = new AesGcm(key, random).open(box, ASSOCIATED_DATA);
            return Optional.of(new String(inflate(plain), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | SealedBoxException | DataFormatException e) {
            return Optional.empty();
        }
    }

    private static byte[] deflate(byte[] input) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] input) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated message");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_DECODED_BYTES) {
                    throw new DataFormatException("message too large");
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
