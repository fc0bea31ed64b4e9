package dev.warden.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretAccessKeyTest {

    @Test
    void neverShowsTheSecret() {
        SecretAccessKey key = SecretAccessKey.fromText("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        SigningIdentity<String> identity = SigningIdentity.longTerm(key,
                new CallerIdentity("AIDA", "123456789012", "arn:aws:iam::123456789012:user/a"), "p");

        assertThat(key.toString()).isEqualTo("SecretAccessKey[redacted]");
        assertThat(identity.toString()).doesNotContain("wJalr").contains("redacted");
        assertThat(identity.expiration()).isEqualTo(Optional.empty());
    }

    @Test
    void copiesTheCallersBytes() {
        byte[] secret = "abc".getBytes(StandardCharsets.UTF_8);
        SecretAccessKey key = SecretAccessKey.of(secret);
        secret[0] = 'x';

        assertThat(new String(key.sigV4SeedKey(), StandardCharsets.UTF_8)).isEqualTo("AWS4abc");
    }

    @Test
    void rejectsAnEmptySecret() {
        assertThatThrownBy(() -> SecretAccessKey.of(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
