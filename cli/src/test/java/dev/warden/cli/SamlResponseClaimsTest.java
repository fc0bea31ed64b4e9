package dev.warden.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SamlResponseClaimsTest {

  static SamlResponseClaims claims(Map<String, List<String>> attributes, List<String> transitive, Duration validFor) {
    return new SamlResponseClaims("arn:aws:iam::123456789012:role/r", "arn:aws:iam::123456789012:saml-provider/p",
        "alice", TestIdpSamlResponse.PERSISTENT, "alice", attributes, Map.of(), transitive, Optional.empty(),
        Optional.empty(), validFor, SamlResponseClaims.SignedPart.RESPONSE);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1})
  void theValidityMustBePositive(long seconds) {
    assertThatThrownBy(() -> claims(Map.of(), List.of(), Duration.ofSeconds(seconds)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
  }

  @Test
  void laterChangesToTheCallersCollectionsDoNotReachTheClaims() {
    Map<String, List<String>> attributes = new HashMap<>(Map.of("a", List.of("1")));
    List<String> transitive = new ArrayList<>(List.of("team"));
    SamlResponseClaims claims = claims(attributes, transitive, Duration.ofMinutes(5));
    attributes.put("b", List.of("2"));
    transitive.add("cost");
    assertThat(claims.attributes()).containsOnlyKeys("a");
    assertThat(claims.transitiveTagKeys()).containsExactly("team");
  }
}
