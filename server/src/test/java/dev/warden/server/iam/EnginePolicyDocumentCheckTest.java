package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.iam.IamQuotas;
import dev.warden.core.iam.PolicyDocumentKind;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnginePolicyDocumentCheckTest {

    static final String IDENTITY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
    static final String NO_VERSION = """
            {"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},\
            "Action":"sts:AssumeRole"}]}""";

    /** An identity policy of about {@code statements * 85} characters, none of them white space. */
    static String large(int statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + Stream.generate(() ->
                "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket/some/key/prefix\"}")
                .limit(statements).collect(Collectors.joining(",")) + "]}";
    }

    /** kind, document, managed (checkManaged instead of check), expected code or null for valid. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(PolicyDocumentKind.IDENTITY, IDENTITY, false, null),
                Arguments.of(PolicyDocumentKind.IDENTITY, NO_VERSION, false, null),
                Arguments.of(PolicyDocumentKind.IDENTITY, NO_VERSION, true, IamErrorCode.MALFORMED_POLICY_DOCUMENT),
                Arguments.of(PolicyDocumentKind.IDENTITY, "{\"Version\":\"2012-10-17\"", false,
                        IamErrorCode.MALFORMED_POLICY_DOCUMENT),
                Arguments.of(PolicyDocumentKind.IDENTITY, TRUST, false, IamErrorCode.MALFORMED_POLICY_DOCUMENT),
                // Inline quotas are sums the core checks; one large inline document passes here.
                Arguments.of(PolicyDocumentKind.IDENTITY, large(100), false, null),
                Arguments.of(PolicyDocumentKind.IDENTITY, large(100), true, IamErrorCode.LIMIT_EXCEEDED),
                Arguments.of(PolicyDocumentKind.TRUST, TRUST, false, null),
                Arguments.of(PolicyDocumentKind.TRUST, IDENTITY, false, IamErrorCode.MALFORMED_POLICY_DOCUMENT),
                Arguments.of(PolicyDocumentKind.SESSION, IDENTITY, false, null),
                Arguments.of(PolicyDocumentKind.SESSION, large(30), false, IamErrorCode.VALIDATION_ERROR),
                Arguments.of(PolicyDocumentKind.IDENTITY, "{\"Version\":\"2012-10-17\u0001\"}", false,
                        IamErrorCode.VALIDATION_ERROR));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void checksByKind(PolicyDocumentKind kind, String document, boolean managed, IamErrorCode expected) {
        EnginePolicyDocumentCheck check = new EnginePolicyDocumentCheck(IamQuotas.defaults());
        Runnable call = managed ? () -> check.checkManaged(document) : () -> check.check(kind, document);
        if (expected == null) {
            assertThatCode(call::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(IamException.class,
                    e -> assertThat(e.code()).isEqualTo(expected));
        }
    }

    @Test
    void malformedMessagesStartWithAwsWordsAndSayWhere() {
        EnginePolicyDocumentCheck check = new EnginePolicyDocumentCheck();
        assertThatThrownBy(() -> check.checkManaged(NO_VERSION))
                .hasMessageStartingWith("Policy document must be version 2012-10-17 or greater.")
                .hasMessageContaining("line 1");
    }

    @Test
    void raisedTrustQuotaApplies() {
        String trust = TRUST.replace("\"sts:AssumeRole\"",
                "\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"" + "x".repeat(2_500) + "\"}}");
        assertThatThrownBy(() -> new EnginePolicyDocumentCheck().check(PolicyDocumentKind.TRUST, trust))
                .isInstanceOfSatisfying(IamException.class,
                        e -> assertThat(e.code()).isEqualTo(IamErrorCode.LIMIT_EXCEEDED));
        assertThatCode(() -> new EnginePolicyDocumentCheck(IamQuotas.defaults().withTrustPolicyChars(4_096))
                .check(PolicyDocumentKind.TRUST, trust)).doesNotThrowAnyException();
    }
}
