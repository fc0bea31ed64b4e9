package dev.warden.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionKeyTest {
  @ParameterizedTest
  @CsvSource({
      "s3:TlsVersion,                                    s3:TlsVersion,                                 true",
      "s3:TlsVersion,                                    S3:TLSVERSION,                                 true",
      "s3:TlsVersion,                                    s3:TlsVersion2,                                false",
      "aws:ResourceTag/${TagKey},                        aws:ResourceTag/Owner,                         true",
      "aws:ResourceTag/${TagKey},                        aws:resourcetag/owner,                         true",
      "aws:ResourceTag/${TagKey},                        aws:ResourceTag/,                              false",
      "aws:ResourceTag/${TagKey},                        aws:RequestTag/Owner,                          false",
      "aws:PrincipalTag/tag-key,                         aws:PrincipalTag/team,                         true",
      "aws:PrincipalTag/tag-key,                         aws:PrincipalTag/,                             false",
      "s3:ExistingObjectTag/<key>,                       s3:ExistingObjectTag/env,                      true",
      "codebuild:secondarySources/${id}.buildspec,       codebuild:secondarySources/src1.buildspec,     true",
      "codebuild:secondarySources/${id}.buildspec,       codebuild:secondarySources/.buildspec,         false",
      "codebuild:secondarySources/${id}.buildspec,       codebuild:secondarySources/a.b.buildspec,      true",
      "codebuild:secondarySources/${id}.buildspec,       codebuild:secondarySources/src1.location,      false",
      "a:x/${p}/y/${q}/z,                                a:x/1/y/2/z,                                   true",
      "a:x/${p}/y/${q}/z,                                a:x/1/y//z,                                    false",
      "a:x/${p}/y/${q}/z,                                a:x/1/y/y/2/z,                                 true",
  })
  void matchesKeysAndTemplateInstances(String declared, String written, boolean expected) {
    ConditionKey key = new ConditionKey(declared, ConditionKeyType.STRING, "");
    assertThat(key.matches(written)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"s3:TlsVersion, false", "aws:ResourceTag/${TagKey}, true", "aws:PrincipalTag/tag-key, true", "s3:ExistingObjectTag/<key>, true"})
  void knowsTemplates(String name, boolean template) {
    assertThat(new ConditionKey(name, ConditionKeyType.STRING, "").isTemplate()).isEqualTo(template);
  }
}
