package dev.warden.policy.eval;

import static dev.warden.policy.eval.TestStatements.allow;
import static dev.warden.policy.eval.TestStatements.deny;
import static dev.warden.policy.eval.TestStatements.resourceAllows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.context.RequestContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision procedure, case by case, from the IAM User Guide pages "Policy evaluation logic"
 * (reference_policies_evaluation-logic, including the resource-based policy table),
 * "Cross-account policy evaluation logic", "Permissions boundaries for IAM entities" and "Session
 * policies" (access_policies#policies_session).
 */
class AuthorizerTest {
  private static final String ACCOUNT = "111111111111";
  private static final String OTHER = "222222222222";
  private static final String OBJECT = "arn:aws:s3:::bucket/key";
  private static final Caller ALICE = Caller.user(ACCOUNT, "arn:aws:iam::111111111111:user/alice");
  private static final Caller SESSION = Caller.roleSession(
      ACCOUNT, "arn:aws:sts::111111111111:assumed-role/etl/job-1", "arn:aws:iam::111111111111:role/etl");
  private static final Caller SERVICE_LINKED = Caller.roleSession(ACCOUNT,
      "arn:aws:sts::111111111111:assumed-role/AWSServiceRoleForElasticBeanstalk/eb",
      "arn:aws:iam::111111111111:role/aws-service-role/elasticbeanstalk.amazonaws.com/AWSServiceRoleForElasticBeanstalk");
  private static final Caller SESSION_WITH_PATH = Caller.roleSession(ACCOUNT,
      "arn:aws:sts::111111111111:assumed-role/AWSServiceRoleForX/s", "arn:aws:iam::111111111111:role/service-role/AWSServiceRoleForX");
  private static final Caller FEDERATED = new Caller(CallerType.FEDERATED_USER, Optional.of(ACCOUNT),
      "arn:aws:sts::111111111111:federated-user/bob", Optional.empty(), Optional.empty(),
      Optional.of("arn:aws:iam::111111111111:user/alice"));

  record Case(String name, Caller caller, Optional<String> resourceAccount, Consumer<PolicySet.Builder> policies,
      EvalDecision decision, DecisionStep step, PolicyType type) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case sameAccount(String name, Caller caller, Consumer<PolicySet.Builder> policies,
      EvalDecision decision, DecisionStep step, PolicyType type) {
    return new Case(name, caller, Optional.empty(), policies, decision, step, type);
  }

