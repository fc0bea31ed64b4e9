package dev.warden.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboundDiscoveryRoutesTest {

    @Test
    void discoveryNamesTheIssuerItsJwksAndTheAllowedAlgorithms() {
        OutboundDiscoveryRoutes<Object> routes = new OutboundDiscoveryRoutes<>(
                new OutboundIssuer(() -> "http://h:1"), id -> Optional.empty());

        JsonNode doc = routes.discovery("ab");

        assertThat(doc.path("issuer").asText()).isEqualTo("http://h:1/outbound-identity/ab");
        assertThat(doc.path("jwks_uri").asText()).isEqualTo("http://h:1/outbound-identity/ab/.well-known/jwks.json");
        assertThat(doc.path("id_token_signing_alg_values_supported").toString()).isEqualTo("[\"RS256\",\"ES384\"]");
        assertThat(doc.path("response_types_supported").toString()).isEqualTo("[\"id_token\"]");
        assertThat(doc.path("subject_types_supported").toString()).isEqualTo("[\"public\"]");
    }
}
