package dev.warden.policy.eval;

import dev.warden.policy.arn.Arn;
import dev.warden.policy.condition.CompiledCondition;
import dev.warden.policy.condition.ConditionCompiler;
import dev.warden.policy.condition.ConditionException;
import dev.warden.policy.condition.ConditionOutcome;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.PrincipalElement;
import dev.warden.policy.document.Statement;
import dev.warden.policy.document.ValueElement;
import dev.warden.policy.match.ActionPattern;
import dev.warden.policy.match.PrincipalIdentity;
import dev.warden.policy.match.PrincipalPattern;
import dev.warden.policy.match.ResourcePattern;
import dev.warden.policy.match.ShortArnMode;
import dev.warden.policy.match.TemplateCompiler;
import dev.warden.policy.variable.PolicyTemplate;
import dev.warden.policy.variable.TemplatePart;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a validated {@link PolicyDocument} into a {@link CompiledPolicy}: every pattern, value and
 * condition is parsed once here, so evaluation only compares. Equal condition entries and resource
 * patterns within one policy share one compiled instance.
 */
public final class PolicyCompiler {
  /** Resolves {@code ${...}} in resource patterns through the policy-variable package. */
  private static final TemplateCompiler TEMPLATES = (text, ignoreCase) -> {
    PolicyTemplate template = PolicyTemplate.parse(text, true);
    return context -> template.toWildcard(context, ignoreCase);
  };

  private PolicyCompiler() {}

  /**
   * @param id how explanations name the policy
   * @throws ConditionException when a condition value cannot be compiled (the parser normally
   *     rejects such documents first)
   */
  public static CompiledPolicy compile(PolicyDocument document, String id, PolicyType type) {
    return new Compilation(document, id, type).run();
  }

  /** The document kind whose rules (short resource ARNs) apply to a policy of this type. */
  static PolicyKind kindOf(PolicyType type) {
    return switch (type) {
      case IDENTITY -> PolicyKind.IDENTITY_MANAGED;
      case RESOURCE -> PolicyKind.RESOURCE;
      case PERMISSIONS_BOUNDARY -> PolicyKind.BOUNDARY;
      case SESSION -> PolicyKind.SESSION;
      case SCP -> PolicyKind.SCP;
      case RCP -> PolicyKind.RCP;
    };
  }

  private static final class Compilation {
    private final PolicyDocument document;
    private final String id;
    private final PolicyType type;
    private final boolean substitute;
    private final ShortArnMode shortArns;
    private final Map<String, ResourcePattern> resources = new HashMap<>();
    private final Map<ConditionEntryKey, CompiledCondition> conditions = new HashMap<>();

    Compilation(PolicyDocument document, String id, PolicyType type) {
      this.document = document;
      this.id = id;
      this.type = type;
      this.substitute = document.version().substitutesVariables();
      this.shortArns = ShortArnMode.forKind(kindOf(type));
    }

    CompiledPolicy run() {
      List<CompiledStatement> statements = new ArrayList<>();
      for (Statement statement : document.statements()) {
        statements.add(statement(statement));
      }
      return new CompiledPolicy(id, type, document, statements);
    }

    private CompiledStatement statement(Statement s) {
      MatchedStatement source = new MatchedStatement(id, type, s.index(), s.sid(), s.effect(), s.start(), s.end());
      ActionTest action = actions(s.action());
      ResourceTest resource = s.resource().map(this::resources).orElse(null);
      PrincipalTest principal = s.principal().map(PolicyCompiler::principals).orElse(null);
      List<ConditionTest> tests = new ArrayList<>();
      for (ConditionEntry entry : s.conditions()) {
        CompiledCondition compiled = conditions.computeIfAbsent(
            new ConditionEntryKey(entry.operator(), entry.key().toLowerCase(Locale.ROOT), entry.values()),
            key -> ConditionCompiler.compile(entry, document.version()));
        tests.add(new Condition(compiled, conditionKey(entry, substitute)));
      }
      return new CompiledStatement(source, action, resource, principal, tests.toArray(new ConditionTest[0]));
    }

