package dev.warden.policy.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.policy.arn.Arn;
import dev.warden.policy.context.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourcePatternTest {

  // IAM User Guide, reference_policies_elements_resource.html: wildcards in any segment but the
  // service; '*' in the resource part spans '/' and ':'; the resource part is case-sensitive.
  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "*|arn:aws:s3:::b|true",
        "*|not-an-arn|true",
        "arn:aws:s3:::B/*/test/*|arn:aws:s3:::B/1/2/test/3/x.jpg|true",
        "arn:aws:s3:::B/*/test/*|arn:aws:s3:::B//test/x.jpg|true",
        "arn:aws:s3:::B/*/test/*|arn:aws:s3:::B/test/x.jpg|false",
        "arn:aws:s3:::b/*|arn:aws:s3:::b/a:b:c/d|true",
        "arn:aws:s3:::b/*|arn:aws:s3:::B/x|false",
        "arn:aws:s3:::b*|arn:aws:s3:::bucket|true",
        "arn:aws:s3:::b?|arn:aws:s3:::bu|true",
        "arn:aws:s3:::b?|arn:aws:s3:::bux|false",
        // A star in an ARN segment stays in that segment.
        "arn:aws:s3:*:*:b|arn:aws:s3:::b|true",
        "arn:aws:someservice:*:111122223333:finance/*|arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt|false",
        "arn:aws:someservice:*:111122223333:finance/*|arn:aws:someservice:us-east-2:111122223333:finance/document.txt|true",
        "arn:aws:ec2:us-*-1:*:instance/*|arn:aws:ec2:us-east-1:123456789012:instance/i-1|true",
        "arn:aws:ec2:us-*-1:*:instance/*|arn:aws:ec2:eu-west-1:123456789012:instance/i-1|false",
        "arn:aws:iam::*:role/*|arn:aws:iam::123456789012:role/a/b/R|true",
        "arn:aws:iam::123456789012:role/*|arn:aws:iam::210987654321:role/R|false",
        "arn:aws:dynamodb:*:*:table/T|arn:aws:dynamodb:us-east-1:1:table/T/index/I|false",
        "arn:aws:dynamodb:*:*:table/T*|arn:aws:dynamodb:us-east-1:1:table/T/index/I|true",
        // Partition, service, region and account ignore case; the resource part does not.
        "arn:AWS:S3:::b|arn:aws:s3:::b|true",
        "arn:aws:s3:::b|arn:aws:s3:::B|false",
        "arn:aws-cn:s3:::b|arn:aws:s3:::b|false",
        "arn:aws:s3:::b|not-an-arn|false",
        "not-a-pattern|not-a-pattern|false",
        // Identity-policy rules: short patterns are padded with '*'.
        "arn:aws:ec2:us-east-1:123|arn:aws:ec2:us-east-1:123:instance/i-1|true",
        "arn:aws:ec2:us-east-1:123|arn:aws:ec2:us-east-1:999:instance/i-1|false",
        "arn:aws:ec2|arn:aws:ec2:us-east-1:123:instance/i-1|true",
        "arn:aws:ec2|arn:aws:s3:::b|false",
      })
  void matchesPerSegment(String pattern, String resource, boolean expected) {
    assertThat(ResourcePattern.compile(pattern).matches(resource)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"arn:aws:ec2:us-east-1:123, arn:aws:ec2:us-east-1:123:instance/i-1", "arn:aws:ec2, arn:aws:ec2:us-east-1:123:x"})
  void shortPatternsMatchNothingInResourcePolicies(String pattern, String resource) {
    assertThat(ResourcePattern.compile(pattern, false, null, ShortArnMode.MATCH_NOTHING).matches(resource)).isFalse();
    assertThat(ResourcePattern.compile("*", false, null, ShortArnMode.MATCH_NOTHING).matches(resource)).isTrue();
  }

  @Test
  void shortArnModeFollowsThePolicyKind() {
    assertThat(ShortArnMode.forKind(dev.warden.policy.document.PolicyKind.IDENTITY_MANAGED)).isEqualTo(ShortArnMode.PAD_WITH_WILDCARDS);
    assertThat(ShortArnMode.forKind(dev.warden.policy.document.PolicyKind.SESSION)).isEqualTo(ShortArnMode.PAD_WITH_WILDCARDS);
    assertThat(ShortArnMode.forKind(dev.warden.policy.document.PolicyKind.RESOURCE)).isEqualTo(ShortArnMode.MATCH_NOTHING);
    assertThat(ShortArnMode.forKind(dev.warden.policy.document.PolicyKind.RCP)).isEqualTo(ShortArnMode.MATCH_NOTHING);
  }

  /**
   * A stand-in for the policy-variable package that knows only {@code ${aws:username}}: it checks
   * that ResourcePattern hands over exactly the resource part and honours an unresolved variable.
   */
  private static final class UsernameOnly implements TemplateCompiler {
    final List<String> compiled = new ArrayList<>();

    @Override
    public WildcardTemplate compile(String text, boolean ignoreCase) {
      if (text.contains("${oops")) {
        throw new IllegalArgumentException("unclosed variable");
      }
      compiled.add(text);
      return context -> {
        Optional<String> user = context.get("aws:username").map(v -> v.value());
        if (user.isEmpty()) {
          return Optional.empty();
        }
        Wildcard.Builder builder = Wildcard.builder(ignoreCase);
        String rest = text;
        int at;
        while ((at = rest.indexOf("${aws:username}")) >= 0) {
          appendGlob(builder, rest.substring(0, at));
          builder.literal(user.get());
          rest = rest.substring(at + "${aws:username}".length());
        }
        appendGlob(builder, rest);
        return Optional.of(builder.build());
      };
    }

    private static void appendGlob(Wildcard.Builder builder, String glob) {
      for (char c : glob.toCharArray()) {
        if (c == '*') {
          builder.anyRun();
        } else if (c == '?') {
          builder.anyChar();
        } else {
          builder.literal(c);
        }
      }
    }
  }

  // IAM User Guide, reference_policies_variables.html: variables only after the fifth colon, an
  // unresolved variable makes the entry match nothing, values are literal text.
  @Test
  void substitutesVariablesInTheResourcePartOnly() {
    UsernameOnly templates = new UsernameOnly();
    ResourcePattern pattern = ResourcePattern.compile("arn:aws:s3:::home/${aws:username}/*", true, templates);
    assertThat(templates.compiled).containsExactly("home/${aws:username}/*");
    assertThat(pattern.hasVariables()).isTrue();

    RequestContext bob = RequestContext.builder().put("aws:username", "bob").build();
    RequestContext star = RequestContext.builder().put("aws:username", "*").build();
    assertThat(pattern.matches("arn:aws:s3:::home/bob/x", bob)).isTrue();
    assertThat(pattern.matches("arn:aws:s3:::home/alice/x", bob)).isFalse();
    assertThat(pattern.matches("arn:aws:s3:::home/alice/x", star)).isFalse();
    assertThat(pattern.matches("arn:aws:s3:::home/*/x", star)).isTrue();
    assertThat(pattern.matches("arn:aws:s3:::home/bob/x", RequestContext.empty())).isFalse();
    assertThat(pattern.matches("arn:aws:s3:::home/bob/x")).isFalse();
  }

  @Test
  void variablesAreLiteralWhenNotSubstitutedOrMalformed() {
    UsernameOnly templates = new UsernameOnly();
    ResourcePattern old = ResourcePattern.compile("arn:aws:s3:::home/${aws:username}", false, templates);
    assertThat(old.hasVariables()).isFalse();
    assertThat(old.matches("arn:aws:s3:::home/${aws:username}")).isTrue();

    ResourcePattern malformed = ResourcePattern.compile("arn:aws:s3:::home/${oops", true, templates);
    assertThat(malformed.hasVariables()).isFalse();
    assertThat(malformed.matches("arn:aws:s3:::home/${oops")).isTrue();

    ResourcePattern inRegion = ResourcePattern.compile("arn:aws:s3:${aws:username}::b", true, templates);
    assertThat(inRegion.hasVariables()).isFalse();
    assertThat(templates.compiled).isEmpty();
  }

  @Test
  void variablesNeedACompiler() {
    assertThatThrownBy(() -> ResourcePattern.compile("arn:aws:s3:::${aws:username}", true, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Property
  void patternWithoutWildcardsMatchesExactlyItself(@ForAll("arns") String arn, @ForAll("arns") String other) {
    ResourcePattern pattern = ResourcePattern.compile(arn);
    assertThat(pattern.matches(arn)).isTrue();
    assertThat(pattern.matches(other)).isEqualTo(arn.equals(other));
  }

  @Property
  void resourcePartIsCaseSensitive(@ForAll("arns") String arn) {
    Arn parsed = Arn.of(arn);
    String flipped = flipCase(parsed.resource());
    String other = new Arn(parsed.partition(), parsed.service(), parsed.region(), parsed.account(), flipped).toString();
    assertThat(ResourcePattern.compile(arn).matches(other)).isEqualTo(flipped.equals(parsed.resource()));
  }

  @Property
  void starMatchesEverything(@ForAll("arns") String arn) {
    assertThat(ResourcePattern.compile("*").matches(arn)).isTrue();
    assertThat(ResourcePattern.compile("arn:*:*:*:*:*").matches(arn)).isTrue();
  }

  @Property
  void starInTheResourcePartSpansSlashesAndColons(@ForAll("arns") String arn) {
    Arn parsed = Arn.of(arn);
    String prefix = "arn:" + parsed.partition() + ":" + parsed.service() + ":" + parsed.region() + ":" + parsed.account() + ":";
    assertThat(ResourcePattern.compile(prefix + "*").matches(arn)).isTrue();
  }

  private static String flipCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return out.toString();
  }

  @Provide
  Arbitrary<String> arns() {
    Arbitrary<String> partition = Arbitraries.of("aws", "aws-cn", "aws-us-gov");
    Arbitrary<String> service = Arbitraries.of("s3", "iam", "ec2", "dynamodb", "kms");
    Arbitrary<String> region = Arbitraries.of("", "us-east-1", "eu-west-1");
    Arbitrary<String> account = Arbitraries.of("", "123456789012", "210987654321", "aws");
    Arbitrary<String> resource = Arbitraries.strings().withChars("aBc/:-_.").ofMinLength(0).ofMaxLength(12);
    return Combinators.combine(partition, service, region, account, resource)
        .as((p, s, r, a, res) -> "arn:" + p + ":" + s + ":" + r + ":" + a + ":" + res);
  }
}
