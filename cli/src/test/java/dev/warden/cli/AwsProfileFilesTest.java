package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsProfileFilesTest {

  @Test
  void readsSectionsKeysAndSkipsCommentsAndNestedLines() {
    Map<String, Map<String, String>> sections = AwsProfileFiles.parse("""
        # comment
        [default]
        Region = eu-west-1
        ; another comment
        [profile   warden]
        endpoint_url = http://127.0.0.1:1 # not a comment in AWS files either
        s3 =
          addressing_style = path
        """);

    assertThat(sections).containsOnlyKeys("default", "profile warden");
    assertThat(sections.get("default")).containsEntry("region", "eu-west-1");
    assertThat(sections.get("profile warden")).containsEntry("endpoint_url", "http://127.0.0.1:1 # not a comment in AWS files either")
        .containsEntry("s3", "").doesNotContainKey("addressing_style");
  }

  @Test
  void credentialsFileWinsOverConfigForAProfile() {
    AwsProfileFiles files = new AwsProfileFiles(Map.of("p", Map.of("aws_access_key_id", "FROM_CREDENTIALS")),
        Map.of("profile p", Map.of("aws_access_key_id", "FROM_CONFIG", "region", "r")));

    assertThat(files.profile("p")).containsEntry("aws_access_key_id", "FROM_CREDENTIALS").containsEntry("region", "r");
    assertThat(files.hasProfile("p")).isTrue();
    assertThat(files.hasProfile("q")).isFalse();
  }
}
