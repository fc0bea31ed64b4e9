package dev.warden.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutboundIssuerTest {

    @Test
    void urlsFollowTheBaseAsItChanges() {
        AtomicInteger port = new AtomicInteger(0);
        OutboundIssuer issuer = new OutboundIssuer(() -> "http://127.0.0.1:" + port.get());
        port.set(8080);

        assertThat(issuer.url("ab12")).isEqualTo("http://127.0.0.1:8080/outbound-identity/ab12");
        assertThat(issuer.jwksUrl("ab12")).isEqualTo("http://127.0.0.1:8080/outbound-identity/ab12/.well-known/jwks.json");
    }
}
