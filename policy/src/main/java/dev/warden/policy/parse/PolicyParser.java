package dev.warden.policy.parse;

import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.PolicyVersion;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.document.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses and validates a policy document the way IAM, STS and Organizations do before storing or
 * using it (iam-semantics.md §1; IAM User Guide "IAM JSON policy grammar" and "IAM JSON policy
 * element reference").
 *
 * <p>Work is bounded before any JSON is read: the text must fit the API parameter (131,072
 * characters of TAB, LF, CR, U+0020–U+00FF) and the kind's quota ({@link PolicySizeLimits}); then
 * Jackson's streaming parser reads it with duplicate-key detection and depth and array-size limits.
 * All problems found are reported, ordered as AWS checks them, so the first is the one AWS would
 * return. Instances are immutable and thread-safe.
 */
public final class PolicyParser {
  static final String SYNTAX = "Syntax errors in policy.";
  static final String VERSION_REQUIRED = "Policy document must be version 2012-10-17 or greater.";
  static final String SID_NOT_UNIQUE = "Statement IDs (SID) in a single policy must be unique.";

  private static final Set<String> TOP_LEVEL = Set.of("Version", "Id", "Statement");
  private static final PolicyParser STANDARD = new PolicyParser(PolicySizeLimits.defaults());

  private final PolicySizeLimits limits;

  public PolicyParser(PolicySizeLimits limits) {
    this.limits = limits;
  }

  /** A parser with AWS's default quotas. */
  public static PolicyParser standard() {
    return STANDARD;
  }

  /** Parses UTF-8 bytes; invalid UTF-8 is rejected like a disallowed character. */
  public PolicyDocument parse(byte[] utf8, PolicyKind kind) throws PolicyParseException {
    return parse(PolicyText.decode(utf8), kind);
  }

  public PolicyDocument parse(String text, PolicyKind kind) throws PolicyParseException {
    Optional<PolicyProblem> parameterProblem = PolicyText.checkParameter(text);
    if (parameterProblem.isPresent()) {
      throw new PolicyParseException(List.of(parameterProblem.get()));
    }
    Optional<PolicyProblem> sizeProblem = limits.checkDocument(kind, text);
    if (sizeProblem.isPresent()) {
      throw new PolicyParseException(List.of(sizeProblem.get()));
    }
    ProblemList problems = new ProblemList(KindRules.malformed(kind));
    SourceValue.Mapping root;
    try {
      root = SourceTreeReader.read(text);
    } catch (SourceTreeReader.SyntaxFailure failure) {
      problems.malformed(CheckStage.SYNTAX, SYNTAX, failure.getMessage(), failure.position);
      throw problems.toException();
    }
    PolicyDocument document = readDocument(root, text, kind, problems);
    if (!problems.isEmpty()) {
      throw problems.toException();
    }
    return document;
  }

  private PolicyDocument readDocument(SourceValue.Mapping root, String text, PolicyKind kind, ProblemList problems) {
    for (SourceValue.Member member : root.members().values()) {
      if (!TOP_LEVEL.contains(member.name())) {
        problems.malformed(CheckStage.SYNTAX, SYNTAX,
            "Unknown top-level element \"" + member.name() + "\"; a policy has Version, Id and Statement.",
            member.namePosition());
      }
    }
    PolicyVersion version = readVersion(root, problems);
    if (version != null && version != PolicyVersion.V2012_10_17 && KindRules.requiresVersion2012(kind)) {
      SourceValue.Member member = root.members().get("Version");
      problems.malformed(CheckStage.VERSION, VERSION_REQUIRED,
          member == null ? "The document has no Version element." : "Version is \"" + version.json() + "\".",
          member == null ? root.position() : member.value().position());
    }
    Optional<String> id = readId(root, problems);
    List<Statement> statements = readStatements(root, kind, problems);
    if (!problems.isEmpty()) {
      return null;
    }
    return new PolicyDocument(version, id, statements, text);
  }

  private static PolicyVersion readVersion(SourceValue.Mapping root, ProblemList problems) {
    SourceValue.Member member = root.members().get("Version");
    if (member == null) {
      return PolicyVersion.ABSENT;
    }
    if (member.value() instanceof SourceValue.Text text) {
      for (PolicyVersion version : PolicyVersion.values()) {
        if (text.value().equals(version.json())) {
          return version;
        }
      }
    }
    problems.malformed(CheckStage.SYNTAX, SYNTAX, "Version must be \"2012-10-17\" or \"2008-10-17\".", member.value().position());
    return null;
  }

  private static Optional<String> readId(SourceValue.Mapping root, ProblemList problems) {
    SourceValue.Member member = root.members().get("Id");
    if (member == null) {
      return Optional.empty();
    }
    if (member.value() instanceof SourceValue.Text text) {
      return Optional.of(text.value());
    }
    problems.malformed(CheckStage.SYNTAX, SYNTAX, "Id must be a string, not " + member.value().describeType() + ".",
        member.value().position());
    return Optional.empty();
  }

  private static List<Statement> readStatements(SourceValue.Mapping root, PolicyKind kind, ProblemList problems) {
    SourceValue.Member member = root.members().get("Statement");
    if (member == null) {
      problems.malformed(CheckStage.SYNTAX, SYNTAX, "The document has no Statement element.", root.position());
      return List.of();
    }
    List<SourceValue> items;
    if (member.value() instanceof SourceValue.Mapping single) {
      items = List.of(single);
    } else if (member.value() instanceof SourceValue.Sequence sequence) {
      items = sequence.items();
      if (items.isEmpty()) {
        problems.malformed(CheckStage.SYNTAX, SYNTAX, "Statement is an empty array.", sequence.position());
      }
    } else {
      problems.malformed(CheckStage.SYNTAX, SYNTAX,
          "Statement must be an object or an array of objects, not " + member.value().describeType() + ".",
          member.value().position());
      return List.of();
    }
    StatementReader reader = new StatementReader(kind, problems);
    List<Statement> statements = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      reader.read(items.get(i), i).ifPresent(statements::add);
    }
    checkUniqueSids(items, problems);
    return statements;
  }

  /** Empty Sids are not identifiers and may repeat (as in AWS's console-generated policies). */
  private static void checkUniqueSids(List<SourceValue> items, ProblemList problems) {
    Map<String, SourcePosition> seen = new HashMap<>();
    for (SourceValue item : items) {
      if (!(item instanceof SourceValue.Mapping statement)) {
        continue;
      }
      SourceValue.Member member = statement.members().get("Sid");
      if (member != null && member.value() instanceof SourceValue.Text sid && !sid.value().isEmpty()) {
        SourcePosition first = seen.putIfAbsent(sid.value(), sid.position());
        if (first != null) {
          problems.malformed(CheckStage.SID, SID_NOT_UNIQUE,
              "Sid \"" + sid.value() + "\" is already used at line " + first.line() + ", column " + first.column() + ".",
              sid.position());
        }
      }
    }
  }
}
