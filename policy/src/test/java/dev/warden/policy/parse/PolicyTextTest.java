package dev.warden.policy.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.document.SourcePosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyTextTest {

  @ParameterizedTest(name = "{0} @ {1}")
  @CsvSource({"'ab', 1, 1, 2", "'a\\nb', 2, 2, 1", "'a\\r\\nb', 3, 2, 1", "'a\\rb', 2, 2, 1", "'\\n\\n', 2, 3, 1"})
  void positionsAreOneBasedAndKnowCrLf(String escaped, int index, int line, int column) {
    String text = escaped.replace("\\n", "\n").replace("\\r", "\r");
    assertThat(PolicyText.positionOf(text, index)).isEqualTo(new SourcePosition(line, column));
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0009, true", "000A, true", "000D, true", "0020, true", "00FF, true", "0000, false", "001F, false", "007F, true", "0100, false", "FFFD, false"})
  void allowedCharactersFollowTheApiPattern(String hex, boolean allowed) {
    assertThat(PolicyText.isAllowed((char) Integer.parseInt(hex, 16))).isEqualTo(allowed);
  }
}
