package dev.warden.policy.parse;

import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.PrincipalElement;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.document.Statement;
import dev.warden.policy.document.ValueElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates one statement and builds its model (iam-semantics.md §1.4–§1.11; IAM User Guide "IAM
 * JSON policy element reference"). Problems are recorded with the stage AWS would notice them in;
 * a statement with any problem yields no model.
 */
final class StatementReader {
  static final String NO_ACTIONS = "Policy statement must contain actions.";
  static final String NO_RESOURCES = "Policy statement must contain resources.";
  static final String PRINCIPAL_FORBIDDEN = "Policy document should not specify a principal.";
  static final String TRUST_WITHOUT_PRINCIPAL =
      "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!";
  static final String PRINCIPAL_MISSING = "Missing required field Principal";
  static final String SID_NOT_ALPHANUMERIC =
      "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*";

  private static final Set<String> ELEMENTS =
      Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition");

  private final PolicyKind kind;
  private final ProblemList problems;
  private final PrincipalReader principals;
  private final ConditionReader conditions;

  StatementReader(PolicyKind kind, ProblemList problems) {
    this.kind = kind;
    this.problems = problems;
    this.principals = new PrincipalReader(kind, problems);
    this.conditions = new ConditionReader(problems);
  }

  Optional<Statement> read(SourceValue value, int index) {
    if (!(value instanceof SourceValue.Mapping statement)) {
      syntax("Each statement must be an object, not " + value.describeType() + ".", value.position());
      return Optional.empty();
    }
    int before = problems.size();
    for (SourceValue.Member member : statement.members().values()) {
      if (!ELEMENTS.contains(member.name())) {
        syntax("Unknown statement element \"" + member.name() + "\".", member.namePosition());
      }
    }
    exclusive(statement, "Action", "NotAction");
    exclusive(statement, "Resource", "NotResource");
    exclusive(statement, "Principal", "NotPrincipal");

    Optional<String> sid = readSid(statement);
    Effect effect = readEffect(statement);
    ValueElement action = readActions(statement);
    ValueElement resource = readResources(statement);
    Optional<PrincipalElement> principal = readPrincipal(statement);
    SourceValue.Member condition = statement.members().get("Condition");
    List<ConditionEntry> entries = condition == null ? List.of() : conditions.read(condition.value());

    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new Statement(index, sid, effect, principal, action, Optional.ofNullable(resource), entries,
            statement.position(), statement.end()));
  }

  private void exclusive(SourceValue.Mapping statement, String element, String negated) {
    if (statement.members().containsKey(element) && statement.members().containsKey(negated)) {
      syntax("A statement cannot have both " + element + " and " + negated + ".",
          statement.members().get(negated).namePosition());
    }
  }

  private Optional<String> readSid(SourceValue.Mapping statement) {
    SourceValue.Member member = statement.members().get("Sid");
    if (member == null) {
      return Optional.empty();
    }
    if (!(member.value() instanceof SourceValue.Text text)) {
      syntax("Sid must be a string, not " + member.value().describeType() + ".", member.value().position());
      return Optional.empty();
    }
    if (KindRules.requiresAlphanumericSid(kind) && !isAlphanumeric(text.value())) {
      problems.malformed(CheckStage.SID, SID_NOT_ALPHANUMERIC,
          "Sid \"" + text.value() + "\" has characters other than A-Z, a-z and 0-9.", text.position());
    }
    return Optional.of(text.value());
  }

  private Effect readEffect(SourceValue.Mapping statement) {
    SourceValue.Member member = statement.members().get("Effect");
    if (member == null) {
      syntax("The statement has no Effect.", statement.position());
      return null;
    }
    if (!(member.value() instanceof SourceValue.Text text)) {
      syntax("Effect must be a string, not " + member.value().describeType() + ".", member.value().position());
      return null;
    }
    for (Effect effect : Effect.values()) {
      if (effect.json().equals(text.value())) {
        return effect;
      }
      if (effect.json().equalsIgnoreCase(text.value())) {
        problems.malformed(CheckStage.LEGACY, ResourceSyntax.LEGACY,
            "Effect \"" + text.value() + "\" must be spelled exactly \"" + effect.json() + "\".", text.position());
        return null;
      }
    }
    syntax("Effect must be \"Allow\" or \"Deny\", not \"" + text.value() + "\".", text.position());
    return null;
  }

  private ValueElement readActions(SourceValue.Mapping statement) {
    boolean negated = !statement.members().containsKey("Action") && statement.members().containsKey("NotAction");
    SourceValue.Member member = statement.members().get(negated ? "NotAction" : "Action");
    if (member == null) {
      problems.malformed(CheckStage.ACTIONS, NO_ACTIONS, "The statement has neither Action nor NotAction.", statement.position());
      return null;
    }
    ValueElement actions = strings(member, negated);
    if (actions == null) {
      return null;
    }
    if (actions.values().isEmpty()) {
      problems.malformed(CheckStage.ACTIONS, NO_ACTIONS, member.name() + " is an empty array.", member.value().position());
      return null;
    }
    for (int i = 0; i < actions.values().size(); i++) {
      String action = actions.values().get(i);
      SourcePosition at = actions.positions().get(i);
      ActionSyntax.problem(action)
          .ifPresent(message -> problems.malformed(CheckStage.ACTION_PREFIX, message,
              member.name() + " \"" + action + "\" is not of the form vendor:Name.", at));
    }
    return actions;
  }

  private ValueElement readResources(SourceValue.Mapping statement) {
    boolean negated = !statement.members().containsKey("Resource") && statement.members().containsKey("NotResource");
    SourceValue.Member member = statement.members().get(negated ? "NotResource" : "Resource");
    if (KindRules.resource(kind) == KindRules.Presence.FORBIDDEN) {
      for (String name : List.of("Resource", "NotResource")) {
        SourceValue.Member present = statement.members().get(name);
        if (present != null) {
          problems.malformed(CheckStage.PRINCIPAL, "Has prohibited field " + name,
              "Role trust policies apply to the role itself and must not name a " + name + ".", present.namePosition());
        }
      }
      return null;
    }
    if (member == null) {
      problems.malformed(CheckStage.RESOURCES, NO_RESOURCES, "The statement has neither Resource nor NotResource.", statement.position());
      return null;
    }
    ValueElement resources = strings(member, negated);
    if (resources == null) {
      return null;
    }
    if (resources.values().isEmpty()) {
      problems.malformed(CheckStage.RESOURCES, NO_RESOURCES, member.name() + " is an empty array.", member.value().position());
      return null;
    }
    for (int i = 0; i < resources.values().size(); i++) {
      String resource = resources.values().get(i);
      SourcePosition at = resources.positions().get(i);
      ResourceSyntax.problem(resource)
          .ifPresent(failure -> problems.malformed(failure.stage(), failure.message(),
              member.name() + " \"" + resource + "\" is not a valid ARN pattern.", at));
    }
    return resources;
  }

  private Optional<PrincipalElement> readPrincipal(SourceValue.Mapping statement) {
    SourceValue.Member principal = statement.members().get("Principal");
    SourceValue.Member notPrincipal = statement.members().get("NotPrincipal");
    if (KindRules.principal(kind) == KindRules.Presence.FORBIDDEN) {
      SourceValue.Member present = principal != null ? principal : notPrincipal;
      if (present != null) {
        problems.malformed(CheckStage.PRINCIPAL, PRINCIPAL_FORBIDDEN,
            "This kind of policy applies to the identity it is attached to; remove " + present.name() + ".",
            present.namePosition());
      }
      return Optional.empty();
    }
    if (notPrincipal != null && !KindRules.allowsNotPrincipal(kind)) {
      problems.malformed(CheckStage.PRINCIPAL, "Has prohibited field NotPrincipal",
          "NotPrincipal is not supported in this kind of policy.", notPrincipal.namePosition());
      return Optional.empty();
    }
    SourceValue.Member present = principal != null ? principal : notPrincipal;
    if (present == null) {
      String message = kind == PolicyKind.TRUST ? TRUST_WITHOUT_PRINCIPAL : PRINCIPAL_MISSING;
      problems.malformed(CheckStage.PRINCIPAL, message, "The statement has no Principal.", statement.position());
      return Optional.empty();
    }
    Optional<PrincipalElement> element = principals.read(present.value(), present == notPrincipal);
    if (element.isPresent() && KindRules.principalMustBeEveryone(kind)
        && (!element.get().everyone() || !element.get().principals().isEmpty())) {
      problems.malformed(CheckStage.PRINCIPAL, PrincipalReader.INVALID + present.name(),
          "A resource control policy must use \"Principal\": \"*\".", present.value().position());
      return Optional.empty();
    }
    return element;
  }

  /** A string or array of strings as a ValueElement, or null (problem recorded). */
  private ValueElement strings(SourceValue.Member member, boolean negated) {
    SourceValue value = member.value();
    if (value instanceof SourceValue.Text text) {
      return new ValueElement(negated, List.of(text.value()), List.of(text.position()));
    }
    if (!(value instanceof SourceValue.Sequence sequence)) {
      syntax(member.name() + " must be a string or an array of strings, not " + value.describeType() + ".", value.position());
      return null;
    }
    List<String> values = new ArrayList<>(sequence.items().size());
    List<SourcePosition> positions = new ArrayList<>(sequence.items().size());
    for (SourceValue item : sequence.items()) {
      if (!(item instanceof SourceValue.Text text)) {
        syntax(member.name() + " entries must be strings, not " + item.describeType() + ".", item.position());
        return null;
      }
      values.add(text.value());
      positions.add(text.position());
    }
    return new ValueElement(negated, values, positions);
  }

  private static boolean isAlphanumeric(String sid) {
    for (int i = 0; i < sid.length(); i++) {
      char c = sid.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private void syntax(String detail, SourcePosition position) {
    problems.malformed(CheckStage.SYNTAX, PolicyParser.SYNTAX, detail, position);
  }
}
