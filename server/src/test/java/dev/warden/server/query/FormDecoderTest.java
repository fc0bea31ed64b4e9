package dev.warden.server.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDecoderTest {

    @Test
    void decodesTheCapturedCliCreateRole() {
        String body = "Action=CreateRole&Version=2010-05-08&Path=%2Fapp%2F&RoleName=demo&AssumeRolePolicyDocument="
                + "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C"
                + "%22Principal%22%3A%7B%22Service%22%3A%22ec2.amazonaws.com%22%7D%2C%22Action%22%3A%22sts%3A"
                + "AssumeRole%22%7D%5D%7D&Description=demo+role&MaxSessionDuration=7200&Tags.member.1.Key=team"
                + "&Tags.member.1.Value=a&Tags.member.2.Key=env&Tags.member.2.Value=dev";

        Map<String, String> params = FormDecoder.decode(body.getBytes(StandardCharsets.UTF_8));

        assertThat(params).containsExactly(
                entry("Action", "CreateRole"), entry("Version", "2010-05-08"), entry("Path", "/app/"),
                entry("RoleName", "demo"),
                entry("AssumeRolePolicyDocument", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"),
                entry("Description", "demo role"), entry("MaxSessionDuration", "7200"),
                entry("Tags.member.1.Key", "team"), entry("Tags.member.1.Value", "a"),
                entry("Tags.member.2.Key", "env"), entry("Tags.member.2.Value", "dev"));
    }

    @Test
    void javaRawStarAndJsPercent20DecodeLikeTheCli() {
        Map<String, String> java = FormDecoder.decode("Resource=bucket%2F*&Description=demo+role", n -> false);
        Map<String, String> js = FormDecoder.decode("Description=demo%20role&Resource=bucket%2F%2A", n -> false);

        assertThat(java).isEqualTo(js);
        assertThat(java).containsEntry("Resource", "bucket/*").containsEntry("Description", "demo role");
    }

    @Test
    void skipsPresigningParameters() {
        Map<String, String> params = FormDecoder.decode(
                "Action=GetCallerIdentity&X-Amz-Signature=ab&X-Amz-Date=x", n -> n.startsWith("X-Amz-"));

        assertThat(params).containsOnlyKeys("Action");
    }

    @Test
    void rejectsDuplicates() {
        assertThatThrownBy(() -> FormDecoder.decode("RoleName=a&RoleName=b", n -> false))
                .isInstanceOfSatisfying(AwsError.class, e -> {
                    assertThat(e.code()).isEqualTo(AwsErrorCode.INVALID_QUERY_PARAMETER);
                    assertThat(e.getMessage()).isEqualTo("The parameter RoleName occurs more than once.");
                });
        assertThatThrownBy(() -> FormDecoder.merge(Map.of("Action", "A"), Map.of("Action", "B")))
                .isInstanceOf(AwsError.class);
    }

    @Test
    void rejectsEmptyNamesAndBrokenEncodingAsMalformedQueryString() {
        for (String form : new String[] {"=x", "Action=%", "Action=%E9"}) {
            assertThatThrownBy(() -> FormDecoder.decode(form, n -> false)).as(form)
                    .isInstanceOfSatisfying(AwsError.class,
                            e -> assertThat(e.code()).isEqualTo(AwsErrorCode.MALFORMED_QUERY_STRING));
        }
    }
}
