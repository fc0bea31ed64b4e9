package dev.warden.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.policy.context.RequestContext;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Principal ARNs and the keys AWS derives from them (IAM User Guide, aws:userid / aws:PrincipalType tables). */
class CallerTest {

  @ParameterizedTest
  @CsvSource({
    "arn:aws:iam::123456789012:user/alice, USER, arn:aws:iam::123456789012:user/alice",
    "arn:aws:iam::123456789012:user/team/alice, USER, arn:aws:iam::123456789012:user/team/alice",
    "arn:aws:iam::123456789012:root, ROOT, arn:aws:iam::123456789012:root",
    "arn:aws:sts::123456789012:assumed-role/etl/job-1, ROLE_SESSION, arn:aws:iam::123456789012:role/etl",
    "arn:aws:iam::123456789012:role/path/etl, ROLE_SESSION, arn:aws:iam::123456789012:role/path/etl",
    "arn:aws:sts::123456789012:federated-user/bob, FEDERATED_USER, arn:aws:sts::123456789012:federated-user/bob",
    "lambda.amazonaws.com, SERVICE, lambda.amazonaws.com",
  })
  void parsesPrincipalArns(String text, CallerType type, String principalArn) {
    Caller caller = Caller.parse(text);
    assertThat(caller.type()).isEqualTo(type);
    assertThat(caller.principalArn()).isEqualTo(principalArn);
  }

  @ParameterizedTest
  @ValueSource(strings = {"arn:aws:s3:::bucket", "alice", "arn:aws:iam::12345:user/x", "arn:aws:sts::123456789012:assumed-role/only"})
  void rejectsWhatIsNotAPrincipal(String text) {
    assertThatThrownBy(() -> Caller.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a principal ARN");
  }

  @Test
  void derivesUserKeys() {
    Caller alice = Caller.user("123456789012", "arn:aws:iam::123456789012:user/team/alice").withUniqueId("AIDAEXAMPLE1234567890");
    RequestContext context = CallerContext.derive(alice, Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(value(context, "aws:username")).contains("alice");
    assertThat(value(context, "AWS:UserId")).contains("AIDAEXAMPLE1234567890");
    assertThat(value(context, "aws:PrincipalType")).contains("User");
    assertThat(value(context, "aws:PrincipalArn")).contains("arn:aws:iam::123456789012:user/team/alice");
    assertThat(value(context, "aws:CurrentTime")).contains("2026-01-02T03:04:05Z");
    assertThat(value(context, "aws:EpochTime")).contains("1767323045");
  }

  @Test
  void roleSessionsHaveNoUsername() {
    Caller session = Caller.roleSession("123456789012", "arn:aws:sts::123456789012:assumed-role/etl/s1",
        "arn:aws:iam::123456789012:role/etl").withUniqueId("AROAEXAMPLE1234567890");
    RequestContext context = CallerContext.derive(session, Instant.EPOCH);
    assertThat(context.contains("aws:username")).isFalse();
    assertThat(value(context, "aws:userid")).contains("AROAEXAMPLE1234567890:s1");
    assertThat(value(context, "aws:PrincipalArn")).contains("arn:aws:iam::123456789012:role/etl");
    assertThat(value(context, "aws:PrincipalType")).contains("AssumedRole");
  }

  private static Optional<String> value(RequestContext context, String key) {
    return context.get(key).map(v -> v.value());
  }
}
