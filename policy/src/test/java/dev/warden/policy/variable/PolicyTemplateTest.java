package dev.warden.policy.variable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.match.Wildcard;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Policy variables. Source: IAM User Guide, reference_policies_variables (syntax, case-insensitive
 * names, ${*} ${?} ${$}, defaults "${aws:PrincipalTag/team, 'company-wide'}", Version 2012-10-17
 * only, multivalued keys not allowed, unresolved variables).
 */
class PolicyTemplateTest {
  private static final RequestContext CTX =
      RequestContext.builder()
          .put("aws:username", "Bob")
          .put("aws:PrincipalTag/Team", "blue")
          .put("aws:userid", "AIDA*?")
          .put("aws:EpochTime", ContextValue.of(ContextKeyType.NUMERIC, "1700000000"))
          .put("aws:TagKeys", new ContextValue(ContextKeyType.STRING_LIST, List.of("a")))
          .build();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plain text|plain text",
        "''|''",
        "home/${aws:username}/*|home/Bob/*",
        "${aws:username}${aws:username}|BobBob",
        "${AWS:UserName}|Bob",
        "${aws:principaltag/team}|blue",
        "${aws:PrincipalTag/team, 'company-wide'}|blue",
        "${aws:PrincipalTag/dept, 'company-wide'}|company-wide",
        "${aws:PrincipalTag/dept,'x'}|x",
        "${aws:PrincipalTag/dept , 'x y'}|x y",
        "${aws:PrincipalTag/dept, ''}|''",
        "${aws:PrincipalTag/dept, 'a}b'}|a}b",
        "${*}${?}${$}|*?$",
        "$5 and $ {x} and }|$5 and $ {x} and }",
        "${aws:EpochTime}|1700000000",
        "${aws:userid}|AIDA*?",
      })
  void resolvesToText(String text, String expected) {
    assertThat(PolicyTemplate.parse(text, true).resolve(CTX)).contains(expected);
  }

  @ParameterizedTest(name = "{0} is unresolved")
  @CsvSource({"${aws:PrincipalTag/dept}", "home/${aws:username}/${aws:SourceIp}", "${aws:TagKeys}"})
  void unresolvedVariableGivesNothing(String text) {
    PolicyTemplate template = PolicyTemplate.parse(text, true);
    assertThat(template.resolve(CTX)).isEmpty();
    assertThat(template.toWildcard(CTX, false)).isEmpty();
  }

  @Test
  void multivaluedKeyFallsBackToDefault() {
    assertThat(PolicyTemplate.parse("${aws:TagKeys, 'none'}", true).resolve(CTX)).contains("none");
  }

  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "home/${aws:username}/*|home/Bob/x/y|true",
        "home/${aws:username}/*|home/bob/x|false",
        "home/${aws:username}/?|home/Bob/x|true",
        // variable values are literal: aws:userid is 'AIDA*?'
        "${aws:userid}|AIDA*?|true",
        "${aws:userid}|AIDAxy|false",
        // escapes are literal
        "a${*}b|a*b|true",
        "a${*}b|axb|false",
        "a${?}b|a?b|true",
        "a${?}b|axb|false",
        "${$}{x}|${x}|true",
        "*${*}|anything*|true",
        "*${*}|anything|false",
      })
  void buildsWildcards(String text, String candidate, boolean expected) {
    Optional<Wildcard> wildcard = PolicyTemplate.parse(text, true).toWildcard(CTX, false);
    assertThat(wildcard).isPresent();
    assertThat(wildcard.get().matches(candidate)).isEqualTo(expected);
  }

  @Test
  void wildcardCanIgnoreCase() {
    Wildcard wildcard = PolicyTemplate.parse("HOME/${aws:username}/*", true).toWildcard(CTX, true).orElseThrow();
    assertThat(wildcard.matches("home/bob/x")).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "home/${aws:username}/*|home/${aws:username}/x|true",
        "home/${aws:username}/*|home/Bob/x|false",
        "${*}|${x}|true",
        "${broken|${broken|true",
      })
  void withoutSubstitutionEverythingIsText(String text, String candidate, boolean expected) {
    PolicyTemplate template = PolicyTemplate.parse(text, false);
    assertThat(template.hasVariables()).isFalse();
    assertThat(template.resolve(CTX)).contains(text);
    assertThat(template.toWildcard(CTX, false).orElseThrow().matches(candidate)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1} at {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "${aws:username|missing its closing brace|0",
        "home/${aws:username|missing its closing brace|5",
        "${a${b}}|missing its closing brace|0",
        "${}|Empty variable|0",
        "x${ }|cannot contain spaces|3",
        "${aws: username}|cannot contain spaces|6",
        "${aws:username }|cannot contain spaces|14",
        "${ aws:username}|cannot contain spaces|2",
        "${aws:user*}|cannot contain '*'|10",
        "${aws:username, nobody}|single-quoted|16",
        "${aws:username, 'nobody}|missing its closing brace|0",
        "${aws:username, 'a'b'}|missing its closing brace|0",
        "${, 'x'}|Empty variable|0",
        "${*, 'x'}|cannot contain '*'|2",
      })
  void reportsMalformedVariables(String text, String message, int offset) {
    assertThatThrownBy(() -> PolicyTemplate.parse(text, true))
        .isInstanceOf(PolicyTemplateException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((PolicyTemplateException) e).offset()).isEqualTo(offset))
        .satisfies(e -> assertThat(((PolicyTemplateException) e).text()).isEqualTo(text));
  }

  @Test
  void describesItsParts() {
    PolicyTemplate template = PolicyTemplate.parse("a/${aws:username}/${*}/${k, 'd'}", true);
    assertThat(template.hasVariables()).isTrue();
    assertThat(template.parts())
        .containsExactly(
            new TemplatePart.Literal("a/"),
            new TemplatePart.Variable("aws:username", Optional.empty(), 2),
            new TemplatePart.Literal("/"),
            new TemplatePart.Escape('*'),
            new TemplatePart.Literal("/"),
            new TemplatePart.Variable("k", Optional.of("d"), 23));
    assertThat(template.variables()).extracting(TemplatePart.Variable::name).containsExactly("aws:username", "k");
    assertThat(PolicyTemplate.parse("${*}", true).hasVariables()).isFalse();
  }

  @Test
  void tracesLookups() {
    VariableTrace trace = new VariableTrace();
    PolicyTemplate.parse("${aws:username}/${aws:SourceIp}/${k, 'd'}", true).resolve(CTX, trace);
    assertThat(trace.resolved()).containsEntry("aws:username", "Bob");
    assertThat(trace.missing()).containsExactly("aws:SourceIp");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "arn:aws:iam::123456789012:user/${aws:username}|arn;aws;iam;;123456789012;user/${aws:username}",
        "arn:aws:s3:::b/x:y:z|arn;aws;s3;;;b/x:y:z",
        "arn:aws:iam::${a:b}:user/${c:d}|arn;aws;iam;;${a:b};user/${c:d}",
        "arn:aws|arn;aws",
      })
  void splitsOutsideVariables(String text, String expected) {
    List<PolicyTemplate> parts = PolicyTemplate.parse(text, true).split(':', 6);
    assertThat(parts).extracting(PolicyTemplate::source).containsExactly(expected.split(";", -1));
  }

  @Test
  void splitPartsResolveOnTheirOwn() {
    List<PolicyTemplate> parts = PolicyTemplate.parse("arn:aws:iam::1:user/${aws:username}", true).split(':', 6);
    assertThat(parts.get(5).resolve(CTX)).contains("user/Bob");
    assertThat(parts.get(5).hasVariables()).isTrue();
    assertThat(parts.get(0).hasVariables()).isFalse();
  }
}