    private ResourceTest resources(ValueElement element) {
      List<ResourcePattern> patterns = new ArrayList<>();
      boolean everything = false;
      for (String value : element.values()) {
        ResourcePattern pattern = resources.computeIfAbsent(value,
            text -> ResourcePattern.compile(text, substitute, TEMPLATES, shortArns));
        everything |= pattern.matchesEverything();
        patterns.add(pattern);
      }
      if (everything && !element.negated()) {
        return Resources.EVERYTHING;
      }
      List<TemplatePart.Variable> variables = new ArrayList<>();
      for (ResourcePattern pattern : patterns) {
        if (pattern.hasVariables()) {
          PolicyTemplate.parse(pattern.source(), true).parts().stream()
              .filter(TemplatePart.Variable.class::isInstance)
              .map(TemplatePart.Variable.class::cast)
              .forEach(variables::add);
        }
      }
      String key = (element.negated() ? "not:" : "") + substitute + ":" + shortArns + ":"
          + String.join("\u0000", element.values());
      return new Resources(element.negated(), patterns.toArray(new ResourcePattern[0]),
          variables.toArray(new TemplatePart.Variable[0]), key);
    }
  }

  private record ConditionEntryKey(String operator, String key, List<String> values) {}

  private static String conditionKey(ConditionEntry entry, boolean substitute) {
    return entry.operator() + "\u0000" + entry.key().toLowerCase(Locale.ROOT) + "\u0000" + substitute + "\u0000"
        + String.join("\u0001", entry.values());
  }

  private static String principalKey(PrincipalElement element) {
    StringBuilder key = new StringBuilder(element.negated() ? "not:" : "").append(element.everyone() ? "*" : "");
    for (dev.warden.policy.document.PrincipalKind kind : dev.warden.policy.document.PrincipalKind.values()) {
      key.append('\u0000').append(kind).append('=').append(String.join("\u0001", element.values(kind)));
    }
    return key.toString();
  }

  private static ActionTest actions(ValueElement element) {
    ActionPattern[] patterns = element.values().stream().map(ActionPattern::compile).toArray(ActionPattern[]::new);
    Set<String> services = new HashSet<>();
    boolean anyService = element.negated();
    for (ActionPattern pattern : patterns) {
      if (pattern.servicePrefix().isPresent()) {
        services.add(pattern.servicePrefix().get().toLowerCase(Locale.ROOT));
      } else {
        anyService = true;
      }
    }
    return new Actions(element.negated(), patterns, anyService ? null : Set.copyOf(services));
  }

  private static PrincipalTest principals(PrincipalElement element) {
    return new Principals(PrincipalPattern.compile(element), principalKey(element));
  }

  /** Action / NotAction: any pattern matches, or (negated) none does. */
  private record Actions(boolean negated, ActionPattern[] patterns, Set<String> services) implements ActionTest {
    @Override
    public boolean matches(String action) {
      for (ActionPattern pattern : patterns) {
        if (pattern.matches(action)) {
          return !negated;
        }
      }
      return negated;
    }
  }

  /** Resource / NotResource against the request's parsed ARN. */
  private record Resources(boolean negated, ResourcePattern[] patterns, TemplatePart.Variable[] variables, String key)
      implements ResourceTest {
    /** {@code "Resource": "*"}: a NotResource with nothing listed matches every resource. */
    static final Resources EVERYTHING = new Resources(true, new ResourcePattern[0], new TemplatePart.Variable[0], "*");

    @Override
    public boolean matches(AuthorizationRequest request, Explainer explainer) {
      Arn arn = request.resourceArn();
      RequestContext context = request.context();
      if (explainer.recording()) {
        for (TemplatePart.Variable variable : variables) {
          String value = PolicyTemplate.valueOrNull(variable, context);
          if (value != null) {
            explainer.resolvedVariable(variable.name(), value);
          } else if (variable.defaultValue().isEmpty()) {
            explainer.missingKey(variable.name());
          }
        }
      }
      for (ResourcePattern pattern : patterns) {
        boolean hit = pattern.matchesEverything() || (arn != null && pattern.matches(arn, context));
        if (hit) {
          return !negated;
        }
      }
      return negated;
    }
  }