  static Stream<Arguments> cases() {
    EvalDecision allowed = EvalDecision.ALLOWED;
    EvalDecision implicit = EvalDecision.IMPLICIT_DENY;
    EvalDecision explicit = EvalDecision.EXPLICIT_DENY;
    return Stream.of(
        // Basics: default deny, identity allow, explicit deny wins.
        sameAccount("no policy → implicit deny", ALICE, b -> {}, implicit, DecisionStep.NO_IDENTITY_ALLOW, PolicyType.IDENTITY),
        sameAccount("identity allows", ALICE, b -> b.identity(allow("p", PolicyType.IDENTITY, "s3:Get*", "arn:aws:s3:::bucket/*")),
            allowed, DecisionStep.IDENTITY_ALLOWS, null),
        sameAccount("action matched case-insensitively", ALICE, b -> b.identity(allow("p", PolicyType.IDENTITY, "S3:GETOBJECT", "*")),
            allowed, DecisionStep.IDENTITY_ALLOWS, null),
        sameAccount("other resource → implicit deny", ALICE, b -> b.identity(allow("p", PolicyType.IDENTITY, "s3:*", "arn:aws:s3:::other/*")),
            implicit, DecisionStep.NO_IDENTITY_ALLOW, PolicyType.IDENTITY),
        sameAccount("deny beats allow", ALICE, b -> b.identity(allow("p", PolicyType.IDENTITY, "*", "*"))
            .identity(deny("d", PolicyType.IDENTITY, "s3:*", "*")), explicit, DecisionStep.EXPLICIT_DENY, PolicyType.IDENTITY),
        sameAccount("wildcard-service statement indexed for every service", ALICE,
            b -> b.identity(deny("d", PolicyType.IDENTITY, "*:GetObject", "*")).identity(allow("p", PolicyType.IDENTITY, "s3:*", "*")),
            explicit, DecisionStep.EXPLICIT_DENY, PolicyType.IDENTITY),
        // Permissions boundary: both must allow; a boundary deny is an explicit deny.
        sameAccount("boundary does not allow", ALICE, b -> b.identity(allow("p", PolicyType.IDENTITY, "s3:*", "*"))
            .boundary(allow("pb", PolicyType.PERMISSIONS_BOUNDARY, "sqs:*", "*")),
            implicit, DecisionStep.BOUNDARY_NO_ALLOW, PolicyType.PERMISSIONS_BOUNDARY),
        sameAccount("boundary alone grants nothing", ALICE, b -> b.boundary(allow("pb", PolicyType.PERMISSIONS_BOUNDARY, "*", "*")),
            implicit, DecisionStep.NO_IDENTITY_ALLOW, PolicyType.IDENTITY),
        sameAccount("identity and boundary allow", ALICE, b -> b.identity(allow("p", PolicyType.IDENTITY, "s3:*", "*"))
            .boundary(allow("pb", PolicyType.PERMISSIONS_BOUNDARY, "s3:GetObject", "*")), allowed, DecisionStep.IDENTITY_ALLOWS, null),
        sameAccount("boundary explicit deny", ALICE, b -> b.identity(allow("p", PolicyType.IDENTITY, "s3:*", "*"))
            .boundary(deny("pb", PolicyType.PERMISSIONS_BOUNDARY, "s3:*", "*")), explicit, DecisionStep.EXPLICIT_DENY,
            PolicyType.PERMISSIONS_BOUNDARY),
        // Session policies.
        sameAccount("role session without session policy", SESSION, b -> b.identity(allow("p", PolicyType.IDENTITY, "s3:*", "*")),
            allowed, DecisionStep.IDENTITY_ALLOWS, null),
        sameAccount("session policy does not allow", SESSION, b -> b.identity(allow("p", PolicyType.IDENTITY, "s3:*", "*"))
            .session(allow("sp", PolicyType.SESSION, "sqs:*", "*")), implicit, DecisionStep.SESSION_NO_ALLOW, PolicyType.SESSION),
        sameAccount("session policy allows", SESSION, b -> b.identity(allow("p", PolicyType.IDENTITY, "s3:*", "*"))
            .session(allow("sp", PolicyType.SESSION, "s3:GetObject", OBJECT)), allowed, DecisionStep.IDENTITY_ALLOWS, null),
        sameAccount("federated user without session policy has nothing", FEDERATED,
            b -> b.identity(allow("p", PolicyType.IDENTITY, "*", "*")), implicit, DecisionStep.FEDERATED_SESSION_WITHOUT_POLICY,
            PolicyType.SESSION),
        // Organisations.
        sameAccount("SCP level without allow", ALICE, b -> b.identity(allow("p", PolicyType.IDENTITY, "*", "*"))
            .scpLevel(List.of(allow("FullAWSAccess", PolicyType.SCP, "*", "*")))
            .scpLevel(List.of(allow("ou", PolicyType.SCP, "ec2:*", "*"))), implicit, DecisionStep.SCP_NO_ALLOW, PolicyType.SCP),
        sameAccount("SCP deny", ALICE, b -> b.identity(allow("p", PolicyType.IDENTITY, "*", "*"))
            .scpLevel(List.of(allow("FullAWSAccess", PolicyType.SCP, "*", "*"), deny("deny-s3", PolicyType.SCP, "s3:*", "*"))),
            explicit, DecisionStep.EXPLICIT_DENY, PolicyType.SCP),
        sameAccount("SCPs allow at every level, identity allows", ALICE, b -> b.identity(allow("p", PolicyType.IDENTITY, "*", "*"))
            .scpLevel(List.of(allow("root", PolicyType.SCP, "*", "*"))).scpLevel(List.of(allow("ou", PolicyType.SCP, "s3:*", "*"))),
            allowed, DecisionStep.IDENTITY_ALLOWS, null),
        sameAccount("SCP allow grants nothing by itself", ALICE, b -> b.scpLevel(List.of(allow("root", PolicyType.SCP, "*", "*"))),
            implicit, DecisionStep.NO_IDENTITY_ALLOW, PolicyType.IDENTITY),
        // orgs_manage_policies_scps: SCPs affect only IAM users and roles of member accounts (root user
        // included) and never service-linked roles; a service-linked role lives under /aws-service-role/.
        sameAccount("SCP deny does not affect a service-linked role", SERVICE_LINKED,
            b -> b.identity(allow("p", PolicyType.IDENTITY, "*", "*"))
                .scpLevel(List.of(allow("FullAWSAccess", PolicyType.SCP, "*", "*"), deny("deny-s3", PolicyType.SCP, "s3:*", "*"))),
            allowed, DecisionStep.IDENTITY_ALLOWS, null),
        sameAccount("SCP level without allow does not affect a service-linked role", SERVICE_LINKED,
            b -> b.identity(allow("p", PolicyType.IDENTITY, "*", "*")).scpLevel(List.of(allow("ou", PolicyType.SCP, "ec2:*", "*"))),
            allowed, DecisionStep.IDENTITY_ALLOWS, null),
        sameAccount("SCP deny affects a role under another path", SESSION_WITH_PATH,
            b -> b.identity(allow("p", PolicyType.IDENTITY, "*", "*"))
                .scpLevel(List.of(allow("FullAWSAccess", PolicyType.SCP, "*", "*"), deny("deny-s3", PolicyType.SCP, "s3:*", "*"))),
            explicit, DecisionStep.EXPLICIT_DENY, PolicyType.SCP),
        sameAccount("SCP deny affects the root user", Caller.root(ACCOUNT),
            b -> b.scpLevel(List.of(allow("FullAWSAccess", PolicyType.SCP, "*", "*"), deny("deny-s3", PolicyType.SCP, "s3:*", "*"))),
            explicit, DecisionStep.EXPLICIT_DENY, PolicyType.SCP),
        sameAccount("SCP deny does not affect an anonymous caller", Caller.anonymous(),
            b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.DIRECT))
                .scpLevel(List.of(allow("FullAWSAccess", PolicyType.SCP, "*", "*"), deny("deny-s3", PolicyType.SCP, "s3:*", "*"))),
            allowed, DecisionStep.RESOURCE_POLICY_ALLOWS, null),
        sameAccount("RCP level without allow", ALICE, b -> b.identity(allow("p", PolicyType.IDENTITY, "*", "*"))
            .rcpLevel(List.of(allow("r", PolicyType.RCP, "sqs:*", "*"))), implicit, DecisionStep.RCP_NO_ALLOW, PolicyType.RCP),
        sameAccount("root user is allowed unless denied", Caller.root(ACCOUNT), b -> {}, allowed, DecisionStep.ROOT_USER, null),
        sameAccount("root user explicitly denied", Caller.root(ACCOUNT), b -> b.identity(deny("d", PolicyType.IDENTITY, "*", "*")),
            explicit, DecisionStep.EXPLICIT_DENY, PolicyType.IDENTITY),
        // Resource-based policies in the same account (the table of the evaluation-logic page).
        sameAccount("resource policy naming the user allows alone", ALICE, b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.DIRECT))
            .boundary(allow("pb", PolicyType.PERMISSIONS_BOUNDARY, "sqs:*", "*")), allowed, DecisionStep.RESOURCE_POLICY_ALLOWS, null),
        sameAccount("resource policy naming the role is limited by the boundary", SESSION,
            b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.ROLE)).boundary(allow("pb", PolicyType.PERMISSIONS_BOUNDARY, "sqs:*", "*")),
            implicit, DecisionStep.BOUNDARY_NO_ALLOW, PolicyType.PERMISSIONS_BOUNDARY),
        sameAccount("resource policy naming the role is limited by the session policy", SESSION,
            b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.ROLE)).session(allow("sp", PolicyType.SESSION, "sqs:*", "*")),
            implicit, DecisionStep.SESSION_NO_ALLOW, PolicyType.SESSION),
        sameAccount("resource policy naming the role, nothing limits", SESSION, b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.ROLE)),
            allowed, DecisionStep.RESOURCE_POLICY_ALLOWS_WITHIN_BOUNDARY_AND_SESSION, null),
        sameAccount("resource policy naming the session ignores boundary", SESSION,
            b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.DIRECT)).boundary(allow("pb", PolicyType.PERMISSIONS_BOUNDARY, "sqs:*", "*")),
            allowed, DecisionStep.RESOURCE_POLICY_ALLOWS, null),
        // GetFederationToken (STS API reference): a resource policy naming the federated-user session grants
        // on its own, session policy or not; naming the IAM user behind it is limited by the session policy.
        sameAccount("resource policy naming the federated user allows without a session policy", FEDERATED,
            b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.DIRECT)), allowed, DecisionStep.RESOURCE_POLICY_ALLOWS, null),
        sameAccount("resource policy naming the federating user is limited by the session policy", FEDERATED,
            b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.ROLE)).session(allow("sp", PolicyType.SESSION, "sqs:*", "*")),
            implicit, DecisionStep.SESSION_NO_ALLOW, PolicyType.SESSION),
        sameAccount("resource policy naming the session ignores the session policy", SESSION,
            b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.DIRECT)).session(allow("sp", PolicyType.SESSION, "sqs:*", "*")),
            allowed, DecisionStep.RESOURCE_POLICY_ALLOWS, null),
        sameAccount("resource policy naming the account delegates to identity", ALICE,
            b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.ACCOUNT)), implicit, DecisionStep.NO_IDENTITY_ALLOW, PolicyType.IDENTITY),
        sameAccount("resource policy naming the account plus identity allow", ALICE,
            b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.ACCOUNT)).identity(allow("p", PolicyType.IDENTITY, "s3:*", "*")),
            allowed, DecisionStep.IDENTITY_ALLOWS, null),
        sameAccount("resource policy deny wins over identity allow", ALICE,
            b -> b.identity(allow("p", PolicyType.IDENTITY, "s3:*", "*")).resource(TestStatements.policy("bp", PolicyType.RESOURCE,
                TestStatements.statement("bp", PolicyType.RESOURCE, dev.warden.policy.document.Effect.DENY, "s3:*", "*", c -> PrincipalMatch.DIRECT, null))),
            explicit, DecisionStep.EXPLICIT_DENY, PolicyType.RESOURCE),
        // Role trust policies must allow the caller themselves.
        sameAccount("trust policy silent, identity allows", ALICE,
            b -> b.identity(allow("p", PolicyType.IDENTITY, "sts:AssumeRole", "*")).resource(resourceAllows("sts:AssumeRole", PrincipalMatch.NONE))
                .resourcePolicyRequired(true), implicit, DecisionStep.RESOURCE_POLICY_REQUIRED, PolicyType.RESOURCE),
        sameAccount("trust names the account, identity allows", ALICE,
            b -> b.identity(allow("p", PolicyType.IDENTITY, "sts:AssumeRole", "*")).resource(resourceAllows("sts:AssumeRole", PrincipalMatch.ACCOUNT))
                .resourcePolicyRequired(true), allowed, DecisionStep.IDENTITY_ALLOWS, null),
        sameAccount("trust names the account, no identity allow", ALICE,
            b -> b.resource(resourceAllows("sts:AssumeRole", PrincipalMatch.ACCOUNT)).resourcePolicyRequired(true),
            implicit, DecisionStep.NO_IDENTITY_ALLOW, PolicyType.IDENTITY),
        sameAccount("trust names the user directly", ALICE,
            b -> b.resource(resourceAllows("sts:AssumeRole", PrincipalMatch.DIRECT)).resourcePolicyRequired(true),
            allowed, DecisionStep.RESOURCE_POLICY_ALLOWS, null),
        sameAccount("service principal trusted", Caller.service("lambda.amazonaws.com"),
            b -> b.resource(resourceAllows("sts:AssumeRole", PrincipalMatch.DIRECT)).resourcePolicyRequired(true),
            allowed, DecisionStep.RESOURCE_POLICY_ALLOWS, null),
        sameAccount("service principal not trusted", Caller.service("ec2.amazonaws.com"),
            b -> b.resource(resourceAllows("sts:AssumeRole", PrincipalMatch.NONE)).resourcePolicyRequired(true),
            implicit, DecisionStep.RESOURCE_POLICY_REQUIRED, PolicyType.RESOURCE),
        sameAccount("anonymous without resource policy", Caller.anonymous(), b -> b.identity(allow("p", PolicyType.IDENTITY, "*", "*")),
            implicit, DecisionStep.ANONYMOUS_NO_RESOURCE_ALLOW, PolicyType.RESOURCE),
        // Cross-account: both sides must allow.
        new Case("cross-account: identity only", ALICE, Optional.of(OTHER), b -> b.identity(allow("p", PolicyType.IDENTITY, "s3:*", "*")),
            implicit, DecisionStep.CROSS_ACCOUNT_NO_RESOURCE_ALLOW, PolicyType.RESOURCE),
        new Case("cross-account: resource only", ALICE, Optional.of(OTHER), b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.DIRECT)),
            implicit, DecisionStep.NO_IDENTITY_ALLOW, PolicyType.IDENTITY),
        new Case("cross-account: both allow", ALICE, Optional.of(OTHER), b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.ACCOUNT))
            .identity(allow("p", PolicyType.IDENTITY, "s3:*", "*")), allowed, DecisionStep.IDENTITY_ALLOWS, null),
        new Case("cross-account: both allow, boundary does not", ALICE, Optional.of(OTHER), b -> b.resource(resourceAllows("s3:GetObject", PrincipalMatch.DIRECT))
            .identity(allow("p", PolicyType.IDENTITY, "s3:*", "*")).boundary(allow("pb", PolicyType.PERMISSIONS_BOUNDARY, "ec2:*", "*")),
            implicit, DecisionStep.BOUNDARY_NO_ALLOW, PolicyType.PERMISSIONS_BOUNDARY))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decidesAsAwsDocuments(Case c) {
    PolicySet.Builder builder = PolicySet.builder();
    c.policies.accept(builder);
    PolicySet set = builder.build();
    AuthorizationRequest request = new AuthorizationRequest(
        c.caller, c.caller.type() == CallerType.SERVICE || OBJECT.isEmpty() ? "sts:AssumeRole" : action(c), OBJECT,
        c.resourceAccount, RequestContext.empty());
    Authorizer authorizer = new Authorizer();
    Decision decision = authorizer.authorize(set, request);
    assertThat(decision.decision()).as("decision").isEqualTo(c.decision);
    assertThat(decision.step()).as("step").isEqualTo(c.step);
    assertThat(decision.decidingType()).as("type").isEqualTo(Optional.ofNullable(c.type));
    assertThat(authorizer.decide(set, request)).as("fast path agrees").isEqualTo(c.decision);
  }

  /**
   * Which requests RCPs bind (AWS Organizations User Guide, "Resource control policies", RCP effects
   * on permissions and "Resources and entities not restricted by RCPs"): every caller, root users and
   * service principals included, except service-linked roles; never a service assuming its
   * service-linked role; never kms:RetireGrant. Each case has an RCP that denies everything and a
   * resource policy that allows the caller.
   */
  static Stream<Arguments> rcpScope() {
    String slrArn = "arn:aws:iam::111111111111:role/aws-service-role/elasticbeanstalk.amazonaws.com/AWSServiceRoleForElasticBeanstalk";
    return Stream.of(
        Arguments.of("binds a user", ALICE, "s3:GetObject", OBJECT, EvalDecision.EXPLICIT_DENY),
        Arguments.of("binds the root user", Caller.root(ACCOUNT), "s3:GetObject", OBJECT, EvalDecision.EXPLICIT_DENY),
        Arguments.of("binds a role session", SESSION, "s3:GetObject", OBJECT, EvalDecision.EXPLICIT_DENY),
        Arguments.of("binds a service principal", Caller.service("lambda.amazonaws.com"), "sqs:SendMessage",
            "arn:aws:sqs:us-east-1:111111111111:q", EvalDecision.EXPLICIT_DENY),
        Arguments.of("binds a service assuming an ordinary role", Caller.service("elasticbeanstalk.amazonaws.com"),
            "sts:AssumeRole", "arn:aws:iam::111111111111:role/service-role/eb", EvalDecision.EXPLICIT_DENY),
        Arguments.of("spares a service-linked role", SERVICE_LINKED, "s3:GetObject", OBJECT, EvalDecision.ALLOWED),
        Arguments.of("spares a service assuming its service-linked role", Caller.service("elasticbeanstalk.amazonaws.com"),
            "sts:AssumeRole", slrArn, EvalDecision.ALLOWED),
        Arguments.of("spares kms:RetireGrant", ALICE, "kms:RetireGrant",
            "arn:aws:kms:us-east-1:111111111111:key/k", EvalDecision.ALLOWED));
  }

  @ParameterizedTest(name = "RCP {0}")
  @MethodSource("rcpScope")
  void rcpsBindEveryCallerButServiceLinkedRoles(String name, Caller caller, String action, String resource, EvalDecision expected) {
    PolicySet set = PolicySet.builder()
        .resource(resourceAllows("*", PrincipalMatch.DIRECT))
        .rcpLevel(List.of(allow("RCPFullAWSAccess", PolicyType.RCP, "*", "*"), deny("perimeter", PolicyType.RCP, "*", "*")))
        .build();
    AuthorizationRequest request = new AuthorizationRequest(caller, action, resource, Optional.empty(), RequestContext.empty());
    Authorizer authorizer = new Authorizer();
    assertThat(authorizer.authorize(set, request).decision()).isEqualTo(expected);
    assertThat(authorizer.decide(set, request)).isEqualTo(expected);
  }

  /** An exempt caller's explanation names no SCP or RCP: no verdict, no matched statement. */
  @org.junit.jupiter.api.Test
  void explanationOfAServiceLinkedRoleLeavesOutOrganisationPolicies() {
    PolicySet set = PolicySet.builder()
        .identity(allow("p", PolicyType.IDENTITY, "*", "*"))
        .scpLevel(List.of(deny("deny-all-scp", PolicyType.SCP, "*", "*")))
        .rcpLevel(List.of(deny("deny-all-rcp", PolicyType.RCP, "*", "*")))
        .build();
    Decision decision = new Authorizer().authorize(set,
        new AuthorizationRequest(SERVICE_LINKED, "s3:GetObject", OBJECT, Optional.empty(), RequestContext.empty()));
    assertThat(decision.decision()).isEqualTo(EvalDecision.ALLOWED);
    assertThat(decision.policyTypeDecisions()).containsOnlyKeys(PolicyType.IDENTITY);
    assertThat(decision.matchedStatements()).extracting(MatchedStatement::policyId).containsExactly("p");
    assertThat(decision.decidingStatements()).extracting(MatchedStatement::policyId).containsExactly("p");
  }

  @org.junit.jupiter.api.Test
  void rcpLevelWithoutAllowBindsAServicePrincipal() {
    PolicySet set = PolicySet.builder()
        .resource(resourceAllows("*", PrincipalMatch.DIRECT))
        .rcpLevel(List.of(allow("only-s3", PolicyType.RCP, "s3:*", "*")))
        .build();
    AuthorizationRequest request = new AuthorizationRequest(Caller.service("lambda.amazonaws.com"), "sqs:SendMessage",
        "arn:aws:sqs:us-east-1:111111111111:q", Optional.empty(), RequestContext.empty());
    Decision decision = new Authorizer().authorize(set, request);
    assertThat(decision.decision()).isEqualTo(EvalDecision.IMPLICIT_DENY);
    assertThat(decision.step()).isEqualTo(DecisionStep.RCP_NO_ALLOW);
  }

  private static String action(Case c) {
    return c.name.contains("trust") ? "sts:AssumeRole" : "s3:GetObject";
  }
}
