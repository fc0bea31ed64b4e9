package dev.warden.policy.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides requests exactly as AWS's policy evaluation logic does (IAM User Guide, "Policy evaluation
 * logic" and "Cross-account policy evaluation logic"):
 *
 * <ol>
 *   <li>an explicit deny in any applicable policy wins;
 *   <li>every RCP level of the resource's account must allow (RCPs bind every caller except
 *       service-linked roles);
 *   <li>every SCP level of the principal's account must allow (SCPs bind only the account's users,
 *       roles and root user, never service-linked roles);
 *   <li>a resource-based policy that names the caller may allow on its own (same account; naming the
 *       role keeps the session's boundary and session policy in force; naming the account delegates);
 *   <li>otherwise an identity-based policy must allow,
 *   <li>and the permissions boundary, if any,
 *   <li>and the session policy, if one was passed;
 * </ol>
 *
 * and across accounts both the resource's account (resource-based policy) and the caller's account
 * (identity, boundary, session) must allow.
 *
 * <p>{@link #decide} is the fast path (stops at the first statement that settles each question);
 * {@link #authorize} evaluates every statement and returns the full explanation. Both share one
 * decision procedure, so they always agree. Stateless and thread-safe.
 */
public final class Authorizer {

  /** Only the outcome; no explanation is built. */
  public EvalDecision decide(PolicySet policies, AuthorizationRequest request) {
    return decideWith(new LazyFacts(policies, request), policies, request).decision;
  }

  /** The outcome with its full explanation. */
  public Decision authorize(PolicySet policies, AuthorizationRequest request) {
    Explainer explainer = new Explainer(true);
    RecordedFacts facts = new RecordedFacts(policies, request, explainer);
    Outcome outcome = decideWith(facts, policies, request);
    return new Decision(
        outcome.decision,
        outcome.step,
        Optional.ofNullable(outcome.type),
        request.caller().arn(),
        request.action(),
        request.resource(),
        facts.decidingStatements(outcome),
        facts.matched,
        facts.typeDecisions(policies),
        explainer.missingKeys(),
        explainer.resolvedVariables());
  }

  private record Outcome(EvalDecision decision, DecisionStep step, PolicyType type, boolean viaResource) {
    static Outcome allow(DecisionStep step, boolean viaResource) {
      return new Outcome(EvalDecision.ALLOWED, step, null, viaResource);
    }

    static Outcome implicit(DecisionStep step, PolicyType type) {
      return new Outcome(EvalDecision.IMPLICIT_DENY, step, type, false);
    }
  }

  /** The questions the decision procedure asks; answered lazily or from a full recording. */
  private interface Facts {
    /** The first policy type with a matching Deny statement, or null. */
    PolicyType explicitDeny();

    boolean levelAllows(StatementIndex level);

    /** How the strongest matching Allow statement of the resource-based policy named the caller. */
    PrincipalMatch resourceAllow();

    boolean identityAllows();

    boolean boundaryAllows();

    boolean sessionAllows();
  }

  private static Outcome decideWith(Facts facts, PolicySet policies, AuthorizationRequest request) {
    PolicyType denied = facts.explicitDeny();
    if (denied != null) {
      return new Outcome(EvalDecision.EXPLICIT_DENY, DecisionStep.EXPLICIT_DENY, denied, false);
    }
    CallerType callerType = request.caller().type();
    for (StatementIndex level : rcpLevels(policies, request)) {
      if (!facts.levelAllows(level)) {
        return Outcome.implicit(DecisionStep.RCP_NO_ALLOW, PolicyType.RCP);
      }
    }
    for (StatementIndex level : scpLevels(policies, request)) {
      if (!facts.levelAllows(level)) {
        return Outcome.implicit(DecisionStep.SCP_NO_ALLOW, PolicyType.SCP);
      }
    }
    PrincipalMatch viaResource = policies.hasResource() ? facts.resourceAllow() : PrincipalMatch.NONE;

    // Principals without identity policies: only a resource-based policy can allow them.
    if (callerType == CallerType.SERVICE || callerType == CallerType.ANONYMOUS || callerType == CallerType.WEB_IDENTITY) {
      if (viaResource != PrincipalMatch.NONE) {
        return Outcome.allow(DecisionStep.RESOURCE_POLICY_ALLOWS, true);
      }
      DecisionStep step = callerType == CallerType.ANONYMOUS
          ? DecisionStep.ANONYMOUS_NO_RESOURCE_ALLOW
          : policies.resourcePolicyRequired() ? DecisionStep.RESOURCE_POLICY_REQUIRED : DecisionStep.SERVICE_NO_RESOURCE_ALLOW;
      return Outcome.implicit(step, PolicyType.RESOURCE);
    }

    if (request.crossAccount()) {
      if (viaResource == PrincipalMatch.NONE) {
        DecisionStep step = policies.resourcePolicyRequired()
            ? DecisionStep.RESOURCE_POLICY_REQUIRED
            : DecisionStep.CROSS_ACCOUNT_NO_RESOURCE_ALLOW;
        return Outcome.implicit(step, PolicyType.RESOURCE);
      }
      // The caller's own account must allow too, whatever the resource policy named.
      return identityChain(facts, policies, request, true);
    }

    if (policies.resourcePolicyRequired() && viaResource == PrincipalMatch.NONE) {
      return Outcome.implicit(DecisionStep.RESOURCE_POLICY_REQUIRED, PolicyType.RESOURCE);
    }
    if (viaResource == PrincipalMatch.DIRECT) {
      return Outcome.allow(DecisionStep.RESOURCE_POLICY_ALLOWS, true);
    }
    if (viaResource == PrincipalMatch.ROLE) {
      if (policies.hasBoundary() && !facts.boundaryAllows()) {
        return Outcome.implicit(DecisionStep.BOUNDARY_NO_ALLOW, PolicyType.PERMISSIONS_BOUNDARY);
      }
      if (!sessionPermits(facts, policies, callerType)) {
        return sessionFailure(policies, callerType);
      }
      return Outcome.allow(DecisionStep.RESOURCE_POLICY_ALLOWS_WITHIN_BOUNDARY_AND_SESSION, true);
    }
    // No resource grant, or one that only names the account: identity-based policies decide.
    return identityChain(facts, policies, request, viaResource == PrincipalMatch.ACCOUNT);
  }

  private static Outcome identityChain(
      Facts facts, PolicySet policies, AuthorizationRequest request, boolean viaResource) {
    CallerType callerType = request.caller().type();
    if (callerType == CallerType.FEDERATED_USER && !policies.hasSession()) {
      return Outcome.implicit(DecisionStep.FEDERATED_SESSION_WITHOUT_POLICY, PolicyType.SESSION);
    }
    boolean root = callerType == CallerType.ROOT;
    if (!root && !facts.identityAllows()) {
      return Outcome.implicit(DecisionStep.NO_IDENTITY_ALLOW, PolicyType.IDENTITY);
    }
    if (!root && policies.hasBoundary() && !facts.boundaryAllows()) {
      return Outcome.implicit(DecisionStep.BOUNDARY_NO_ALLOW, PolicyType.PERMISSIONS_BOUNDARY);
    }
    if (!sessionPermits(facts, policies, callerType)) {
      return sessionFailure(policies, callerType);
    }
    return Outcome.allow(root ? DecisionStep.ROOT_USER : DecisionStep.IDENTITY_ALLOWS, viaResource);
  }

  private static boolean sessionPermits(Facts facts, PolicySet policies, CallerType callerType) {
    if (callerType == CallerType.FEDERATED_USER && !policies.hasSession()) {
      return false;
    }
    return !policies.hasSession() || facts.sessionAllows();
  }

  private static Outcome sessionFailure(PolicySet policies, CallerType callerType) {
    if (callerType == CallerType.FEDERATED_USER && !policies.hasSession()) {
      return Outcome.implicit(DecisionStep.FEDERATED_SESSION_WITHOUT_POLICY, PolicyType.SESSION);
    }
    return Outcome.implicit(DecisionStep.SESSION_NO_ALLOW, PolicyType.SESSION);
  }

  private static final StatementIndex[] NO_LEVELS = new StatementIndex[0];

  /** The SCP levels that bind this caller: none for callers SCPs do not affect. */
  private static StatementIndex[] scpLevels(PolicySet policies, AuthorizationRequest request) {
    return request.caller().subjectToScps() ? policies.scpLevels() : NO_LEVELS;
  }

  /**
   * The RCP levels that bind this request (AWS Organizations User Guide, "Resource control policies"):
   * every caller, root users and service principals included, except service-linked roles; not a
   * service assuming its service-linked role (that trust policy is outside RCPs); not kms:RetireGrant.
   */
  private static StatementIndex[] rcpLevels(PolicySet policies, AuthorizationRequest request) {
    StatementIndex[] levels = policies.rcpLevels();
    if (levels.length == 0
        || request.caller().serviceLinkedRole()
        || request.action().equalsIgnoreCase("kms:RetireGrant")
        || (request.servicePrefix().equals("sts") && isServiceLinkedRoleArn(request.resource()))) {
      return NO_LEVELS;
    }
    return levels;
  }

  private static boolean isServiceLinkedRoleArn(String resource) {
    return resource.startsWith("arn:") && resource.contains(":iam::") && resource.contains(":role/aws-service-role/");
  }

  /** Answers each question by scanning only as far as needed, one statement per signature. */
  private static final class LazyFacts implements Facts {
    private final PolicySet policies;
    private final AuthorizationRequest request;
    private final Evaluation evaluation;

    LazyFacts(PolicySet policies, AuthorizationRequest request) {
      this.policies = policies;
      this.request = request;
      this.evaluation = new Evaluation(policies, request, Explainer.NONE);
    }

    @Override
    public PolicyType explicitDeny() {
      for (StatementIndex level : scpLevels(policies, request)) {
        if (anyApplies(level.view(request).distinctDenies)) {
          return PolicyType.SCP;
        }
      }
      for (StatementIndex level : rcpLevels(policies, request)) {
        if (anyApplies(level.view(request).distinctDenies)) {
          return PolicyType.RCP;
        }
      }
      if (anyApplies(policies.resource().view(request).distinctDenies)) {
        return PolicyType.RESOURCE;
      }
      if (anyApplies(policies.identity().view(request).distinctDenies)) {
        return PolicyType.IDENTITY;
      }
      if (anyApplies(policies.boundary().view(request).distinctDenies)) {
        return PolicyType.PERMISSIONS_BOUNDARY;
      }
      if (anyApplies(policies.session().view(request).distinctDenies)) {
        return PolicyType.SESSION;
      }
      return null;
    }

    private boolean anyApplies(IndexedStatement[] statements) {
      for (IndexedStatement statement : statements) {
        if (evaluation.applies(statement) != PrincipalMatch.NONE) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean levelAllows(StatementIndex level) {
      return anyApplies(level.view(request).distinctAllows);
    }

    @Override
    public PrincipalMatch resourceAllow() {
      PrincipalMatch best = PrincipalMatch.NONE;
      for (IndexedStatement statement : policies.resource().view(request).distinctAllows) {
        best = best.strongest(evaluation.applies(statement));
        if (best == PrincipalMatch.DIRECT) {
          break;
        }
      }
      return best;
    }

    @Override
    public boolean identityAllows() {
      return anyApplies(policies.identity().view(request).distinctAllows);
    }

    @Override
    public boolean boundaryAllows() {
      return anyApplies(policies.boundary().view(request).distinctAllows);
    }

    @Override
    public boolean sessionAllows() {
      return anyApplies(policies.session().view(request).distinctAllows);
    }
  }

  /** Evaluates every candidate statement once, recording what matched. */
  private static final class RecordedFacts implements Facts {
    final List<MatchedStatement> matched = new ArrayList<>();
    private final Map<PolicyType, Boolean> denies = new EnumMap<>(PolicyType.class);
    private final Map<PolicyType, Boolean> allows = new EnumMap<>(PolicyType.class);
    private final Map<StatementIndex, Boolean> levelAllows = new java.util.IdentityHashMap<>();
    private final List<MatchedStatement> identityAllowStatements = new ArrayList<>();
    private final List<MatchedStatement> resourceAllowStatements = new ArrayList<>();
    private final List<MatchedStatement> denyStatements = new ArrayList<>();
    private PrincipalMatch resourceMatch = PrincipalMatch.NONE;
    private PolicyType firstDeny;
    private final StatementIndex[] scpLevels;
    private final StatementIndex[] rcpLevels;

    RecordedFacts(PolicySet policies, AuthorizationRequest request, Explainer explainer) {
      Evaluation evaluation = new Evaluation(policies, request, explainer);
      this.scpLevels = scpLevels(policies, request);
      for (StatementIndex level : scpLevels) {
        record(level, PolicyType.SCP, evaluation);
      }
      this.rcpLevels = rcpLevels(policies, request);
      for (StatementIndex level : rcpLevels) {
        record(level, PolicyType.RCP, evaluation);
      }
      record(policies.resource(), PolicyType.RESOURCE, evaluation);
      record(policies.identity(), PolicyType.IDENTITY, evaluation);
      record(policies.boundary(), PolicyType.PERMISSIONS_BOUNDARY, evaluation);
      record(policies.session(), PolicyType.SESSION, evaluation);
    }

    private void record(StatementIndex index, PolicyType type, Evaluation evaluation) {
      StatementIndex.ActionView view = index.view(evaluation.request);
      boolean levelAllow = false;
      for (IndexedStatement indexed : view.denies) {
        if (evaluation.applies(indexed) != PrincipalMatch.NONE) {
          MatchedStatement source = indexed.statement.source();
          matched.add(source);
          denyStatements.add(source);
          denies.put(type, true);
          if (firstDeny == null) {
            firstDeny = type;
          }
        }
      }
      for (IndexedStatement indexed : view.allows) {
        PrincipalMatch how = evaluation.applies(indexed);
        if (how != PrincipalMatch.NONE) {
          MatchedStatement source = indexed.statement.source();
          matched.add(source);
          allows.put(type, true);
          levelAllow = true;
          if (type == PolicyType.IDENTITY) {
            identityAllowStatements.add(source);
          } else if (type == PolicyType.RESOURCE) {
            resourceAllowStatements.add(source);
            resourceMatch = resourceMatch.strongest(how);
          }
        }
      }
      levelAllows.put(index, levelAllow);
    }

    @Override
    public PolicyType explicitDeny() {
      return firstDeny;
    }

    @Override
    public boolean levelAllows(StatementIndex level) {
      return levelAllows.getOrDefault(level, false);
    }

    @Override
    public PrincipalMatch resourceAllow() {
      return resourceMatch;
    }

    @Override
    public boolean identityAllows() {
      return allows.getOrDefault(PolicyType.IDENTITY, false);
    }

    @Override
    public boolean boundaryAllows() {
      return allows.getOrDefault(PolicyType.PERMISSIONS_BOUNDARY, false);
    }

    @Override
    public boolean sessionAllows() {
      return allows.getOrDefault(PolicyType.SESSION, false);
    }

    List<MatchedStatement> decidingStatements(Outcome outcome) {
      if (outcome.decision == EvalDecision.EXPLICIT_DENY) {
        return denyStatements;
      }
      if (outcome.decision == EvalDecision.IMPLICIT_DENY) {
        return List.of();
      }
      List<MatchedStatement> out = new ArrayList<>(resourceAllowStatements);
      if (outcome.step == DecisionStep.IDENTITY_ALLOWS || outcome.step == DecisionStep.ROOT_USER) {
        out.addAll(identityAllowStatements);
      }
      return out;
    }

    Map<PolicyType, EvalDecision> typeDecisions(PolicySet policies) {
      Map<PolicyType, EvalDecision> out = new EnumMap<>(PolicyType.class);
      put(out, PolicyType.IDENTITY, !policies.identity().isEmpty());
      put(out, PolicyType.RESOURCE, policies.hasResource());
      put(out, PolicyType.PERMISSIONS_BOUNDARY, policies.hasBoundary());
      put(out, PolicyType.SESSION, policies.hasSession());
      putLevels(out, PolicyType.SCP, scpLevels);
      putLevels(out, PolicyType.RCP, rcpLevels);
      return out;
    }

    /** An organisation policy type allows only when every level allows. */
    private void putLevels(Map<PolicyType, EvalDecision> out, PolicyType type, StatementIndex[] levels) {
      if (levels.length == 0) {
        return;
      }
      boolean every = true;
      for (StatementIndex level : levels) {
        every &= levelAllows(level);
      }
      allows.put(type, every);
      put(out, type, true);
    }

    private void put(Map<PolicyType, EvalDecision> out, PolicyType type, boolean present) {
      if (!present) {
        return;
      }
      EvalDecision decision = denies.getOrDefault(type, false)
          ? EvalDecision.EXPLICIT_DENY
          : allows.getOrDefault(type, false) ? EvalDecision.ALLOWED : EvalDecision.IMPLICIT_DENY;
      out.put(type, decision);
    }
  }
}
