package dev.warden.policy.condition;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.variable.PolicyTemplate;
import dev.warden.policy.variable.VariableTrace;
import java.util.ArrayList;
import java.util.List;

/**
 * Bool: the request value's text equals a policy value ignoring case ({@code "true"} matches {@code
 * True}). Values other than true/false are accepted and compared the same way; they simply never
 * meet a real boolean key. Policy variables are substituted (the operators page allows them for
 * Bool).
 */
final class BoolConditions {
  private BoolConditions() {}

  static ValueMatcher compile(List<String> values, boolean substitute) {
    List<PolicyTemplate> templates = new ArrayList<>();
    boolean anyVariables = false;
    for (String value : values) {
      PolicyTemplate template = PolicyTemplate.parse(value, substitute);
      templates.add(template);
      anyVariables |= template.hasVariables();
    }
    return anyVariables ? new Templated(templates) : resolve(templates, RequestContext.empty(), null);
  }

  private static ValueMatcher resolve(List<PolicyTemplate> templates, RequestContext ctx, VariableTrace trace) {
    List<String> folded = new ArrayList<>();
    for (PolicyTemplate template : templates) {
      String text = template.resolveOrNull(ctx, trace);
      if (text != null) {
        folded.add(CaseFold.fold(text));
      }
    }
    return new Compiled(folded.toArray(new String[0]));
  }

  private static final class Templated implements ValueMatcher, BindingCache.Builder {
    private final List<PolicyTemplate> templates;
    private final BindingCache cache;

    Templated(List<PolicyTemplate> templates) {
      this.templates = List.copyOf(templates);
      this.cache = new BindingCache(templates);
    }

    @Override
    public ValueMatcher bind(RequestContext ctx, VariableTrace trace) {
      return trace == null ? cache.get(ctx, this) : resolve(templates, ctx, trace);
    }

    @Override
    public ValueMatcher build(RequestContext ctx) {
      return resolve(templates, ctx, null);
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      throw new IllegalStateException("bind before test");
    }
  }

  private record Compiled(String[] folded) implements ValueMatcher {
    @Override
    public ValueMatcher bind(RequestContext ctx, VariableTrace trace) {
      return this;
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      for (String value : folded) {
        ValueMatcher.count(steps, 1 + value.length());
        if (CaseFold.equalsFolded(value, requestValue)) {
          return Verdict.MATCH;
        }
      }
      return Verdict.NO_MATCH;
    }
  }
}
