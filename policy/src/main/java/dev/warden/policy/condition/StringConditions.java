package dev.warden.policy.condition;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.match.Wildcard;
import dev.warden.policy.variable.PolicyTemplate;
import dev.warden.policy.variable.TemplatePart;
import dev.warden.policy.variable.VariableTrace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * StringEquals, StringEqualsIgnoreCase and StringLike (their negations are handled by the caller as
 * NOR over the same values). Request values of any type are compared as their text. Only StringLike
 * gives {@code *} and {@code ?} a meaning; the other String operators compare them literally.
 *
 * <p>Exact comparisons against many values use a hash set, so 1,000 policy values cost one lookup
 * per request value, not 1,000 comparisons.
 */
final class StringConditions {
  /** Below this many values a linear scan beats hashing. */
  private static final int HASH_THRESHOLD = 8;

  private StringConditions() {}

  static ValueMatcher compile(BaseOperator positive, List<String> values, boolean substitute) {
    List<PolicyTemplate> templates = new ArrayList<>(values.size());
    boolean anyVariables = false;
    for (String value : values) {
      PolicyTemplate template = PolicyTemplate.parse(value, substitute);
      templates.add(template);
      anyVariables |= template.hasVariables();
    }
    if (anyVariables) {
      return new Templated(positive, templates);
    }
    return build(positive, templates, RequestContext.empty(), null);
  }

  private static ValueMatcher build(
      BaseOperator positive, List<PolicyTemplate> templates, RequestContext ctx, VariableTrace trace) {
    return switch (positive) {
      case STRING_EQUALS -> exact(templates, ctx, trace, false);
      case STRING_EQUALS_IGNORE_CASE -> exact(templates, ctx, trace, true);
      case STRING_LIKE -> patterns(templates, ctx, trace);
      default -> throw new IllegalArgumentException("not a String operator: " + positive);
    };
  }

  private static ValueMatcher exact(
      List<PolicyTemplate> templates, RequestContext ctx, VariableTrace trace, boolean ignoreCase) {
    List<String> texts = new ArrayList<>(templates.size());
    for (PolicyTemplate template : templates) {
      String text = template.resolveOrNull(ctx, trace);
      if (text != null) {
        texts.add(ignoreCase ? CaseFold.fold(text) : text);
      }
    }
    return new Exact(texts, ignoreCase);
  }

  private static ValueMatcher patterns(List<PolicyTemplate> templates, RequestContext ctx, VariableTrace trace) {
    List<String> literals = new ArrayList<>();
    List<Wildcard> wildcards = new ArrayList<>();
    for (PolicyTemplate template : templates) {
      if (isPlainText(template)) {
        literals.add(template.source());
        continue;
      }
      Wildcard wildcard = template.toWildcardOrNull(ctx, false, trace);
      if (wildcard == null) {
        continue;
      }
      if (wildcard.matchesEverything()) {
        return Everything.INSTANCE;
      }
      wildcards.add(wildcard);
    }
    return new Patterns(new Exact(literals, false), wildcards.toArray(new Wildcard[0]));
  }

  /** Text with no wildcard, variable or escape: compared exactly, so it can go in a hash set. */
  private static boolean isPlainText(PolicyTemplate template) {
    String source = template.source();
    if (source.indexOf('*') >= 0 || source.indexOf('?') >= 0) {
      return false;
    }
    for (TemplatePart part : template.parts()) {
      if (!(part instanceof TemplatePart.Literal)) {
        return false;
      }
    }
    return true;
  }

  /** Values with variables: resolved once per request, then compiled like constant values. */
  private static final class Templated implements ValueMatcher, BindingCache.Builder {
    private final BaseOperator positive;
    private final List<PolicyTemplate> templates;
    private final BindingCache cache;

    Templated(BaseOperator positive, List<PolicyTemplate> templates) {
      this.positive = positive;
      this.templates = List.copyOf(templates);
      this.cache = new BindingCache(templates);
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
      return StringConditions.build(positive, templates, ctx, trace);
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      throw new IllegalStateException("bind before test");
    }
  }

  /** Exact (optionally case-folded) comparison. */
  private static final class Exact implements ValueMatcher {
    private final String[] values;
    private final Set<String> hashed;
    private final boolean ignoreCase;

    Exact(List<String> values, boolean ignoreCase) {
      this.values = values.toArray(new String[0]);
      this.hashed = values.size() > HASH_THRESHOLD ? new HashSet<>(values) : null;
      this.ignoreCase = ignoreCase;
    }

    boolean isEmpty() {
      return values.length == 0;
    }

    @Override
    public ValueMatcher bind(RequestContext ctx, VariableTrace trace) {
      return this;
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      if (values.length == 0) {
        return Verdict.NO_MATCH;
      }
      if (hashed != null) {
        ValueMatcher.count(steps, 1 + requestValue.length());
        return hashed.contains(ignoreCase ? CaseFold.fold(requestValue) : requestValue)
            ? Verdict.MATCH
            : Verdict.NO_MATCH;
      }
      for (String value : values) {
        ValueMatcher.count(steps, 1 + Math.min(value.length(), requestValue.length()));
        if (ignoreCase ? CaseFold.equalsFolded(value, requestValue) : value.equals(requestValue)) {
          return Verdict.MATCH;
        }
      }
      return Verdict.NO_MATCH;
    }
  }

  /** StringLike: exact values in a set, patterns tried one by one (each match is linear time). */
  private static final class Patterns implements ValueMatcher {
    private final Exact literals;
    private final Wildcard[] wildcards;

    Patterns(Exact literals, Wildcard[] wildcards) {
      this.literals = literals;
      this.wildcards = wildcards;
    }

    @Override
    public ValueMatcher bind(RequestContext ctx, VariableTrace trace) {
      return this;
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      if (!literals.isEmpty() && literals.test(requestValue, steps) == Verdict.MATCH) {
        return Verdict.MATCH;
      }
      for (Wildcard wildcard : wildcards) {
        ValueMatcher.count(steps, 1 + requestValue.length());
        if (wildcard.matches(requestValue)) {
          return Verdict.MATCH;
        }
      }
      return Verdict.NO_MATCH;
    }
  }

  /** A StringLike value of {@code *}: every request value matches. */
  private enum Everything implements ValueMatcher {
    INSTANCE;

    @Override
    public ValueMatcher bind(RequestContext ctx, VariableTrace trace) {
      return this;
    }

    @Override
    public Verdict test(String requestValue, long[] steps) {
      ValueMatcher.count(steps, 1);
      return Verdict.MATCH;
    }
  }
}
