package dev.warden.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Facts about AWS that hold whatever the data version; they fail if the embedded data is missing,
 * its format drifted upstream (e.g. the 0.15 → 0.21 access-level change) or the index is wrong.
 */
class CatalogGoldenFactsTest {
  private static final Catalog CATALOG = Catalog.get();

  @Test
  void s3GetObjectIsReadOnOptionalObjectResources() {
    Action getObject = CATALOG.action("s3:GetObject").orElseThrow();
    assertThat(getObject.accessLevel()).isEqualTo(AccessLevel.READ);
    assertThat(getObject.resourceTypes())
        .extracting(ActionResource::resourceType, ActionResource::required)
        .contains(org.assertj.core.groups.Tuple.tuple("object", false), org.assertj.core.groups.Tuple.tuple("accesspointobject", false));
    assertThat(CATALOG.resourceTypesOf(getObject)).extracting(t -> t.arn().source())
        .contains("arn:${Partition}:s3:::${BucketName}/${ObjectName}");
    assertThat(getObject.description()).containsIgnoringCase("retrieve objects");
  }

  @Test
  void passRoleIsWriteOnRequiredRoleWithPassedToService() {
    Action passRole = CATALOG.action("iam:PassRole").orElseThrow();
    assertThat(passRole.accessLevel()).isEqualTo(AccessLevel.WRITE);
    assertThat(passRole.resourceTypes()).singleElement()
        .satisfies(r -> {
          assertThat(r.resourceType()).isEqualTo("role");
          assertThat(r.required()).isTrue();
        });
    assertThat(passRole.conditionKeys()).contains("iam:PassedToService", "iam:AssociatedResourceArn");
    assertThat(CATALOG.supportedConditionKeys(passRole))
        .extracting(ConditionKey::name, ConditionKey::type)
        .contains(org.assertj.core.groups.Tuple.tuple("iam:PassedToService", ConditionKeyType.STRING),
            org.assertj.core.groups.Tuple.tuple("iam:AssociatedResourceArn", ConditionKeyType.ARN));
  }

  @Test
  void assumeRoleAcceptsIdentityProviderKeysDeclaredBySts() {
    Action assumeRole = CATALOG.action("sts:AssumeRole").orElseThrow();
    assertThat(assumeRole.accessLevel()).isEqualTo(AccessLevel.WRITE);
    assertThat(assumeRole.resourceTypes()).extracting(ActionResource::resourceType).containsExactly("role");
    assertThat(CATALOG.supportsConditionKey(assumeRole, "sts:ExternalId")).isTrue();
    assertThat(CATALOG.supportsConditionKey(assumeRole, "saml:sub")).isTrue();
    assertThat(CATALOG.conditionKey("saml:sub")).isPresent();
    assertThat(CATALOG.supportsConditionKey(assumeRole, "s3:TlsVersion")).isFalse();
  }

  @Test
  void combinedAccessLevelsAreNormalisedToTheMostSensitive() {
    assertThat(CATALOG.action("iam:PutRolePolicy").orElseThrow().accessLevel()).isEqualTo(AccessLevel.PERMISSIONS_MANAGEMENT);
    assertThat(CATALOG.action("s3:PutBucketPolicy").orElseThrow().accessLevel()).isEqualTo(AccessLevel.PERMISSIONS_MANAGEMENT);
    assertThat(CATALOG.action("iam:TagRole").orElseThrow().accessLevel()).isEqualTo(AccessLevel.TAGGING);
    assertThat(CATALOG.action("s3:ListAllMyBuckets").orElseThrow().accessLevel()).isEqualTo(AccessLevel.LIST);
    long permissionsManagement = CATALOG.actions().stream().filter(a -> a.accessLevel() == AccessLevel.PERMISSIONS_MANAGEMENT).count();
    assertThat(permissionsManagement).isGreaterThan(400);
    for (AccessLevel level : AccessLevel.values()) {
      assertThat(CATALOG.actions()).anyMatch(a -> a.accessLevel() == level);
    }
  }

