package dev.warden.policy.arn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ARN shapes of the IAM User Guide, reference_identifiers.html#identifiers-arns, and reference-arns.html. */
class ArnTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "arn:aws:iam::123456789012:user/division/bob|aws|iam||123456789012|user/division/bob|user|division/bob",
        "arn:aws:s3:::bucket/key/with:colon|aws|s3|||bucket/key/with:colon|bucket|key/with:colon",
        "arn:aws:s3:::bucket|aws|s3|||bucket||bucket",
        "arn:aws-cn:kms:cn-north-1:123456789012:key:1234|aws-cn|kms|cn-north-1|123456789012|key:1234|key|1234",
        "arn:aws:iam::123456789012:root|aws|iam||123456789012|root||root",
        "arn:aws-us-gov:sts::123456789012:assumed-role/R/s|aws-us-gov|sts||123456789012|assumed-role/R/s|assumed-role|R/s",
        "arn:aws:lambda:us-east-1:123456789012:function:f:PROD|aws|lambda|us-east-1|123456789012|function:f:PROD|function|f:PROD",
        "arn:aws:iam::aws:policy/ReadOnlyAccess|aws|iam||aws|policy/ReadOnlyAccess|policy|ReadOnlyAccess",
        "arn:aws:sqs:us-east-1:123456789012:|aws|sqs|us-east-1|123456789012|||",
      })
  void parsesSegmentsKeepingTheResourceWhole(
      String text, String partition, String service, String region, String account, String resource, String type, String id) {
    Arn arn = Arn.of(text);
    assertThat(arn.partition()).isEqualTo(partition);
    assertThat(arn.service()).isEqualTo(service);
    assertThat(arn.region()).isEqualTo(nullToEmpty(region));
    assertThat(arn.account()).isEqualTo(nullToEmpty(account));
    assertThat(arn.resource()).isEqualTo(nullToEmpty(resource));
    assertThat(arn.resourceType()).isEqualTo(nullToEmpty(type));
    assertThat(arn.resourceId()).isEqualTo(nullToEmpty(id));
    assertThat(arn.toString()).isEqualTo(text);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "*", "arn", "arn:aws:s3", "arn:aws:s3::", "arn:aws:s3:::", "ARN:aws:s3:::b", "urn:aws:s3:::b:x:y"})
  void rejectsTextWithoutSixSegments(String text) {
    if (text.equals("arn:aws:s3:::")) {
      // Six segments with an empty resource are still ARN-shaped.
      assertThat(Arn.parse(text)).isPresent();
      return;
    }
    assertThat(Arn.parse(text)).isEmpty();
    assertThatThrownBy(() -> Arn.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void buildsIamPrincipalArns() {
    assertThat(Arn.root("aws", "123456789012")).hasToString("arn:aws:iam::123456789012:root");
    assertThat(Arn.iamUser("aws", "123456789012", "/", "bob")).hasToString("arn:aws:iam::123456789012:user/bob");
    assertThat(Arn.iamRole("aws-cn", "123456789012", "/a/b/", "R")).hasToString("arn:aws-cn:iam::123456789012:role/a/b/R");
    assertThat(Arn.assumedRole("aws", "123456789012", "R", "s")).hasToString("arn:aws:sts::123456789012:assumed-role/R/s");
    assertThat(Arn.federatedUser("aws", "123456789012", "f")).hasToString("arn:aws:sts::123456789012:federated-user/f");
    assertThatThrownBy(() -> Arn.iamUser("aws", "1", "a/", "bob")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // text | root | user | role | assumed | federated | name | path | assumed role
        "arn:aws:iam::1:root|true|false|false|false|false|||",
        "arn:aws:iam::1:user/bob|false|true|false|false|false|bob|/|",
        "arn:aws:iam::1:user/a/b/bob|false|true|false|false|false|bob|/a/b/|",
        "arn:aws:iam::1:role/svc/R|false|false|true|false|false|R|/svc/|",
        "arn:aws:sts::1:assumed-role/R/sess|false|false|false|true|false|sess||R",
        "arn:aws:sts::1:assumed-role/R|false|false|false|false|false|||",
        "arn:aws:sts::1:federated-user/fed|false|false|false|false|true|fed||",
        "arn:aws:iam::1:user/|false|false|false|false|false|||",
        "arn:aws:s3:::root|false|false|false|false|false|||",
      })
  void classifiesIamPrincipals(String text, boolean root, boolean user, boolean role, boolean assumed, boolean federated,
      String name, String path, String assumedRole) {
    Arn arn = Arn.of(text);
    assertThat(arn.isRoot()).isEqualTo(root);
    assertThat(arn.isIamUser()).isEqualTo(user);
    assertThat(arn.isIamRole()).isEqualTo(role);
    assertThat(arn.isAssumedRole()).isEqualTo(assumed);
    assertThat(arn.isFederatedUser()).isEqualTo(federated);
    assertThat(arn.entityName().orElse(null)).isEqualTo(name);
    assertThat(arn.iamPath().orElse(null)).isEqualTo(path);
    assertThat(arn.assumedRoleName().orElse(null)).isEqualTo(assumedRole);
  }

  @ParameterizedTest
  @CsvSource({"aws, AWS", "aws-cn, AWS_CN", "aws-us-gov, AWS_US_GOV", "aws-iso, AWS_ISO", "aws-iso-b, AWS_ISO_B",
      "aws-iso-e, AWS_ISO_E", "aws-iso-f, AWS_ISO_F", "aws-eusc, AWS_EUSC"})
  void knowsThePartitions(String id, Partition partition) {
    assertThat(Partition.fromId(id)).contains(partition);
    assertThat(Arn.of("arn:" + id + ":s3:::b").knownPartition()).contains(partition);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AWS", "aws-mars", "*", ""})
  void rejectsUnknownPartitions(String id) {
    assertThat(Partition.fromId(id)).isEmpty();
  }

  @Test
  void segmentsBeforeTheResourceCannotHoldColons() {
    assertThatThrownBy(() -> new Arn("aws", "s3:x", "", "", "b")).isInstanceOf(IllegalArgumentException.class);
  }
}
