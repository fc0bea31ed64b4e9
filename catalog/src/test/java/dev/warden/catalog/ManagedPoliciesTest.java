package dev.warden.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ManagedPoliciesTest {
  private static final ManagedPolicies POLICIES = ManagedPolicies.get();

  @ParameterizedTest
  @CsvSource({
      "AmazonS3ReadOnlyAccess,                                                         AmazonS3ReadOnlyAccess",
      "amazons3readonlyaccess,                                                         AmazonS3ReadOnlyAccess",
      "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess,                                 AmazonS3ReadOnlyAccess",
      "arn:aws-cn:iam::aws:policy/AmazonS3ReadOnlyAccess,                              AmazonS3ReadOnlyAccess",
      "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole,               AWSLambdaBasicExecutionRole",
      "service-role/AWSLambdaBasicExecutionRole,                                       AWSLambdaBasicExecutionRole",
      "/service-role/AWSLambdaBasicExecutionRole,                                      AWSLambdaBasicExecutionRole",
      "AWSLambdaBasicExecutionRole,                                                    AWSLambdaBasicExecutionRole",
      "arn:aws:iam::aws:policy/aws-service-role/AmazonEMRServicePolicy_v2,             ",
      "arn:aws:iam::aws:policy/service-role/AmazonEMRServicePolicy_v2,                 AmazonEMRServicePolicy_v2",
  })
  void findsByNamePathOrArn(String query, String expectedName) {
    if (expectedName == null) {
      assertThat(POLICIES.find(query)).isEmpty();
    } else {
      assertThat(POLICIES.find(query)).map(ManagedPolicy::name).contains(expectedName);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "NoSuchPolicy", "arn:aws:iam::123456789012:policy/AmazonS3ReadOnlyAccess", "other-path/AmazonS3ReadOnlyAccess",
      "arn:aws:s3:::AmazonS3ReadOnlyAccess", ""})
  void rejectsWhatIsNotAnAwsManagedPolicy(String query) {
    assertThat(POLICIES.find(query)).isEmpty();
  }

  @Test
  void carriesTheDefaultVersionAndItsDocument() throws Exception {
    ManagedPolicy lambda = POLICIES.find("AWSLambdaBasicExecutionRole").orElseThrow();
    assertThat(lambda.arn()).isEqualTo("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
    assertThat(lambda.path()).isEqualTo("/service-role/");
    assertThat(lambda.arnIn("aws-us-gov")).isEqualTo("arn:aws-us-gov:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
    assertThat(lambda.createDate()).isBeforeOrEqualTo(lambda.updateDate());
    JsonNode document = new ObjectMapper().readTree(lambda.document());
    assertThat(document.path("Version").asText()).isEqualTo("2012-10-17");
    assertThat(document.path("Statement").toString()).contains("logs:PutLogEvents");
  }

  @Test
  void everyDocumentIsAPolicyWithStatements() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    assertThat(POLICIES.all()).hasSizeGreaterThan(1_000);
    for (ManagedPolicy policy : POLICIES.all()) {
      JsonNode document = mapper.readTree(policy.document());
      assertThat(document.has("Statement")).as(policy.name()).isTrue();
      assertThat(policy.arn()).endsWith(policy.path() + policy.name()).startsWith("arn:aws:iam::aws:policy/");
    }
  }
}
