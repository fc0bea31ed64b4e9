package dev.warden.policy.condition;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.match.Wildcard;
import dev.warden.policy.variable.PolicyTemplate;
import dev.warden.policy.variable.TemplatePart;
import dev.warden.policy.variable.VariableTrace;
import java.util.ArrayList;
import java.util.List;

/**
 * ArnEquals and ArnLike (identical in IAM; ArnNotEquals/ArnNotLike are their caller-side negation).
 *
 * <p>Both ARNs are cut into six parts at their first five colons — {@code arn}, partition, service,
 * region, account, resource — and each part is glob-matched on its own, case-sensitively. So a
 * {@code *} in the first five parts never crosses a colon, while in the resource part it crosses
 * {@code /} and further colons. Example from the operators page: {@code
 * arn:aws:someservice:*:111122223333:finance/*} does not match {@code
 * arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt}.
 *
 * <p>Decisions where the docs are silent: a policy value of exactly {@code *} matches every request
 * value; any other policy value with fewer than six parts matches nothing. A request value with
 * fewer than six parts is not an ARN ({@link Verdict#UNREADABLE}). Variables are substituted after
 * the split, so a value containing {@code :} stays inside its part.
 */
final class ArnConditions {
  private static final int PARTS = 6;

  private ArnConditions() {}

  static ValueMatcher compile(List<String> values, boolean substitute) {
    List<PolicyTemplate[]> templated = new ArrayList<>();
    List<Wildcard[]> constant = new ArrayList<>();
    boolean matchesAll = false;
    for (String value : values) {
      PolicyTemplate template = PolicyTemplate.parse(value, substitute);
      if (isLoneStar(template)) {
        matchesAll = true;
        continue;
      }
      List<PolicyTemplate> parts = template.split(':', PARTS);
      if (parts.size() < PARTS) {
        continue;
      }
      if (template.hasVariables()) {
        templated.add(parts.toArray(new PolicyTemplate[0]));
      } else {
        Wildcard[] wildcards = new Wildcard[PARTS];
        for (int i = 0; i < PARTS; i++) {
          wildcards[i] = parts.get(i).constantWildcard(false);
        }
        constant.add(wildcards);
      }
    }
    Compiled constants = new Compiled(matchesAll, constant.toArray(new Wildcard[0][]));
    return templated.isEmpty() ? constants : new Templated(constants, templated);
  }

  private static boolean isLoneStar(PolicyTemplate template) {
    return template.parts().size() == 1
        && template.parts().get(0) instanceof TemplatePart.Literal literal
        && literal.text().equals("*");
  }

  private static final class Templated implements ValueMatcher, BindingCache.Builder {
    private final Compiled constants;
    private final List<PolicyTemplate[]> templated;
    private final BindingCache cache;

    Templated(Compiled constants, List<PolicyTemplate[]> templated) {
      this.constants = constants;
      this.templated = List.copyOf(templated);
      List<PolicyTemplate> all = new ArrayList<>();
      templated.forEach(parts -> all.addAll(List.of(parts)));
      this.cache = new BindingCache(all);
    }

    @Override
    public ValueMatcher bind(RequestContext ctx, VariableTrace trace) {
      return trace == null ? cache.get(ctx, this) : build(ctx, trace);
    }

    @Override
    public ValueMatcher build(RequestContext ctx) {
      return build(ctx, null);
    }

    private ValueMatcher build(RequestContext ctx, VariableTrace trace) {
      List<Wildcard[]> all = new ArrayList<>(List.of(constants.patterns()));
      for (PolicyTemplate[] parts : templated) {
        Wildcard[] wildcards = new Wildcard[PARTS];
        boolean resolved = true;
        for (int i = 0; i < PARTS && resolved; i++) {
          wildcards[i] = parts[i].toWildcardOrNull(ctx, false, trace);
          resolved = wildcards[i] != null;
        }
        if (resolved) {
          all.add(wildcards);
        }
      }
      return new Compiled(constants.matchesAll(), all.toArray(new Wildcard[0][]));
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      throw new IllegalStateException("bind before test");
    }
  }

  private record Compiled(boolean matchesAll, Wildcard[][] patterns) implements ValueMatcher {
    @Override
    public ValueMatcher bind(RequestContext ctx, VariableTrace trace) {
      return this;
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      if (!isArn(requestValue)) {
        return Verdict.UNREADABLE;
      }
      if (matchesAll) {
        ValueMatcher.count(steps, 1);
        return Verdict.MATCH;
      }
      for (Wildcard[] pattern : patterns) {
        ValueMatcher.count(steps, 1 + requestValue.length());
        if (matches(pattern, requestValue)) {
          return Verdict.MATCH;
        }
      }
      return Verdict.NO_MATCH;
    }

    private static boolean matches(Wildcard[] pattern, String arn) {
      int start = 0;
      for (int i = 0; i < PARTS; i++) {
        int end = i < PARTS - 1 ? arn.indexOf(':', start) : arn.length();
        if (!pattern[i].matches(new TextSlice(arn, start, end))) {
          return false;
        }
        start = end + 1;
      }
      return true;
    }

    /** True when the value has the five colons of an ARN's six parts. */
    private static boolean isArn(String value) {
      int found = 0;
      for (int i = 0; i < value.length() && found < PARTS - 1; i++) {
        if (value.charAt(i) == ':') {
          found++;
        }
      }
      return found == PARTS - 1;
    }
  }
}
