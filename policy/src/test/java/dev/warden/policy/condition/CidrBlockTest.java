package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrBlockTest {

  @ParameterizedTest
  @CsvSource({
    "203.0.113.0/24, false, 24",
    "203.0.113.9, false, 32",
    "0.0.0.0/0, false, 0",
    "2001:DB8:1234:5678::/64, true, 64",
    "::1, true, 128",
    "::/0, true, 0",
  })
  void readsBlocks(String text, boolean v6, int prefix) {
    CidrBlock block = CidrBlock.parseOrNull(text);
    assertThat(block).isNotNull();
    assertThat(block.v6()).isEqualTo(v6);
    assertThat(block.prefix()).isEqualTo(prefix);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "/24", "203.0.113.0/33", "203.0.113.0/", "203.0.113.0/-1", "203.0.113.0/2a", "203.0.113.0/0024",
        "2001:db8::/129", "example.com", "256.0.0.1/8", "1.2.3/8", "fe80::1%eth0", "1.2.3.4/24/8",
      })
  void refusesOtherText(String text) {
    assertThat(CidrBlock.parseOrNull(text)).isNull();
  }

  @org.junit.jupiter.api.Test
  void clearsHostBits() {
    assertThat(CidrBlock.parseOrNull("203.0.113.77/24")).isEqualTo(CidrBlock.parseOrNull("203.0.113.0/24"));
  }
}
