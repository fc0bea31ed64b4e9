package dev.warden.catalog.lint;

import static dev.warden.catalog.lint.TestPolicy.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.document.PolicyDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionGrantsTest {
  private static final List<String> ACTIONS = List.of("iam:PassRole", "lambda:CreateFunction");

  private static SourcedPolicy named(String name, PolicyDocument document) {
    return new SourcedPolicy(name, document);
  }

  @Test
  void grantsAcrossPoliciesAddUp() {
    ActionGrants grants = ActionGrants.of(ACTIONS, List.of(
        named("a", policy().allow("iam:PassRole").on("*").build()),
        named("b", policy().allow("lambda:*").on("*").build())), Optional.empty());
    assertThat(grants.allowed("iam:PassRole")).isTrue();
    assertThat(grants.allows("lambda:CreateFunction")).extracting(ActionGrant::source).containsExactly("b");
  }

  @Test
  void anUnconditionalDenyInAnotherPolicyTakesTheActionAway() {
    ActionGrants grants = ActionGrants.of(ACTIONS, List.of(
        named("a", policy().allow("iam:PassRole").on("*").build()),
        named("b", policy().deny("iam:Pass*").on("*").build())), Optional.empty());
    assertThat(grants.allowed("iam:PassRole")).isFalse();
  }

  @Test
  void aConditionalDenyStaysBesideTheGrant() {
    ActionGrants grants = ActionGrants.of(ACTIONS, List.of(
        named("a", policy().allow("iam:PassRole").on("*").build()),
        named("b", policy().deny("iam:PassRole").on("*").when("Bool", "aws:MultiFactorAuthPresent", "false").build())),
        Optional.empty());
    assertThat(grants.allowed("iam:PassRole")).isTrue();
    assertThat(grants.conditionalDenies("iam:PassRole")).extracting(ActionGrant::conditionKeys)
        .containsExactly(List.of("aws:MultiFactorAuthPresent"));
  }

  @Test
  void aDenyOnOneResourceDoesNotTakeAwayAGrantOnAll() {
    ActionGrants grants = ActionGrants.of(ACTIONS, List.of(
        named("a", policy().allow("iam:PassRole").on("*").and().deny("iam:PassRole").on("arn:aws:iam::1:role/admin").build())),
        Optional.empty());
    assertThat(grants.allowed("iam:PassRole")).isTrue();
  }

  @Test
  void grantsOnNamedResourcesAreNotBroad() {
    ActionGrants grants = ActionGrants.of(ACTIONS, List.of(
        named("a", policy().allow("iam:PassRole").on("arn:aws:iam::111122223333:role/app").build())), Optional.empty());
    assertThat(grants.allowed("iam:PassRole")).isFalse();
  }

  @Test
  void aBoundaryThatDoesNotAllowTheActionCapsIt() {
    List<SourcedPolicy> policies = List.of(named("a", policy().allow("*").on("*").build()));
    ActionGrants capped = ActionGrants.of(ACTIONS, policies, Optional.of(named("boundary", policy().allow("lambda:*").on("*").build())));
    assertThat(capped.allowed("iam:PassRole")).isFalse();
    assertThat(capped.allowed("lambda:CreateFunction")).isTrue();
  }

  @Test
  void notActionGrantsWhatItDoesNotExclude() {
    ActionGrants grants = ActionGrants.of(ACTIONS, List.of(named("a", policy().allowNot("iam:*").on("*").build())), Optional.empty());
    assertThat(grants.allowed("iam:PassRole")).isFalse();
    assertThat(grants.allows("lambda:CreateFunction").get(0).location().jsonPath()).isEqualTo("Statement[0].NotAction");
  }
}
