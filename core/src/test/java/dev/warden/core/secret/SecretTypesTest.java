package dev.warden.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SecretTypesTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void toStringNeverShowsTheSecret() {
        SecretAccessKey key = SecretAccessKey.of("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        Password password = Password.of("hunter2");
        MasterKey master = MasterKey.generate(random);
        assertThat(key.toString()).isEqualTo("SecretAccessKey[****]");
        assertThat(password.toString()).isEqualTo("Password[****]");
        assertThat(master.toString()).isEqualTo("MasterKey[****]").doesNotContain(master.toBase64());
        assertThat(String.valueOf(key.hashCode())).isEqualTo(String.valueOf(SecretAccessKey.of("other").hashCode()));
    }

    @Test
    void equalityIsByContentAndType() {
        assertThat(SecretAccessKey.of("abc")).isEqualTo(SecretAccessKey.of("abc")).isNotEqualTo(SecretAccessKey.of("abd"));
        assertThat(Password.of("abc")).isNotEqualTo(SecretAccessKey.of("abc"));
        assertThat(SecretAccessKey.of("abc").matches("abc".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void generatedSecretsLookLikeAws() {
        SecretAccessKey a = SecretAccessKey.generate(random);
        assertThat(a.reveal()).matches("[A-Za-z0-9+/]{40}");
        assertThat(a).isNotEqualTo(SecretAccessKey.generate(random));
    }

    @Test
    void bytesAreCopiesAndDestroyWipes() {
        SecretAccessKey key = SecretAccessKey.of("abcdef");
        byte[] copy = key.bytes();
        copy[0] = 'z';
        assertThat(key.reveal()).isEqualTo("abcdef");
        key.destroy();
        assertThat(key.bytes()).containsOnly(0);
    }

    @Test
    void masterKeyParsing() {
        MasterKey k = MasterKey.generate(random);
        assertThat(MasterKey.fromBase64(k.toBase64() + "\n")).isEqualTo(k);
        assertThatThrownBy(() -> MasterKey.fromBase64("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("c2hvcnQ");
        assertThatThrownBy(() -> MasterKey.fromBase64("***")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void passwordCharacterCount() {
        assertThat(Password.of("é").characterCount()).isEqualTo(1);
        assertThat(Password.of("tab\t").characterCount()).isEqualTo(4);
    }
}