  /**
   * Principal / NotPrincipal. A NotPrincipal statement applies to the caller unless every level of
   * the caller's identity is listed: AWS checks the session, the role and the account separately, so
   * a NotPrincipal that names only the session still applies through the role and the account (IAM
   * User Guide, "AWS JSON policy elements: NotPrincipal").
   */
  private record Principals(PrincipalPattern pattern, String key) implements PrincipalTest {
    @Override
    public boolean negated() {
      return pattern.negated();
    }

    @Override
    public PrincipalMatch match(AuthorizationRequest request) {
      PrincipalIdentity identity = request.principal();
      List<dev.warden.policy.match.PrincipalMatch> matches = pattern.matches(identity);
      if (pattern.negated()) {
        return excluded(identity, matches) ? PrincipalMatch.NONE : PrincipalMatch.DIRECT;
      }
      if (matches.isEmpty()) {
        return PrincipalMatch.NONE;
      }
      PrincipalMatch best = PrincipalMatch.NONE;
      for (dev.warden.policy.match.PrincipalMatch match : matches) {
        best = best.strongest(strength(match.how(), identity));
      }
      return best;
    }

    private static PrincipalMatch strength(dev.warden.policy.match.PrincipalMatch.How how, PrincipalIdentity identity) {
      return switch (how) {
        case ROLE_SESSION_ARN, FEDERATED_USER_ARN, USER_ARN, SERVICE, FEDERATED_PROVIDER, EVERYONE -> PrincipalMatch.DIRECT;
        case ROLE_ARN, FEDERATING_USER_ARN -> PrincipalMatch.ROLE;
        case UNIQUE_ID -> identity.type() == PrincipalIdentity.Type.USER ? PrincipalMatch.DIRECT : PrincipalMatch.ROLE;
        case ACCOUNT -> PrincipalMatch.ACCOUNT;
      };
    }

    private static boolean excluded(PrincipalIdentity identity, List<dev.warden.policy.match.PrincipalMatch> matches) {
      EnumSet<dev.warden.policy.match.PrincipalMatch.How> hows = EnumSet.noneOf(dev.warden.policy.match.PrincipalMatch.How.class);
      matches.forEach(m -> hows.add(m.how()));
      if (hows.contains(dev.warden.policy.match.PrincipalMatch.How.EVERYONE)) {
        return true;
      }
      boolean account = hows.contains(dev.warden.policy.match.PrincipalMatch.How.ACCOUNT);
      return switch (identity.type()) {
        case ROOT -> account;
        case USER -> account && (hows.contains(dev.warden.policy.match.PrincipalMatch.How.USER_ARN)
            || hows.contains(dev.warden.policy.match.PrincipalMatch.How.UNIQUE_ID));
        case ROLE_SESSION -> account && hows.contains(dev.warden.policy.match.PrincipalMatch.How.ROLE_SESSION_ARN)
            && (hows.contains(dev.warden.policy.match.PrincipalMatch.How.ROLE_ARN)
                || hows.contains(dev.warden.policy.match.PrincipalMatch.How.UNIQUE_ID));
        case FEDERATED_USER -> account && hows.contains(dev.warden.policy.match.PrincipalMatch.How.FEDERATED_USER_ARN);
        case SERVICE -> hows.contains(dev.warden.policy.match.PrincipalMatch.How.SERVICE);
        case WEB_IDENTITY, SAML -> hows.contains(dev.warden.policy.match.PrincipalMatch.How.FEDERATED_PROVIDER);
        case ANONYMOUS -> false;
      };
    }
  }

  /** One condition entry. */
  private record Condition(CompiledCondition compiled, String key) implements ConditionTest {
    @Override
    public boolean test(RequestContext context) {
      return compiled.test(context);
    }

    @Override
    public boolean explain(RequestContext context, Explainer explainer) {
      ConditionOutcome outcome = compiled.explain(context);
      outcome.missingKeys().forEach(explainer::missingKey);
      outcome.resolvedVariables().forEach(explainer::resolvedVariable);
      return outcome.matched();
    }
  }
}
