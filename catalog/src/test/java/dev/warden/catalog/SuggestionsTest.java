package dev.warden.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
  private static final Suggestions SUGGESTIONS = new Suggestions(Catalog.get());

  @ParameterizedTest
  @CsvSource({
      "s3:GetObjet,          s3:GetObject",
      "s3:getobjekt,         s3:GetObject",
      "iam:PasRole,          iam:PassRole",
      "s4:GetObject,         s3:GetObject",
      "lamda:InvokeFunction, lambda:InvokeFunction",
  })
  void suggestsTheClosestAction(String written, String expected) {
    assertThat(SUGGESTIONS.forAction(written, 3)).first().isEqualTo(expected);
  }

  @Test
  void suggestsNothingForUnrelatedNames() {
    assertThat(SUGGESTIONS.forAction("s3:CompletelyDifferentThing", 3)).isEmpty();
    assertThat(SUGGESTIONS.forAction("no-colon", 3)).isEmpty();
    assertThat(SUGGESTIONS.forService("dynamodbb", 3)).containsExactly("dynamodb");
  }

  @ParameterizedTest
  @CsvSource({"kitten, sitting, 3", "abc, ABC, 0", "'', abc, 3", "flaw, lawn, 2"})
  void computesEditDistance(String a, String b, int expected) {
    assertThat(Suggestions.distance(a, b)).isEqualTo(expected);
  }
}
