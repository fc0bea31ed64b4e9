package dev.warden.policy.eval;

import java.util.Arrays;

/**
 * A statement inside one policy set, with the slots of its tests in that set's memo, and a signature
 * that is equal for statements that always give the same answer (same effect and tests, any Sid).
 */
final class IndexedStatement {
  final CompiledStatement statement;
  final int resourceSlot;
  final int principalSlot;
  final int[] conditionSlots;
  final String signature;

  IndexedStatement(CompiledStatement statement, TestSlots slots) {
    this.statement = statement;
    ResourceTest resource = statement.resource();
    PrincipalTest principal = statement.principal();
    this.resourceSlot = resource == null ? -1 : slots.slotOf("R" + resource.key());
    this.principalSlot = principal == null ? -1 : slots.slotOf("P" + principal.key());
    ConditionTest[] conditions = statement.conditions();
    this.conditionSlots = new int[conditions.length];
    for (int i = 0; i < conditions.length; i++) {
      conditionSlots[i] = slots.slotOf("C" + conditions[i].key());
    }
    int[] sorted = conditionSlots.clone();
    Arrays.sort(sorted);
    this.signature = (statement.isDeny() ? "D" : "A") + resourceSlot + "/" + principalSlot + "/" + Arrays.toString(sorted);
  }
}
