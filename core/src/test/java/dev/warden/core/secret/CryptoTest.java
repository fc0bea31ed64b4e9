package dev.warden.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CryptoTest {
    private final SecureRandom random = new SecureRandom();
    private final MasterKey master = MasterKey.generate(random);

    @Test
    void secretAtRestRoundTripsAndIsBoundToKeyId() {
        SecretAtRestCipher cipher = new SecretAtRestCipher(master, random);
        SecretAccessKey secret = SecretAccessKey.generate(random);
        String stored = cipher.encrypt(secret, "AKIAAAAAAAAAAAAAAAA1");
        assertThat(stored).startsWith("v1:").doesNotContain(secret.reveal());
        assertThat(cipher.encrypt(secret, "AKIAAAAAAAAAAAAAAAA1")).as("random nonce").isNotEqualTo(stored);
        assertThat(cipher.decrypt(stored, "AKIAAAAAAAAAAAAAAAA1")).isEqualTo(secret);
        assertThatThrownBy(() -> cipher.decrypt(stored, "AKIAAAAAAAAAAAAAAAA2")).isInstanceOf(SealedBoxException.class);
        assertThatThrownBy(() -> new SecretAtRestCipher(MasterKey.generate(random), random).decrypt(stored,
                "AKIAAAAAAAAAAAAAAAA1")).isInstanceOf(SealedBoxException.class);
        assertThatThrownBy(() -> cipher.decrypt("v2:xxxx", "AKIAAAAAAAAAAAAAAAA1")).isInstanceOf(SealedBoxException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA", "AKIAAAAAAAAAAAAAAAA1")).isInstanceOf(SealedBoxException.class);
    }

    @Test
    void servicePasswordsAreSealedToTheirCredentialOnly() {
        SecretAtRestCipher cipher = new SecretAtRestCipher(master, random);
        ServicePassword password = ServicePassword.generate(random);
        assertThat(password.reveal()).hasSize(44).matches("[A-Za-z0-9+/]+");
        String stored = cipher.encryptServicePassword(password, "ACCAAAAAAAAAAAAAAAA1");
        assertThat(stored).startsWith("v1:").doesNotContain(password.reveal());
        assertThat(cipher.decryptServicePassword(stored, "ACCAAAAAAAAAAAAAAAA1")).isEqualTo(password);
        assertThatThrownBy(() -> cipher.decryptServicePassword(stored, "ACCAAAAAAAAAAAAAAAA2"))
                .isInstanceOf(SealedBoxException.class);
        // The same id under another purpose (an access key's secret) does not open it either.
        assertThatThrownBy(() -> cipher.decrypt(stored, "ACCAAAAAAAAAAAAAAAA1")).isInstanceOf(SealedBoxException.class);
        assertThat(password.toString()).doesNotContain(password.reveal());
    }

    @Test
    void derivedKeysDifferPerPurpose() {
        assertThat(KeyDerivation.deriveAesKey(master, "a").getEncoded())
                .isNotEqualTo(KeyDerivation.deriveAesKey(master, "b").getEncoded())
                .isEqualTo(KeyDerivation.deriveAesKey(master, "a").getEncoded())
                .hasSize(32);
    }

    @Test
    void aesGcmDetectsAnyChange() {
        AesGcm gcm = new AesGcm(KeyDerivation.deriveAesKey(master, "t"), random);
        byte[] aad = "owner".getBytes(StandardCharsets.UTF_8);
        byte[] box = gcm.seal("hello".getBytes(StandardCharsets.UTF_8), aad);
        assertThat(gcm.open(box, aad)).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < box.length; i++) {
            byte[] copy = box.clone();
            copy[i] ^= 1;
            assertThatThrownBy(() -> gcm.open(copy, aad)).isInstanceOf(SealedBoxException.class);
        }
        assertThatThrownBy(() -> gcm.open(box, "other".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SealedBoxException.class);
    }

    @Test
    void aesGcmBoxesOfTwoKeysInterleaveOnOneThread() {
        // The cipher is reused per thread: a failed open or another key must leave nothing behind.
        AesGcm first = new AesGcm(KeyDerivation.deriveAesKey(master, "first"), random);
        AesGcm second = new AesGcm(KeyDerivation.deriveAesKey(master, "second"), random);
        byte[] aad = "owner".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 50; i++) {
            byte[] plain = ("message " + i).getBytes(StandardCharsets.UTF_8);
            byte[] a = first.seal(plain, aad);
            byte[] b = second.seal(plain, aad);
            assertThat(a).isNotEqualTo(b);
            assertThatThrownBy(() -> second.open(a, aad)).isInstanceOf(SealedBoxException.class);
            assertThat(first.open(a, aad)).isEqualTo(plain);
            assertThat(second.open(b, aad)).isEqualTo(plain);
        }
    }

    @Test
    void argon2idHashesVerifyAndCarryParameters() {
        PasswordHasher hasher = new PasswordHasher(new PasswordHasher.Argon2Settings(256, 2, 1), random);
        String hash = hasher.hash(Password.of("s3cret!"));
        assertThat(hash).startsWith("$argon2id$v=19$m=256,t=2,p=1$").doesNotContain("s3cret");
        assertThat(hasher.hash(Password.of("s3cret!"))).as("salted").isNotEqualTo(hash);
        assertThat(hasher.verify(Password.of("s3cret!"), hash)).isTrue();
        assertThat(hasher.verify(Password.of("s3cret?"), hash)).isFalse();
        PasswordHasher stronger = new PasswordHasher(new PasswordHasher.Argon2Settings(512, 3, 1), random);
        assertThat(stronger.verify(Password.of("s3cret!"), hash)).as("old parameters still verify").isTrue();
        assertThat(hasher.verify(Password.of("s3cret!"), "$2a$10$notargon")).isFalse();
    }

    @Test
    void masterKeyFileIsCreatedOwnerOnlyAndReloaded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("master.key");
        MasterKey created = MasterKeyFile.loadOrCreate(file, random);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(MasterKeyFile.loadOrCreate(file, random)).isEqualTo(created);
        assertThat(Files.readString(file).strip()).hasSize(44);
    }
}
