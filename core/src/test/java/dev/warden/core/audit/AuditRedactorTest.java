package dev.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditRedactorTest {
    @ParameterizedTest
    @ValueSource(strings = {"SecretAccessKey", "secretAccessKey", "Password", "NewPassword", "OldPassword",
        "SessionToken", "WebIdentityToken", "SAMLAssertion", "TokenCode", "X-Amz-Security-Token", "Authorization",
        "ServicePassword", "ServiceCredentialSecret", "TradeInToken", "tradeInToken"})
    void removesSecretMembersAtAnyDepth(String member) throws Exception {
        var node = new ObjectMapper().readTree("{\"keep\":1,\"" + member + "\":\"s\",\"deep\":[{\"" + member
                + "\":{\"x\":1},\"keep\":2}]}");
        String before = node.toString();
        assertThat(AuditRedactor.redact(node).toString()).isEqualTo("{\"keep\":1,\"deep\":[{\"keep\":2}]}");
        assertThat(node.toString()).as("the given tree is left as it was").isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"keep\":1,\"deep\":[{\"keep\":2},[3,{\"tokenish\":\"SessionToken\"}]]}", "[1,2]", "\"text\""})
    void treeWithoutSecretsComesBackUnchanged(String json) throws Exception {
        var node = new ObjectMapper().readTree(json);
        assertThat(AuditRedactor.redact(node)).isSameAs(node);
        assertThat(node.toString()).isEqualTo(new ObjectMapper().readTree(json).toString());
    }
}
