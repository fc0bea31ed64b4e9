package dev.warden.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.parse.PolicyParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the decision procedure over generated policies drawn from small pools (so that
 * statements really match): statement and policy order never matters, the fast path agrees with the
 * explaining path, a Deny added anywhere for the request can only turn a decision into explicitDeny,
 * and duplicating statements changes nothing.
 */
class AuthorizerPropertiesTest {
  private static final String[] ACTIONS = {"s3:GetObject", "s3:Get*", "s3:*", "*", "s3:PutObject", "sqs:*", "S3:GETOBJECT"};
  private static final String[] RESOURCES = {"*", "arn:aws:s3:::lake/*", "arn:aws:s3:::lake/a/*", "arn:aws:s3:::other/*",
      "arn:aws:s3:::lake/${aws:username}/*"};
  private static final String[] CONDITIONS = {null, "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"blue\"}}",
      "{\"StringNotEquals\":{\"aws:PrincipalTag/team\":\"blue\"}}", "{\"Bool\":{\"aws:SecureTransport\":\"true\"}}",
      "{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}", "{\"Null\":{\"aws:PrincipalTag/team\":\"true\"}}"};

  record Stmt(boolean deny, boolean notAction, int action, int resource, int condition) {
    String json() {
      return "{\"Effect\":\"" + (deny ? "Deny" : "Allow") + "\",\"" + (notAction ? "NotAction" : "Action") + "\":\""
          + ACTIONS[action] + "\",\"Resource\":\"" + RESOURCES[resource] + "\""
          + (CONDITIONS[condition] == null ? "" : ",\"Condition\":" + CONDITIONS[condition]) + "}";
    }
  }

  record Case(List<List<Stmt>> identity, List<Stmt> boundary, String resource, boolean tagBlue, boolean secure, long seed) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Stmt> statement = Combinators.combine(
        Arbitraries.of(true, false, false, false), Arbitraries.of(false, false, false, true),
        Arbitraries.integers().between(0, ACTIONS.length - 1), Arbitraries.integers().between(0, RESOURCES.length - 1),
        Arbitraries.integers().between(0, CONDITIONS.length - 1)).as(Stmt::new);
    Arbitrary<List<Stmt>> policy = statement.list().ofMinSize(1).ofMaxSize(5);
    return Combinators.combine(policy.list().ofMinSize(0).ofMaxSize(4), policy.injectNull(0.6),
        Arbitraries.of("arn:aws:s3:::lake/a/x.csv", "arn:aws:s3:::lake/alice/x", "arn:aws:s3:::other/y"),
        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.longs()).as(Case::new);
  }

  @Property(tries = 400)
  void orderDoesNotMatterAndPathsAgree(@ForAll("cases") Case c) throws Exception {
    AuthorizationRequest request = request(c);
    Authorizer authorizer = new Authorizer();
    PolicySet original = set(c.identity, c.boundary);
    Decision decision = authorizer.authorize(original, request);
    assertThat(authorizer.decide(original, request)).isEqualTo(decision.decision());

    Random random = new Random(c.seed);
    List<List<Stmt>> shuffled = new ArrayList<>();
    for (List<Stmt> policy : c.identity) {
      List<Stmt> copy = new ArrayList<>(policy);
      Collections.shuffle(copy, random);
      shuffled.add(copy);
    }
    Collections.shuffle(shuffled, random);
    assertThat(authorizer.decide(set(shuffled, c.boundary), request)).isEqualTo(decision.decision());

    List<List<Stmt>> doubled = new ArrayList<>(c.identity);
    doubled.addAll(c.identity);
    assertThat(authorizer.decide(set(doubled, c.boundary), request)).isEqualTo(decision.decision());
  }

  @Property(tries = 300)
  void aMatchingDenyAlwaysWins(@ForAll("cases") Case c) throws Exception {
    List<List<Stmt>> withDeny = new ArrayList<>(c.identity);
    withDeny.add(List.of(new Stmt(true, false, 3, 0, 0)));
    assertThat(new Authorizer().decide(set(withDeny, c.boundary), request(c))).isEqualTo(EvalDecision.EXPLICIT_DENY);
  }

  private static PolicySet set(List<List<Stmt>> identity, List<Stmt> boundary) throws Exception {
    PolicySet.Builder builder = PolicySet.builder();
    int n = 0;
    for (List<Stmt> policy : identity) {
      builder.identity(compile(policy, "p" + n++, PolicyType.IDENTITY));
    }
    if (boundary != null) {
      builder.boundary(compile(boundary, "boundary", PolicyType.PERMISSIONS_BOUNDARY));
    }
    return builder.build();
  }

  private static CompiledPolicy compile(List<Stmt> statements, String id, PolicyType type) throws Exception {
    StringBuilder text = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
    for (int i = 0; i < statements.size(); i++) {
      text.append(i == 0 ? "" : ",").append(statements.get(i).json());
    }
    text.append("]}");
    PolicyKind kind = type == PolicyType.IDENTITY ? PolicyKind.IDENTITY_INLINE_ROLE : PolicyKind.BOUNDARY;
    return PolicyCompiler.compile(PolicyParser.standard().parse(text.toString(), kind), id, type);
  }

  private static AuthorizationRequest request(Case c) {
    Caller alice = Caller.user("111111111111", "arn:aws:iam::111111111111:user/alice");
    RequestContext.Builder context = RequestContext.builder()
        .put("aws:username", "alice")
        .put("aws:SecureTransport", ContextValue.of(ContextKeyType.BOOLEAN, Boolean.toString(c.secure)))
        .put("aws:SourceIp", ContextValue.of(ContextKeyType.IP, "10.1.2.3"));
    if (c.tagBlue) {
      context.put("aws:PrincipalTag/team", "blue");
    }
    return new AuthorizationRequest(alice, "s3:GetObject", c.resource, Optional.empty(), context.build());
  }
}
