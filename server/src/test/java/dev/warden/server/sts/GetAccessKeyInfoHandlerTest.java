package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.QueryCall;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.QueryService;
import dev.warden.server.xml.QueryXmlDocuments;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetAccessKeyInfoHandlerTest {

    final GetAccessKeyInfoHandler<String> handler = new GetAccessKeyInfoHandler<>("123456789012");

    String call(Map<String, String> params) {
        QueryCall<String> call = new QueryCall<>("r", QueryService.STS, "GetAccessKeyInfo", QueryParameters.of(params),
                Optional.empty(), Instant.EPOCH, "127.0.0.1", "", false);
        return new String(QueryXmlDocuments.success(QueryService.STS.xmlNamespace(), "GetAccessKeyInfo", "r",
                handler.handle(call)), StandardCharsets.UTF_8);
    }

    @Test
    void answersTheAccount() {
        assertThat(call(Map.of("AccessKeyId", "AKIAIOSFODNN7EXAMPLE")))
                .contains("<GetAccessKeyInfoResult><Account>123456789012</Account></GetAccessKeyInfoResult>");
    }

    @Test
    void validatesTheKeyId() {
        assertThatThrownBy(() -> call(Map.of())).hasMessage(
                "1 validation error detected: Value null at 'accessKeyId' failed to satisfy constraint: Member must not be null");
        assertThatThrownBy(() -> call(Map.of("AccessKeyId", "short"))).hasMessage("1 validation error detected: "
                + "Value 'short' at 'accessKeyId' failed to satisfy constraint: Member must have length greater than or equal to 16");
        assertThatThrownBy(() -> call(Map.of("AccessKeyId", "AKIA-NOT-WORD-CHARS!"))).hasMessageContaining("[\\w]*");
    }
}
