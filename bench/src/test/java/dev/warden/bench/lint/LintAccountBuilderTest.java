package dev.warden.bench.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.catalog.Catalog;
import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.insight.lint.AccountLinter;
import dev.warden.insight.lint.AccountSnapshot;
import dev.warden.insight.lint.AccountSnapshotReader;
import dev.warden.insight.lint.LintedArtifact;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's account is what it says, and the lint finds in it what its shapes hold. */
class LintAccountBuilderTest {
  @TempDir Path dir;

  @Test
  void buildsTheAccountAndLintSeesIt() {
    try (WardenHome home = WardenHome.open(WardenHomeSettings.defaults(dir).withAccountId(LintAccountBuilder.ACCOUNT))) {
      LintAccountBuilder.Counts counts = LintAccountBuilder.build(home.iam(), 40);
      assertThat(counts).isEqualTo(new LintAccountBuilder.Counts(40, 10, 10, 1));
      assertThat(counts.documents()).isEqualTo(40 + 10 + 20 + 1);
      AccountLinter linter = new AccountLinter(Catalog.get(), ManagedPolicies.get(), Clock.systemUTC(), AccountLinter.Options.defaults());
      AccountSnapshot snapshot = AccountSnapshotReader.read(home.iam(), linter.usageSince());
      assertThat(snapshot.policies()).hasSize(40);
      assertThat(snapshot.users()).hasSize(11); // and admin
      assertThat(snapshot.roles()).hasSize(10);
      List<String> codes = linter.lint(snapshot).stream()
          .flatMap(a -> a.findings().stream().map(f -> a.artifact() + " " + f.code())).toList();
      assertThat(codes).contains(
          "iam/policies/policy-2/v1.json SERVICE_WIDE_WILDCARD",
          "iam/policies/policy-4/v1.json DATA_EXFILTRATION",
          "iam/policies/policy-6/v1.json RESOURCE_EXPOSURE",
          "iam/policies/policy-9 UNATTACHED_POLICY",
          "iam/roles/role-2/trust.json TRUST_WHOLE_ACCOUNT",
          "iam/roles/role-3/trust.json CONFUSED_DEPUTY");
      assertThat(codes).noneMatch(c -> c.startsWith("iam/policies/policy-0/"));
      assertThat(codes.stream().filter(c -> c.endsWith("UNATTACHED_POLICY"))).hasSize(4);
    }
  }
}
