package dev.warden.core.secret;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a random 96-bit nonce. Output layout: nonce (12 bytes) followed by ciphertext and
 * the 128-bit tag. The associated data is authenticated but not stored: the caller must present the
 * same value (for example the access key id) to open the box, which binds ciphertext to its owner.
 */
public final class AesGcm {
    public static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /**
     * One cipher per thread, initialised afresh (key and nonce) for every box: looking the
     * transformation up through the providers was a tenth of an AssumeRole's CPU (JFR). Every use
     * starts with {@code init}, so nothing of one box carries over to the next.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(AesGcm::newCipher);

    private final SecretKey key;
    private final SecureRandom random;

    public AesGcm(SecretKey key, SecureRandom random) {
        this.key = key;
        this.random = random;
    }

    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption unavailable", e);
        }
    }

    /** Opens a box; throws {@link SealedBoxException} when it was altered or the associated data differs. */
    public byte[] open(byte[] box, byte[] associatedData) {
        if (box.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealedBoxException("sealed box too short");
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, box, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(box, NONCE_BYTES, box.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SealedBoxException("authentication tag mismatch");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption unavailable", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides AES/GCM/NoPadding", e);
        }
    }
}
