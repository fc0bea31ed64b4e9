package dev.warden.core.sts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.secret.MasterKey;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AuthorizationMessageSealerTest {

    final SecureRandom random = new SecureRandom();
    final AuthorizationMessageSealer sealer = new AuthorizationMessageSealer(MasterKey.generate(random), random);
    static final String JSON = "{\"allowed\":false,\"explicitDeny\":true,\"context\":{\"action\":\"iam:ListUsers\"}}";

    @Test
    void opensWhatItSealed() {
        String encoded = sealer.seal(JSON);

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(sealer.open(encoded)).contains(JSON);
    }

    @Test
    void anotherMasterKeysMessageDoesNotOpen() {
        String foreign = new AuthorizationMessageSealer(MasterKey.generate(random), random).seal(JSON);

        assertThat(sealer.open(foreign)).isEmpty();
    }

    @Test
    void anAlteredMessageDoesNotOpen() {
        byte[] box = Base64.getUrlDecoder().decode(sealer.seal(JSON));
        box[box.length - 1] ^= 1;

        assertThat(sealer.open(Base64.getUrlEncoder().withoutPadding().encodeToString(box))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "not base64!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void garbageDoesNotOpen(String text) {
        assertThat(sealer.open(text)).isEmpty();
    }
}
