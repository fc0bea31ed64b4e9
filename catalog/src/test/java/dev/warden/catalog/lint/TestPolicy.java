package dev.warden.catalog.lint;

import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyVersion;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.document.Statement;
import dev.warden.policy.document.ValueElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builds policy documents the way the parser would, with synthetic positions: statement i starts
 * at line 100·(i+1); its Action entries are on the next line, Resource entries on the one after,
 * conditions after that, each entry in column (entry + 1).
 */
final class TestPolicy {
  private final List<Statement> statements = new ArrayList<>();

  static TestPolicy policy() {
    return new TestPolicy();
  }

  StatementBuilder allow(String... actions) {
    return new StatementBuilder(this, Effect.ALLOW, false, actions);
  }

  StatementBuilder deny(String... actions) {
    return new StatementBuilder(this, Effect.DENY, false, actions);
  }

  StatementBuilder allowNot(String... actions) {
    return new StatementBuilder(this, Effect.ALLOW, true, actions);
  }

  StatementBuilder denyNot(String... actions) {
    return new StatementBuilder(this, Effect.DENY, true, actions);
  }

  PolicyDocument build() {
    return new PolicyDocument(PolicyVersion.V2012_10_17, Optional.empty(), statements, "");
  }

  static final class StatementBuilder {
    private final TestPolicy policy;
    private final Effect effect;
    private final boolean notAction;
    private final List<String> actions;
    private List<String> resources = List.of("*");
    private final List<ConditionEntry> conditions = new ArrayList<>();
    private Optional<String> sid = Optional.empty();

    private StatementBuilder(TestPolicy policy, Effect effect, boolean notAction, String... actions) {
      this.policy = policy;
      this.effect = effect;
      this.notAction = notAction;
      this.actions = Arrays.asList(actions);
    }

    StatementBuilder on(String... resources) {
      this.resources = Arrays.asList(resources);
      return this;
    }

    StatementBuilder when(String operator, String key, String... values) {
      int line = base() + 3 + conditions.size();
      conditions.add(new ConditionEntry(operator, key, Arrays.asList(values), new SourcePosition(line, 1)));
      return this;
    }

    StatementBuilder sid(String sid) {
      this.sid = Optional.of(sid);
      return this;
    }

    TestPolicy and() {
      int index = policy.statements.size();
      int line = base();
      policy.statements.add(new Statement(index, sid, effect, Optional.empty(),
          element(notAction, actions, line + 1), Optional.of(element(false, resources, line + 2)), conditions,
          new SourcePosition(line, 1), new SourcePosition(line + 50, 1)));
      return policy;
    }

    PolicyDocument build() {
      return and().build();
    }

    private int base() {
      return 100 * (policy.statements.size() + 1);
    }

    private static ValueElement element(boolean negated, List<String> values, int line) {
      List<SourcePosition> positions = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        positions.add(new SourcePosition(line, i + 1));
      }
      return new ValueElement(negated, values, positions);
    }
  }
}