  @Test
  void servicesAndActionsAreFoundIgnoringCase() {
    assertThat(CATALOG.services()).hasSizeGreaterThan(400);
    assertThat(CATALOG.actions()).hasSizeGreaterThan(20_000);
    assertThat(CATALOG.service("S3")).map(Service::prefix).contains("s3");
    assertThat(CATALOG.action("S3:getobject")).map(Action::fullName).contains("s3:GetObject");
    assertThat(CATALOG.action("s3:GetObjet")).isEmpty();
    assertThat(CATALOG.action("nosuchservice:GetObject")).isEmpty();
    assertThat(CATALOG.action("GetObject")).isEmpty();
    assertThat(CATALOG.action("vpc-lattice:AssociateViaAWSService-EventsAndStates")).isPresent();
    assertThat(CATALOG.service("cloudformation")).map(Service::name).contains("AWS CloudFormation");
  }

  /** The index must give exactly what a plain scan of every action gives. */
  @ParameterizedTest
  @ValueSource(strings = {
      "s3:*", "s3:Get*", "S3:GET*", "s3*:*", "*:*", "*", "ec2:Describe*", "*:Get*Policy", "iam:?assRole",
      "S3:GETOBJECT", "s3:Nope*", "nope:*", "s3", "*:*Tag*", "?3:List*", "*a*:*e*", "iam:", "s3:Get*:x", "lambda:*Function*"})
  void expansionEqualsAScanOfAllActions(String pattern) {
    List<String> expected = CATALOG.actions().stream()
        .filter(a -> scanMatches(pattern, a.fullName()))
        .map(Action::fullName)
        .sorted()
        .collect(Collectors.toList());
    assertThat(CATALOG.expand(pattern)).extracting(Action::fullName).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void expansionOfAWholeServiceIsTheService() {
    Service s3 = CATALOG.service("s3").orElseThrow();
    assertThat(CATALOG.expand("s3:*")).hasSize(s3.actions().size()).allMatch(a -> a.service().equals("s3"));
    assertThat(CATALOG.expand("s3:Get*")).isNotEmpty().allMatch(a -> a.accessLevel() == AccessLevel.READ);
    assertThat(CATALOG.expand("*:*")).hasSize(CATALOG.actions().size());
  }

  private static boolean scanMatches(String pattern, String fullName) {
    if (pattern.equals("*")) {
      return true;
    }
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toLowerCase(Locale.ROOT).toCharArray()) {
      regex.append(c == '*' ? "[^:]*" : c == '?' ? "[^:]" : Pattern.quote(String.valueOf(c)));
    }
    return fullName.toLowerCase(Locale.ROOT).matches(regex.toString());
  }

  @ParameterizedTest
  @CsvSource({
      "arn:aws:s3:::my-bucket,                                       s3, bucket",
      "arn:aws:s3:::my-bucket/photos/2024/cat.jpg,                   s3, object",
      "arn:aws:s3:::my-bucket/*,                                     s3, object",
      "arn:aws:iam::123456789012:role/service-role/MyRole,           iam, role",
      "arn:aws:iam::123456789012:user/alice,                         iam, user",
      "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess,               iam, policy",
      "arn:aws:lambda:us-east-1:123456789012:function:my-fn,         lambda, function",
      "arn:aws:sqs:us-east-1:123456789012:my-queue,                  sqs, queue",
      "arn:aws:sns:us-east-1:123456789012:my-topic,                  sns, topic",
      "arn:aws:dynamodb:us-east-1:123456789012:table/Orders,         dynamodb, table",
      "arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/fn, logs, log-group",
      "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab, kms, key",
      "arn:aws:ec2:us-east-1:123456789012:instance/i-0abc,           ec2, instance",
      "arn:aws-cn:s3:::my-bucket,                                    s3, bucket",
  })
  void arnsResolveToTheirResourceType(String arn, String service, String type) {
    ResourceType resolved = CATALOG.resourceTypeOf(arn).orElseThrow();
    assertThat(resolved.service() + "/" + resolved.name()).isEqualTo(service + "/" + type);
  }

