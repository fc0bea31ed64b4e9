package dev.warden.insight.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.Statement;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyCompiler;
import dev.warden.policy.eval.PolicyType;
import dev.warden.policy.parse.PolicyParser;
import dev.warden.policy.parse.PolicySizeLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyVariantTest {

    static final String DOCUMENT = """
            {"Version":"2012-10-17","Statement":[
             {"Effect":"Allow","Action":"iam:GetUser","Resource":"*"},
             {"Effect":"Allow","Action":"iam:CreateUser","Resource":"*","Condition":{
               "IpAddress":{"aws:SourceIp":"10.0.0.0/8"},"StringEquals":{"aws:PrincipalTag/team":"ops"}}},
             {"Effect":"Deny","Action":"iam:DeleteUser","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"}}},
             {"Effect":"Deny","Action":"iam:TagUser","Resource":"*","Condition":{"StringEquals":{"aws:username":"bob"}}}]}""";

    static CompiledPolicy policy() throws Exception {
        return PolicyCompiler.compile(new PolicyParser(PolicySizeLimits.defaults()).parse(DOCUMENT, PolicyKind.IDENTITY_MANAGED),
                "p", PolicyType.IDENTITY);
    }

    static List<String> shape(CompiledPolicy policy) {
        return policy.document().statements().stream()
                .map(s -> s.index() + " " + s.effect() + " " + s.conditions().stream().map(c -> c.key()).toList())
                .toList();
    }

    @Test
    void mostFavourableDropsRequestConditionsOfAllowsAndConditionalDenies() throws Exception {
        assertThat(shape(PolicyVariant.of(policy(), Assumption.MOST_FAVOURABLE))).containsExactly(
                "0 ALLOW []", "1 ALLOW [aws:PrincipalTag/team]", "3 DENY [aws:username]");
    }

    @Test
    void leastFavourableDropsConditionalAllowsAndMakesDeniesApply() throws Exception {
        assertThat(shape(PolicyVariant.of(policy(), Assumption.LEAST_FAVOURABLE))).containsExactly(
                "0 ALLOW []", "2 DENY []", "3 DENY [aws:username]");
    }

    @Test
    void aPolicyWithoutRequestConditionsIsReturnedAsItIs() throws Exception {
        CompiledPolicy plain = PolicyCompiler.compile(new PolicyParser(PolicySizeLimits.defaults()).parse(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}",
                PolicyKind.IDENTITY_MANAGED), "plain", PolicyType.IDENTITY);
        assertThat(PolicyVariant.of(plain, Assumption.MOST_FAVOURABLE)).isSameAs(plain);
        assertThat(PolicyVariant.of(plain, Assumption.LEAST_FAVOURABLE)).isSameAs(plain);
    }

    @Test
    void statementsKeepTheirStoredIndex() throws Exception {
        assertThat(PolicyVariant.of(policy(), Assumption.LEAST_FAVOURABLE).document().statements())
                .extracting(Statement::index).containsExactly(0, 2, 3);
    }
}
