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
                        List.of("s3:prefix", "aws:PrincipalTag/team", "AWS:SourceIp")),
                // The AWS CLI's get-context-keys-for-custom-policy example: Resource's variable first.
                Arguments.of("""
                        {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*",\
                        "Resource":"arn:aws:dynamodb:us-west-2:123456789012:table/${aws:username}",\
                        "Condition":{"DateGreaterThan":{"aws:CurrentTime":"2015-08-16T12:00:00Z"}}}}""",
                        List.of("aws:username", "aws:CurrentTime")),
                // Statements in order, a key once in its first spelling.
                Arguments.of("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*",\
                        "Condition":{"Bool":{"aws:SecureTransport":"true"}}},{"Effect":"Deny","Action":"s3:*",\
                        "Resource":"*","Condition":{"StringEquals":{"aws:RequestedRegion":"x",\
                        "AWS:securetransport":"false"}}}]}""",
                        List.of("aws:SecureTransport", "aws:RequestedRegion")),
                // Without Version 2012-10-17 nothing is a variable.
                Arguments.of("""
                        {"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/${aws:username}"}]}""",
                        List.of()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void conditionKeysAndVariablesOnceEachInTheOrderTheyAppear(String policy, List<String> expected) throws Exception {
        ContextKeyNames names = new ContextKeyNames();
        names.addAll(PolicyParser.standard().parse(policy, PolicyKind.IDENTITY_INLINE_USER));
        assertThat(names.inOrder()).containsExactlyElementsOf(expected);
    }
}
