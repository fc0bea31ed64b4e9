package dev.warden.policy.condition;

import dev.warden.policy.context.RequestContext;
import dev.warden.policy.variable.PolicyTemplate;
import dev.warden.policy.variable.TemplatePart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Remembers the last request-specific matcher of values that hold variables, keyed by the values
 * the variables took. Repeated requests of one principal then skip rebuilding wildcards. The bound
 * matcher depends on nothing but those values, so a hit is exact. Entries are immutable and
 * published through a volatile field: safe to share between threads (a race only costs a rebuild).
 */
final class BindingCache {
  private final TemplatePart.Variable[] variables;
  private volatile Entry last;

  private record Entry(String[] values, ValueMatcher matcher) {}

  /** Builds the matcher for a request whose variables are already known to resolve as given. */
  interface Builder {
    ValueMatcher build(RequestContext ctx);
  }

  BindingCache(List<PolicyTemplate> templates) {
    List<TemplatePart.Variable> found = new ArrayList<>();
    for (PolicyTemplate template : templates) {
      found.addAll(template.variables());
    }
    this.variables = found.toArray(new TemplatePart.Variable[0]);
  }

  ValueMatcher get(RequestContext ctx, Builder builder) {
    String[] values = new String[variables.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = PolicyTemplate.valueOrNull(variables[i], ctx);
    }
    Entry entry = last;
    if (entry != null && Arrays.equals(entry.values, values)) {
      return entry.matcher;
    }
    ValueMatcher matcher = builder.build(ctx);
    last = new Entry(values, matcher);
    return matcher;
  }
}
