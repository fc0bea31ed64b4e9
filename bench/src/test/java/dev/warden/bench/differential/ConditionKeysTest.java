package dev.warden.bench.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.context.ContextKeyType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionKeysTest {
  @ParameterizedTest
  @CsvSource({
      "aws:SourceIp, false, IP",
      "AWS:SOURCEIP, false, IP",
      "aws:SourceIp, true, IP_LIST",
      "aws:CurrentTime, false, DATE",
      "aws:EpochTime, false, NUMERIC",
      "aws:MultiFactorAuthAge, false, NUMERIC",
      "aws:SecureTransport, false, BOOLEAN",
      "aws:TagKeys, true, STRING_LIST",
      "aws:TagKeys, false, STRING_LIST",
      "aws:PrincipalTag/anything, false, STRING",
      "aws:ResourceTag/Owner, false, STRING",
      "aws:PrincipalArn, false, STRING",
      "s3:prefix, false, STRING",
      "s3:prefix, true, STRING_LIST"})
  void typesKeysAsTheGlobalKeysPageDoes(String key, boolean array, ContextKeyType expected) {
    assertThat(ConditionKeys.typeOf(key, array)).isEqualTo(expected);
  }
}
