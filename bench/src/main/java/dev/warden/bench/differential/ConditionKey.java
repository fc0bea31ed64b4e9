package dev.warden.bench.differential;

import dev.warden.policy.context.ContextKeyType;
import java.util.List;

/**
 * A condition key the generator uses, with the values requests carry and the values policies test.
 * The two pools overlap so that conditions match about half the time.
 *
 * @param type the key's type as the AWS global condition keys page gives it (list types are the
 *     multivalued keys)
 * @param fromCaller true for keys whose value comes from the caller (aws:username, aws:PrincipalArn
 *     ...): requests carry the caller's value rather than a pool value
 */
record ConditionKey(
    String name, ContextKeyType type, List<String> requestValues, List<String> policyValues, boolean fromCaller) {
  ConditionKey {
    requestValues = List.copyOf(requestValues);
    policyValues = List.copyOf(policyValues);
  }

  static ConditionKey of(String name, ContextKeyType type, List<String> requestValues, List<String> policyValues) {
    return new ConditionKey(name, type, requestValues, policyValues, false);
  }

  static ConditionKey caller(String name, ContextKeyType type, List<String> policyValues) {
    return new ConditionKey(name, type, List.of(), policyValues, true);
  }
}
