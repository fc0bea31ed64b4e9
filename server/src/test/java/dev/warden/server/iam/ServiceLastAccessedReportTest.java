package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.catalog.Catalog;
import dev.warden.core.iam.IamQuotas;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceLastAccessedReportTest {

    static final EnginePolicyDocumentCheck PARSER = new EnginePolicyDocumentCheck(IamQuotas.defaults());

    static PolicyDocument policy(String statements) {
        return PARSER.parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}",
                PolicyKind.IDENTITY_INLINE_ROLE, "policyDocument");
    }

    static Stream<Arguments> policies() {
        return Stream.of(
                Arguments.of("one action", "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}",
                        List.of("s3"), false),
                Arguments.of("service wildcards and case", "{\"Effect\":\"Allow\",\"Action\":[\"IAM:list*\","
                        + "\"sts:Get*\"],\"Resource\":\"*\"}", List.of("iam", "sts"), false),
                Arguments.of("a condition still allows the service", "{\"Effect\":\"Allow\",\"Action\":\"ec2:Describe*\","
                        + "\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}}",
                        List.of("ec2"), false),
                Arguments.of("Deny statements grant nothing", "{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\"}",
                        List.of(), false),
                Arguments.of("unknown actions grant no known service", "{\"Effect\":\"Allow\",\"Action\":\"nope:Thing\","
                        + "\"Resource\":\"*\"}", List.of(), false),
                Arguments.of("NotAction leaves out whole services only when all their actions are excluded",
                        "{\"Effect\":\"Allow\",\"NotAction\":[\"iam:*\",\"s3:GetObject\"],\"Resource\":\"*\"}",
                        List.of("s3", "sts"), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void allowedServices(String name, String statements, List<String> expected, boolean manyOthers) {
        var allowed = ServiceLastAccessedReport.allowedServices(List.of(policy(statements)), Catalog.get());
        if (manyOthers) {
            assertThat(allowed).containsAll(expected).doesNotContain("iam").hasSizeGreaterThan(100);
        } else {
            assertThat(allowed).containsExactlyElementsOf(expected);
        }
    }
}
