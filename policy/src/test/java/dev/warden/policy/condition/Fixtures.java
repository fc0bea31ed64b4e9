package dev.warden.policy.condition;

import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.PolicyVersion;
import dev.warden.policy.document.SourcePosition;
import java.util.Arrays;
import java.util.List;

/** Builds condition entries and request contexts from the compact text used in test tables. */
final class Fixtures {
  static final SourcePosition POSITION = new SourcePosition(7, 13);

  private Fixtures() {}

  /** Values separated by {@code ;} ({@code <none>} for an empty list). */
  static List<String> values(String joined) {
    if (joined == null || joined.equals("<none>")) {
      return List.of();
    }
    return Arrays.asList(joined.split(";", -1));
  }

  static CompiledCondition compile(String operator, String key, String joinedValues) {
    return compile(operator, key, PolicyVersion.V2012_10_17, values(joinedValues));
  }

  static CompiledCondition compile(String operator, String key, PolicyVersion version, List<String> values) {
    return ConditionCompiler.compile(new ConditionEntry(operator, key, values, POSITION), version);
  }

  /**
   * A context from {@code absent}, {@code VALUE} (a string key), or {@code type:v1;v2} where type
   * is an AWS ContextKeyType name ({@code stringList:} alone is an empty list).
   */
  static RequestContext context(String key, String spec) {
    if (spec == null || spec.equals("absent")) {
      return RequestContext.empty();
    }
    int colon = spec.indexOf(':');
    if (colon > 0) {
      var type = ContextKeyType.fromAwsName(spec.substring(0, colon));
      if (type.isPresent()) {
        String rest = spec.substring(colon + 1);
        List<String> values = rest.isEmpty() ? List.of() : Arrays.asList(rest.split(";", -1));
        return RequestContext.builder().put(key, new ContextValue(type.get(), values)).build();
      }
    }
    return RequestContext.builder().put(key, spec).build();
  }

  static boolean check(String operator, String key, String policyValues, String requestSpec) {
    return compile(operator, key, policyValues).test(context(key, requestSpec));
  }
}