  @Test
  void arnsOfNoKnownTypeResolveToNothing() {
    assertThat(CATALOG.resourceTypeOf("arn:aws:nosuchservice:us-east-1:123456789012:thing/x")).isEmpty();
    assertThat(CATALOG.resourceTypeOf("arn:aws:s3:::")).isEmpty();
    assertThat(CATALOG.resourceTypeOf("not-an-arn")).isEmpty();
    assertThat(CATALOG.resourceTypesMatching("arn:aws:s3:::*")).extracting(ResourceType::name).contains("bucket", "object");
  }

  /** Every resource type must recognise an ARN built from its own format: checks all 2,000+ formats. */
  @Test
  void everyResourceTypeRecognisesAnArnBuiltFromItsFormat() {
    for (Service service : CATALOG.services()) {
      for (ResourceType type : service.resourceTypes()) {
        String arn = type.arn().source()
            .replace("${Partition}", "aws")
            .replace("${Region}", "us-east-1")
            .replace("${Account}", "123456789012")
            .replaceAll("\\$\\{[^}]*}", "x1")
            .replace("*", "any");
        assertThat(type.matches(arn)).as("%s matches %s", type, arn).isTrue();
        assertThat(CATALOG.resourceTypesMatching(arn)).as(arn).contains(type);
      }
    }
  }

  /** Every resource type an action names exists in its service, and every key it lists is declared. */
  @Test
  void actionsReferToDeclaredResourceTypesAndKeys() {
    for (Action action : CATALOG.actions()) {
      assertThat(CATALOG.resourceTypesOf(action)).as(action.fullName()).hasSameSizeAs(action.resourceTypes());
      for (String key : action.conditionKeys()) {
        assertThat(CATALOG.conditionKey(key)).as("%s of %s", key, action).isPresent();
      }
    }
  }

  @Test
  void globalConditionKeysHaveTheirTypes() {
    assertThat(CATALOG.globalConditionKeys()).hasSizeGreaterThan(50);
    assertThat(CATALOG.globalConditionKey("aws:SourceIp")).map(ConditionKey::type).contains(ConditionKeyType.IP_ADDRESS);
    assertThat(CATALOG.globalConditionKey("aws:multifactorauthpresent")).map(ConditionKey::type).contains(ConditionKeyType.BOOL);
    assertThat(CATALOG.globalConditionKey("aws:CurrentTime")).map(ConditionKey::type).contains(ConditionKeyType.DATE);
    assertThat(CATALOG.globalConditionKey("aws:PrincipalTag/team")).map(ConditionKey::type).contains(ConditionKeyType.STRING);
    assertThat(CATALOG.globalConditionKey("aws:TagKeys")).map(ConditionKey::type).contains(ConditionKeyType.ARRAY_OF_STRING);
    assertThat(CATALOG.globalConditionKey("aws:NoSuchKey")).isEmpty();
    assertThat(CATALOG.globalConditionKey("s3:TlsVersion")).isEmpty();
  }

  @Test
  void serviceKeysResolveIncludingTemplates() {
    assertThat(CATALOG.conditionKey("s3:TlsVersion")).map(ConditionKey::type).contains(ConditionKeyType.NUMERIC);
    assertThat(CATALOG.conditionKey("s3:ExistingObjectTag/classification")).map(ConditionKey::name).contains("s3:ExistingObjectTag/<key>");
    assertThat(CATALOG.conditionKey("iam:passedtoservice")).map(ConditionKey::name).contains("iam:PassedToService");
    assertThat(CATALOG.conditionKey("s3:NoSuchKey")).isEmpty();
    Action getObject = CATALOG.action("s3:GetObject").orElseThrow();
    assertThat(CATALOG.supportsConditionKey(getObject, "s3:ExistingObjectTag/env")).isTrue();
    assertThat(CATALOG.supportsConditionKey(getObject, "s3:TlsVersion")).isTrue();
    assertThat(CATALOG.supportsConditionKey(getObject, "iam:PassedToService")).isFalse();
  }
}
