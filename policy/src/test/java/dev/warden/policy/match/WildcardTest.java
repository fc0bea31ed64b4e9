package dev.warden.policy.match;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardTest {

  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "*|anything|true",
        "*|''|true",
        "''|''|true",
        "''|a|false",
        "abc|abc|true",
        "abc|abcd|false",
        "abc|ab|false",
        "a?c|abc|true",
        "a?c|ac|false",
        "a*|a|true",
        "a*|abc|true",
        "*c|abc|true",
        "*c|ab|false",
        "a*c|ac|true",
        "a*c|abxc|true",
        "a*c|abxcd|false",
        "a*b*c|abc|true",
        "a*b*c|aXbYc|true",
        "a*b*c|acb|false",
        "*a*a*|aa|true",
        "*a*a*|a|false",
        "??|ab|true",
        "??|a|false",
        "a**b|ab|true",
        "*?|''|false",
        "*?|x|true",
        // S3 object keys from the IAM User Guide: * spans slashes
        "B/*/test/*|B/1/2/test/3/x.jpg|true",
        "B/*/test/*|B//test/x.jpg|true",
        "B/*/test/*|B/test/x.jpg|false",
        "ab*ab|ab|false",
        "ab*ab|abab|true",
        "ab*ab|aba|false",
      })
  void matchesCaseSensitively(String pattern, String text, boolean expected) {
    assertThat(Wildcard.compile(pattern, false).matches(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"s3:Get*,S3:GETOBJECT,true", "iam:ListAccessKeys,IAM:listaccesskeys,true", "s3:Get*,s3:PutObject,false"})
  void ignoresCaseWhenAsked(String pattern, String text, boolean expected) {
    assertThat(Wildcard.compile(pattern, true).matches(text)).isEqualTo(expected);
    assertThat(Wildcard.compile(pattern, false).matches(text)).isEqualTo(pattern.equals(text) && expected);
  }

  @ParameterizedTest
  @CsvSource({"a*b,a*b,true", "a*b,axb,false", "a?b,a?b,true", "a?b,axb,false"})
  void literalTextHasNoWildcards(String literal, String text, boolean expected) {
    Wildcard pattern = Wildcard.builder(false).literal(literal).build();
    assertThat(pattern.matches(text)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void builderMixesLiteralStarsWithWildcards() {
    Wildcard pattern = Wildcard.builder(false).literal("home/").literal("*").anyRun().build();
    assertThat(pattern.matches("home/*/x")).isTrue();
    assertThat(pattern.matches("home/a/x")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void hostilePatternCostsLinearSteps() {
    String pattern = "*a".repeat(200) + "*b";
    String text = "a".repeat(100_000);
    long[] steps = {0};
    boolean matched = Wildcard.compile(pattern, false).matchesCounting(text, steps);
    assertThat(matched).isFalse();
    // Every text character is inspected at most once per forward search, plus the anchors.
    assertThat(steps[0]).isLessThanOrEqualTo(2L * text.length() + pattern.length());
  }

  @org.junit.jupiter.api.Test
  void longSegmentFallbackStaysBounded() {
    String segment = "a".repeat(100) + "b";
    String text = "a".repeat(20_000);
    long[] steps = {0};
    assertThat(Wildcard.compile("*" + segment + "*", false).matchesCounting(text, steps)).isFalse();
    assertThat(steps[0]).isLessThanOrEqualTo((long) text.length() * segment.length());
  }

  @org.junit.jupiter.api.Test
  void describesItself() {
    assertThat(Wildcard.compile("s3:Get*", true).literalPrefix()).isEqualTo("s3:get");
    assertThat(Wildcard.compile("abc", false).isLiteral()).isTrue();
    assertThat(Wildcard.compile("a?c", false).isLiteral()).isFalse();
    assertThat(Wildcard.compile("***", false).matchesEverything()).isTrue();
  }

  @Property
  void patternWithoutWildcardsMatchesExactlyItself(@ForAll("plain") String a, @ForAll("plain") String b) {
    Wildcard pattern = Wildcard.compile(a, false);
    assertThat(pattern.matches(a)).isTrue();
    assertThat(pattern.matches(b)).isEqualTo(a.equals(b));
  }

  @Property
  void starMatchesEverything(@ForAll String text) {
    assertThat(Wildcard.compile("*", false).matches(text)).isTrue();
  }

  @Property(tries = 2000)
  void agreesWithReferenceMatcher(@ForAll("patterns") String pattern, @ForAll("texts") String text) {
    assertThat(Wildcard.compile(pattern, false).matches(text)).isEqualTo(reference(pattern, 0, text, 0));
  }

  @Provide
  Arbitrary<String> plain() {
    return Arbitraries.strings().withChars("ab:/-x").ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.strings().withChars("ab*?").ofMaxLength(8);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abc").ofMaxLength(10);
  }

  /** Exponential but obviously correct recursive glob, for small inputs only. */
  private static boolean reference(String p, int i, String t, int j) {
    if (i == p.length()) {
      return j == t.length();
    }
    char c = p.charAt(i);
    if (c == '*') {
      for (int k = j; k <= t.length(); k++) {
        if (reference(p, i + 1, t, k)) {
          return true;
        }
      }
      return false;
    }
    if (j == t.length()) {
      return false;
    }
    return (c == '?' || c == t.charAt(j)) && reference(p, i + 1, t, j + 1);
  }
}
