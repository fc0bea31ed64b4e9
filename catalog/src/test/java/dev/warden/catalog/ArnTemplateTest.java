package dev.warden.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArnTemplateTest {
  private static final String BUCKET = "arn:${Partition}:s3:::${BucketName}";
  private static final String OBJECT = "arn:${Partition}:s3:::${BucketName}/${ObjectName}";
  private static final String ROLE = "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}";
  private static final String FUNCTION = "arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}";

  @ParameterizedTest
  @CsvSource({
      BUCKET + ",   arn:aws:s3:::my-bucket,                         true",
      BUCKET + ",   arn:aws:s3:::my-bucket/key,                     false",
      BUCKET + ",   arn:aws:s3:::my-bucket/*,                       false",
      BUCKET + ",   arn:aws:s3:::*,                                 true",
      BUCKET + ",   arn:aws:s3:::my-*,                              true",
      BUCKET + ",   *,                                              true",
      BUCKET + ",   arn:aws:s3:us-east-1::my-bucket,                false",
      BUCKET + ",   arn:aws:sqs:::my-bucket,                        false",
      OBJECT + ",   arn:aws:s3:::my-bucket/key,                     true",
      OBJECT + ",   arn:aws:s3:::my-bucket/a/b/c.txt,               true",
      OBJECT + ",   arn:aws:s3:::my-bucket/*,                       true",
      OBJECT + ",   arn:aws:s3:::my-bucket,                         false",
      OBJECT + ",   arn:aws:s3:::my-bucket/,                        false",
      OBJECT + ",   arn:aws:s3:::*,                                 true",
      OBJECT + ",   arn:aws:s3:::my-bucket/${aws:username}/*,       true",
      ROLE + ",     arn:aws:iam::123456789012:role/MyRole,          true",
      ROLE + ",     arn:aws:iam::123456789012:role/path/to/MyRole,  true",
      ROLE + ",     arn:aws:iam::123456789012:role/*,               true",
      ROLE + ",     arn:aws:iam::*:role/*,                          true",
      ROLE + ",     arn:aws:iam::123456789012:user/alice,           false",
      ROLE + ",     arn:aws:iam::123456789012:*,                    true",
      ROLE + ",     arn:aws:iam:us-east-1:123456789012:role/R,      false",
      ROLE + ",     arn:aws:iam::123456789012:role?MyRole,          true",
      ROLE + ",     arn:aws:iam::123456789012:Role/MyRole,          false",
      FUNCTION + ", arn:aws:lambda:us-east-1:123456789012:function:f, true",
      FUNCTION + ", arn:aws:lambda:*:*:function:*,                  true",
      FUNCTION + ", arn:aws:lambda:us-east-1:123456789012:layer:l,  false",
  })
  void matchesPolicyResources(String template, String resource, boolean expected) {
    assertThat(ArnTemplate.compile(template).matches(resource)).isEqualTo(expected);
  }

  @Test
  void aLiteralStarInTheTemplateMatchesAnything() {
    ArnTemplate template = ArnTemplate.compile("arn:${Partition}:connect:${Region}:${Account}:phone-number/*");
    assertThat(template.matches("arn:aws:connect:us-east-1:123456789012:phone-number/abc")).isTrue();
    assertThat(template.matches("arn:aws:connect:us-east-1:123456789012:instance/abc")).isFalse();
  }

  @Test
  void moreFixedTextMeansMoreSpecific() {
    assertThat(ArnTemplate.compile(OBJECT).literalCount()).isGreaterThan(ArnTemplate.compile(BUCKET).literalCount());
    assertThat(ArnTemplate.compile(OBJECT).service()).isEqualTo("s3");
    assertThat(ArnTemplate.compile("arn:${Partition}:${Vendor}:${Region}:*:${ResourceType}:${RecoveryPointId}").service()).isNull();
  }

  @Test
  void hostilePatternsStayBoundedAndOverlongResourcesNeverMatch() {
    ArnTemplate role = ArnTemplate.compile(ROLE);
    String stars = "arn:aws:iam::1:role/" + "*a".repeat(500) + "b";
    assertThat(role.matches(stars)).isTrue();
    String tooLong = "arn:aws:iam::1:role/" + "x".repeat(ArnTemplate.MAX_RESOURCE_LENGTH);
    assertThat(role.matches(tooLong)).isFalse();
  }
}
