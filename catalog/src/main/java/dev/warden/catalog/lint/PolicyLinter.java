package dev.warden.catalog.lint;

import dev.warden.catalog.Catalog;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.parse.PolicyParseException;
import dev.warden.policy.parse.PolicyParser;
import dev.warden.policy.parse.PolicyProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code warden lint} on one policy: the validator's findings ({@link CatalogCheck}) and the
 * least-privilege checks ({@link LintCheck}) that can be made on a document alone. Immutable and
 * thread-safe.
 */
public final class PolicyLinter {
  private final CatalogValidator validator;
  private final Options options;
  private final List<StatementCheck> statementChecks;
  private final List<DenyAwareCheck> denyAwareChecks = List.of(new WriteOnAllResourcesCheck(), new SensitiveActionCheck());

  /**
   * @param ownAccount the account the policies belong to, when known: trust in it is not foreign
   * @param escalationPerDocument whether to look for escalation methods within each document; off
   *     when a caller looks across all the policies of a principal instead
   */
  public record Options(Optional<String> ownAccount, boolean escalationPerDocument) {
    public static Options files() {
      return new Options(Optional.empty(), true);
    }
  }

  public PolicyLinter(Catalog catalog, Options options) {
    this.validator = new CatalogValidator(catalog);
    this.options = options;
    this.statementChecks = List.of(new ServiceWildcardCheck(), new TrustPolicyCheck(options.ownAccount()),
        new PublicResourcePolicyCheck());
  }

  /**
   * Parses and lints policy text: grammar problems are ERROR findings (code from AWS's error, e.g.
   * MALFORMED_POLICY_DOCUMENT) and nothing more can be checked then; else as {@link #lint(PolicyDocument, PolicyKind)}.
   */
  public List<Finding> lint(String text, PolicyKind kind) {
    PolicyDocument document;
    try {
      document = PolicyParser.standard().parse(text, kind);
    } catch (PolicyParseException e) {
      List<Finding> findings = new ArrayList<>();
      for (PolicyProblem problem : e.problems()) {
        String message = problem.message() + (problem.detail().isEmpty() ? "" : " " + problem.detail());
        findings.add(new Finding(FindingType.ERROR, upperSnake(problem.errorClass().awsCode()), message,
            new FindingLocation(List.of(), problem.position())));
      }
      return findings;
    }
    return lint(document, kind);
  }

  /** "MalformedPolicyDocument" → "MALFORMED_POLICY_DOCUMENT", the finding-code style. */
  static String upperSnake(String awsCode) {
    return awsCode.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** Findings ordered by position in the policy text. */
  public List<Finding> lint(PolicyDocument document, PolicyKind kind) {
    List<StatementFacts> statements = validator.facts(document);
    List<Finding> findings = new ArrayList<>(validator.check(statements, kind));
    UnconditionalDenies denies = new UnconditionalDenies(document.statements());
    for (StatementFacts statement : statements) {
      for (StatementCheck check : statementChecks) {
        check.check(statement, kind, findings);
      }
      for (DenyAwareCheck check : denyAwareChecks) {
        check.check(statement, kind, denies, findings);
      }
    }
    if (options.escalationPerDocument() && GrantingKinds.identity(kind)) {
      findings.addAll(escalation(document));
    }
    return CatalogValidator.inPolicyOrder(findings);
  }

  /**
   * One finding per place that starts an escalation path, listing every method that starts there.
   */
  private static List<Finding> escalation(PolicyDocument document) {
    ActionGrants grants = ActionGrants.of(EscalationMethods.actions(), List.of(new SourcedPolicy("", document)), Optional.empty());
    List<EscalationPath> paths = EscalationPath.find(grants);
    List<Finding> findings = new ArrayList<>();
    Map<String, List<EscalationPath>> byAnchor = new LinkedHashMap<>();
    for (EscalationPath path : paths) {
      byAnchor.computeIfAbsent(path.anchor().location().jsonPath(), k -> new ArrayList<>()).add(path);
    }
    for (List<EscalationPath> group : byAnchor.values()) {
      findings.add(escalationFinding(group, group.get(0).anchor().location()));
    }
    return findings;
  }

  /** The finding for escalation paths that start at {@code location}; account analyses use it too. */
  public static Finding escalationFinding(List<EscalationPath> paths, FindingLocation location) {
    boolean conditional = paths.stream().allMatch(EscalationPath::conditional);
    StringBuilder message = new StringBuilder(paths.size() == 1 ? "Privilege escalation: " : paths.size() + " privilege-escalation methods: ");
    List<String> described = paths.stream().map(EscalationPath::describe).toList();
    message.append(String.join(" | ", described));
    if (conditional) {
      message.append(" Only possible when the statements' conditions match.");
    }
    return LintCheck.PRIVILEGE_ESCALATION.finding(message.toString(), location);
  }
}
