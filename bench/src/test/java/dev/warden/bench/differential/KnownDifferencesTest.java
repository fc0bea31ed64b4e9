package dev.warden.bench.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownDifferencesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "arn:aws:dynamodb:us-east-1:1:table/Users | table/",
      "arn:aws:dynamodb:us-east-1:1:tab?e/Users | tab?e/",
      "arn:aws:lambda:us-east-1:1:function:resize | function:",
      "arn:aws:sqs:us-east-1:1:orders | ''",
      "arn:aws:sqs:us-east-1:1:${aws:PrincipalTag/team}-jobs | ${aws:",
      "arn:aws:s3:::data-bucket/home/* | ''",
      "* | ''"})
  void theResourceTypeTokenIsWhatComesBeforeTheFirstSlashOrColon(String arn, String token) {
    assertThat(KnownDifferences.resourceTypeToken(arn)).isEqualTo(token);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "home/${aws:username}/x | {} | true",
      "home/${aws:username}/x | {\"AWS:USERNAME\":\"alice\"} | false",
      "home/${aws:username, 'alice'}/x | {} | false",
      "home/${*}/x | {} | false",
      "home/plain | {} | false"})
  void findsVariablesTheRequestCannotResolve(String text, String context, boolean unresolved) throws Exception {
    assertThat(KnownDifferences.hasUnresolvedVariable(text, new ObjectMapper().readTree(context))).isEqualTo(unresolved);
  }
}
