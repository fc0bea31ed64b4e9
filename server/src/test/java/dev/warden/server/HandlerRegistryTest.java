package dev.warden.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.xml.XmlResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandlerRegistryTest {

    static final QueryHandler<String> NOTHING = call -> XmlResult.NONE;

    @Test
    void findsHandlersByServiceAndAction() {
        HandlerRegistry<String> registry = new HandlerRegistry<>(Map.of(
                "iam", Map.of("GetRole", NOTHING),
                "sts", Map.of("AssumeRoleWithWebIdentity", QueryHandler.unsigned(NOTHING))));

        assertThat(registry.find("iam", "GetRole")).contains(NOTHING);
        assertThat(registry.find("sts", "GetRole")).isEmpty();
        assertThat(registry.find("s3", "GetRole")).isEmpty();
        assertThat(registry.find("sts", "AssumeRoleWithWebIdentity").orElseThrow().signatureRequirement())
                .isEqualTo(SignatureRequirement.UNSIGNED);
        assertThat(NOTHING.signatureRequirement()).isEqualTo(SignatureRequirement.SIGV4_REQUIRED);
        assertThat(registry.services()).containsExactlyInAnyOrder("iam", "sts");
    }

    @Test
    void rejectsUnknownServices() {
        assertThatThrownBy(() -> new HandlerRegistry<>(Map.of("s3", Map.of("GetObject", NOTHING))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
