package dev.warden.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.eval.Authorizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark workloads load, compile, and give the answers shared/bench expects. */
class WorkloadTest {
  @ParameterizedTest
  @ValueSource(strings = {"small", "medium", "large"})
  void engineGivesTheExpectedAnswer(String name) {
    Workload workload = Workload.load(name);
    Authorizer authorizer = new Authorizer();
    assertThat(authorizer.decide(workload.policies(), workload.request())).isEqualTo(workload.expected());
    assertThat(authorizer.authorize(workload.policies(), workload.request()).decision()).isEqualTo(workload.expected());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 500})
  void unrelatedStatementsDoNotChangeTheAnswer(int extra) {
    Workload workload = Workload.load("large", extra);
    assertThat(new Authorizer().decide(workload.policies(), workload.request())).isEqualTo(Workload.load("large").expected());
  }

  @org.junit.jupiter.api.Test
  void sixKilobytePolicyIsValidAndNearTheQuota() throws Exception {
    String text = Workload.sixKilobytePolicy();
    int measured = dev.warden.policy.parse.PolicySizeLimits.measure(dev.warden.policy.document.PolicyKind.IDENTITY_MANAGED, text);
    assertThat(measured).isBetween(5_000, 6_144);
    dev.warden.policy.parse.PolicyParser.standard().parse(text, dev.warden.policy.document.PolicyKind.IDENTITY_MANAGED);
  }
}
