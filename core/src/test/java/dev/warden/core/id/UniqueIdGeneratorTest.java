package dev.warden.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class UniqueIdGeneratorTest {
    private final UniqueIdGenerator ids = new UniqueIdGenerator(new SecureRandom());

    @ParameterizedTest
    @CsvSource({"USER, AIDA, 21", "GROUP, AGPA, 21", "ROLE, AROA, 21", "MANAGED_POLICY, ANPA, 21",
        "ACCESS_KEY, AKIA, 20", "TEMPORARY_ACCESS_KEY, ASIA, 20"})
    void idsHaveAwsShape(IdPrefix prefix, String start, int length) {
        String id = ids.next(prefix);
        assertThat(id).startsWith(start).hasSize(length).matches("[A-Z2-7]+");
        assertThat(prefix.matches(id)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(IdPrefix.class)
    void idsDoNotRepeat(IdPrefix prefix) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            assertThat(seen.add(ids.next(prefix))).isTrue();
        }
    }

    @Test
    void everyCharacterOfTheAlphabetIsUsed() {
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            for (char c : ids.next(IdPrefix.ROLE).substring(4).toCharArray()) {
                used.add(c);
            }
        }
        assertThat(used).hasSize(UniqueIdGenerator.ALPHABET.length());
    }

    @Test
    void matchesRejectsOtherShapes() {
        assertThat(IdPrefix.USER.matches("AROAAAAAAAAAAAAAAAAAA")).isFalse();
        assertThat(IdPrefix.USER.matches("AIDAAAAAAAAAAAAAAAAA")).isFalse();
        assertThat(IdPrefix.USER.matches("AIDAAAAAAAAAAAAAAAAA1")).isFalse();
        assertThat(IdPrefix.USER.matches(null)).isFalse();
    }

    @Test
    void accountIds() {
        assertThat(AccountId.random(new SecureRandom()).value()).matches("[1-9][0-9]{11}");
        assertThat(AccountId.of("123456789012").rootArn()).isEqualTo("arn:aws:iam::123456789012:root");
        assertThatThrownBy(() -> AccountId.of("12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountId.of("12345678901a")).isInstanceOf(IllegalArgumentException.class);
    }
}
