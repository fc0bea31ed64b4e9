package dev.warden.policy.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionPatternTest {

  // IAM User Guide, reference_policies_elements_action.html: prefix and name are case-insensitive,
  // '*' any run, '?' one character, "*" alone every action.
  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource({
    "*, s3:GetObject, true",
    "*, anything, true",
    "s3:*, s3:GetObject, true",
    "s3:*, S3:getobject, true",
    "s3:*, s3express:CreateSession, false",
    "s3:Get*, s3:GetObjectAcl, true",
    "s3:Get*, s3:PutObject, false",
    "iam:ListAccessKeys, IAM:listaccesskeys, true",
    "iam:ListAccessKeys, iam:ListAccessKey, false",
    "iam:?ist*, iam:ListUsers, true",
    "iam:?ist*, iam:Lst, false",
    "*:GetObject, s3:GetObject, true",
    "*:GetObject, s3:GetObjectAcl, false",
    "ec2:*Instances, ec2:DescribeInstances, true",
    "ec2:*Instances, ec2:DescribeInstanceStatus, false",
  })
  void matchesCaseInsensitively(String pattern, String action, boolean expected) {
    assertThat(ActionPattern.compile(pattern).matches(action)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource({"s3:GetObject, s3", "S3:Get*, s3", "Execute-API:Invoke, execute-api", "*, ''", "*:Get*, ''", "s?:Get, ''", "s3*:x, ''"})
  void exposesAWildcardFreeServicePrefix(String pattern, String prefix) {
    assertThat(ActionPattern.compile(pattern).servicePrefix().orElse("")).isEqualTo(prefix);
  }

  @Property
  void patternWithoutWildcardsMatchesExactlyItselfIgnoringCase(
      @ForAll("actions") String action, @ForAll("actions") String other) {
    ActionPattern pattern = ActionPattern.compile(action);
    assertThat(pattern.matches(action)).isTrue();
    assertThat(pattern.matches(action.toUpperCase(Locale.ROOT))).isTrue();
    assertThat(pattern.matches(action.toLowerCase(Locale.ROOT))).isTrue();
    assertThat(pattern.matches(other))
        .isEqualTo(action.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT)));
  }

  @Property
  void starMatchesEveryAction(@ForAll("actions") String action) {
    assertThat(ActionPattern.compile("*").matches(action)).isTrue();
    assertThat(ActionPattern.compile("*").matchesEverything()).isTrue();
  }

  @Property
  void serviceStarMatchesExactlyThatService(@ForAll("actions") String action, @ForAll("services") String service) {
    boolean sameService = action.substring(0, action.indexOf(':')).equalsIgnoreCase(service);
    assertThat(ActionPattern.compile(service + ":*").matches(action)).isEqualTo(sameService);
  }

  @Provide
  Arbitrary<String> services() {
    return Arbitraries.of("s3", "S3", "iam", "ec2", "s3express", "sts");
  }

  @Provide
  Arbitrary<String> actions() {
    Arbitrary<String> names = Arbitraries.strings().withChars("aAbBgGeEtT").ofMinLength(1).ofMaxLength(8);
    return net.jqwik.api.Combinators.combine(services(), names).as((s, n) -> s + ":" + n);
  }
}
