package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.parse.PolicyParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContextKeyNamesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*",\
                        "Resource":"arn:aws:s3:::b/${aws:username}/*"}]}""", List.of("aws:username")),
                Arguments.of("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*",\
                        "Condition":{"StringEquals":{"s3:prefix":"${aws:PrincipalTag/team}","AWS:SourceIp":"x"},\
                        "IpAddress":{"aws:sourceip":"10.0.0.0/8"}}}]}""",
                        List.of("aws:PrincipalTag/team", "AWS:SourceIp", "s3:prefix")),
                // Without Version 2012-10-17 nothing is a variable.
                Arguments.of("""
                        {"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/${aws:username}"}]}""",
                        List.of()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void conditionKeysAndVariablesOnceEach(String policy, List<String> expected) throws Exception {
        ContextKeyNames names = new ContextKeyNames();
        names.addAll(PolicyParser.standard().parse(policy, PolicyKind.IDENTITY_INLINE_USER));
        assertThat(names.sorted()).containsExactlyElementsOf(expected);
    }
}
