package dev.warden.catalog.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BroadResourceTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "*, true",
      "arn:aws:iam::111122223333:role/*, true",
      "arn:aws:iam::*:policy/*, true",
      "arn:aws:lambda:*:111122223333:function:*, true",
      "arn:aws:sqs:eu-west-1:111122223333:*, true",
      "arn:aws:s3:::*, true",
      "arn:aws:s3:::*/*, true",
      "arn:aws:s3:::reports/*, false",
      "arn:aws:iam::111122223333:role/app-*, false",
      "arn:aws:iam::111122223333:role/service/*, false",
      "arn:aws:iam::111122223333:user/${aws:username}, false",
      "not-an-arn*, false"})
  void isBroad(String arn, boolean broad) {
    assertThat(BroadResource.isBroad(arn)).isEqualTo(broad);
  }
}
