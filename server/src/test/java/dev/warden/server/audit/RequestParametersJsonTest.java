package dev.warden.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestParametersJsonTest {

    static Map<String, String> params(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plain members, lower-case first letter | UserName=bob;Path=/a/ | {\"userName\":\"bob\",\"path\":\"/a/\"}",
        "Action and Version are left out | Action=GetUser;Version=2010-05-08;UserName=b | {\"userName\":\"b\"}",
        "string list in index order | TagKeys.member.2=b;TagKeys.member.1=a | {\"tagKeys\":[\"a\",\"b\"]}",
        "structure list | Tags.member.1.Key=k;Tags.member.1.Value=v | {\"tags\":[{\"key\":\"k\",\"value\":\"v\"}]}",
        "STS policy descriptors | PolicyArns.member.1.arn=arn:x | {\"policyArns\":[{\"arn\":\"arn:x\"}]}",
        "nested lists | ContextEntries.member.1.ContextKeyValues.member.1=v | {\"contextEntries\":[{\"contextKeyValues\":[\"v\"]}]}",
        "gaps in numbering are closed | TagKeys.member.7=x | {\"tagKeys\":[\"x\"]}",
        "passwords are dropped | UserName=bob;Password=hunter2;NewPassword=x;OldPassword=y | {\"userName\":\"bob\"}",
        "tokens and keys are dropped | TokenCode=123456;PrivateKey=k;WebIdentityToken=t;SAMLAssertion=a | {}",
    })
    void convertsQueryParametersToCloudTrailShape(String name, String input, String json) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : input.split(";")) {
            int eq = pair.indexOf('=');
            map.put(pair.substring(0, eq), pair.substring(eq + 1));
        }

        assertThat(RequestParametersJson.of(map).toString()).isEqualTo(json);
    }

    @Test
    void cutsVeryLongValues() {
        String document = "x".repeat(RequestParametersJson.MAX_VALUE_CHARS + 10);

        String stored = RequestParametersJson.of(params("PolicyDocument", document)).path("policyDocument").asText();

        assertThat(stored).hasSize(RequestParametersJson.MAX_VALUE_CHARS + "…(truncated)".length()).endsWith("…(truncated)");
    }
}
