package dev.warden.cli;

import dev.warden.catalog.lint.Finding;
import dev.warden.catalog.lint.FindingType;
import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CallerContext;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.DecisionJson;
import dev.warden.policy.eval.MatchedStatement;
import dev.warden.policy.eval.PolicySet;
import dev.warden.policy.eval.PolicyType;
import dev.warden.policy.parse.PolicyParseException;
import dev.warden.policy.parse.PolicyProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code warden policy validate|simulate|generate}: the engine for people and scripts. */
@Command(
    name = "policy",
    description = "Validate policy documents, simulate requests against them, generate least privilege from the audit log.",
    subcommands = {PolicyCommand.Validate.class, PolicyCommand.Simulate.class, PolicyGenerateCommand.class})
public final class PolicyCommand implements Runnable {
  /** Exit codes shared by the policy commands. */
  static final int ALLOWED = 0;
  static final int DENIED = 1;
  static final int INVALID_INPUT = 2;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The document kinds a user can name on the command line. */
  enum Kind {
    identity(PolicyKind.IDENTITY_MANAGED),
    inline(PolicyKind.IDENTITY_INLINE_ROLE),
    trust(PolicyKind.TRUST),
    resource(PolicyKind.RESOURCE),
    boundary(PolicyKind.BOUNDARY),
    session(PolicyKind.SESSION),
    scp(PolicyKind.SCP),
    rcp(PolicyKind.RCP);

    final PolicyKind kind;

    Kind(PolicyKind kind) {
      this.kind = kind;
    }
  }

  /** Output formats of {@code policy validate}. */
  enum Format {
    text,
    json,
    sarif
  }

  @Command(
      name = "validate",
      description = "Check policy documents against AWS's grammar and limits, and against the AWS catalogue "
          + "(unknown actions, resources that fit no action, unsupported condition keys, risky grants), in the style "
          + "of IAM Access Analyzer. Exit 0 when no finding reaches --fail-on, 1 when one does, 2 when a file "
          + "cannot be read.")
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy documents (JSON).")
    List<Path> files;

    @Option(names = "--kind", defaultValue = "identity",
        description = "What the documents are: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Kind kind;

    @Option(names = "--format", defaultValue = "text",
        description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); sarif is SARIF 2.1.0 for code scanning.")
    Format format;

    @Option(names = "--json", description = "Same as --format json.")
    boolean json;

    @Option(names = "--fail-on", defaultValue = "ERROR",
        description = "Lowest finding type that fails the run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FindingType failOn;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Format chosen = json ? Format.json : format;
      Map<String, List<Finding>> byFile;
      try {
        byFile = FindingReports.ofFiles(files, text -> PolicyFiles.findings(text, kind.kind));
      } catch (IOException e) {
        err.println(e.getMessage());
        err.flush();
        return INVALID_INPUT;
      }
      boolean failed = FindingReports.reaches(byFile, failOn);
      switch (chosen) {
        case sarif -> out.println(FindingReports.sarif(byFile));
        case json -> out.println(CliJson.validation(byFile));
        case text -> printText(out, byFile);
      }
      out.flush();
      return failed ? DENIED : ALLOWED;
    }

    private void printText(PrintWriter out, Map<String, List<Finding>> byFile) {
      byFile.forEach((file, findings) -> {
        if (findings.isEmpty()) {
          out.println(file + ": valid " + kind + " policy, no findings");
        }
        for (Finding finding : findings) {
          out.println(file + ":" + finding.location().position() + ": " + finding.type() + " " + finding.code()
              + ": " + finding.message());
        }
      });
    }
  }

  @Command(
      name = "simulate",
      description = "Decide one request against policies, as AWS would, and say why. "
          + "Exit 0 allowed, 1 denied, 2 invalid input.")
  static final class Simulate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--policy", paramLabel = "FILE",
        description = "Identity-based policy (repeatable); checked as an inline policy, so Version 2008-10-17 is accepted.")
    List<Path> policies = new ArrayList<>();

    @Option(names = "--boundary", paramLabel = "FILE", description = "Permissions boundary.")
    Path boundary;

    @Option(names = "--session-policy", paramLabel = "FILE", description = "Session policy (repeatable).")
    List<Path> sessionPolicies = new ArrayList<>();

    @Option(names = "--resource-policy", paramLabel = "FILE",
        description = "Resource-based policy; a role trust policy when the action is sts:AssumeRole*.")
    Path resourcePolicy;

    @Option(names = "--scp", paramLabel = "FILE",
        description = "Service control policy (repeatable); each file is one organisation level that must allow.")
    List<Path> scps = new ArrayList<>();

    @Option(names = "--principal", paramLabel = "ARN", defaultValue = "arn:aws:iam::123456789012:user/simulated-user",
        description = "Who makes the request: user, role, assumed-role session, federated user, root ARN, "
            + "or a service principal such as lambda.amazonaws.com (default: ${DEFAULT-VALUE}).")
    String principal;

    @Option(names = "--resource-account", paramLabel = "ID", description = "Account that owns the resource (default: the principal's).")
    String resourceAccount;

    @Option(names = "--action", required = true, paramLabel = "ACTION", description = "e.g. s3:GetObject")
    String action;

    @Option(names = "--resource", defaultValue = "*", paramLabel = "ARN", description = "Resource ARN (default: *).")
    String resource;

    @Option(names = "--context", paramLabel = "KEY=TYPE:VALUE[,VALUE...]",
        description = "A request context key, TYPE one of AWS's ContextKeyType names (string, stringList, "
            + "numeric, numericList, boolean, booleanList, ip, ipList, binary, binaryList, date, dateList). Repeatable.")
    List<String> context = new ArrayList<>();

    @Option(names = "--no-derived-context",
        description = "Do not add the keys AWS derives from the principal (aws:username, aws:userid, "
            + "aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalType) and the time keys.")
    boolean noDerivedContext;

    @Option(names = "--explain", description = "Show matched statements, missing keys and variables.")
    boolean explain;

    @Option(names = "--json", description = "Print the decision and its explanation as JSON.")
    boolean json;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        Caller caller;
        try {
          caller = Caller.parse(principal);
        } catch (IllegalArgumentException e) {
          throw new InvalidInput("--principal: " + e.getMessage());
        }
        boolean trust = action.toLowerCase(java.util.Locale.ROOT).startsWith("sts:assumerole")
            && resource.contains(":role/");
        PolicySet.Builder set = PolicySet.builder();
        for (Path file : policies) {
          set.identity(load(file, PolicyKind.IDENTITY_INLINE_ROLE, PolicyType.IDENTITY));
        }
        if (boundary != null) {
          set.boundary(load(boundary, PolicyKind.BOUNDARY, PolicyType.PERMISSIONS_BOUNDARY));
        }
        for (Path file : sessionPolicies) {
          set.session(load(file, PolicyKind.SESSION, PolicyType.SESSION));
        }
        if (resourcePolicy != null) {
          set.resource(load(resourcePolicy, trust ? PolicyKind.TRUST : PolicyKind.RESOURCE, PolicyType.RESOURCE));
          set.resourcePolicyRequired(trust);
        }
        for (Path file : scps) {
          set.scpLevel(List.of(load(file, PolicyKind.SCP, PolicyType.SCP)));
        }
        RequestContext.Builder keys = noDerivedContext
            ? RequestContext.builder()
            : CallerContext.derive(caller, clock.instant()).toBuilder();
        for (String entry : context) {
          addContext(keys, entry);
        }
        AuthorizationRequest request = new AuthorizationRequest(
            caller, action, resource, Optional.ofNullable(resourceAccount), keys.build());
        Decision decision = new Authorizer().authorize(set.build(), request);
        if (json) {
          out.println(DecisionJson.toText(decision));
        } else {
          printText(out, decision);
        }
        out.flush();
        return decision.allowed() ? ALLOWED : DENIED;
      } catch (InvalidInput e) {
        err.println("warden: " + e.getMessage());
        err.flush();
        return INVALID_INPUT;
      }
    }

    private CompiledPolicy load(Path file, PolicyKind kind, PolicyType type) {
      try {
        return PolicyFiles.compile(PolicyFiles.read(file), kind, file.toString(), type);
      } catch (IOException e) {
        throw new InvalidInput(file + ": cannot read: " + e.getMessage());
      } catch (PolicyParseException e) {
        StringBuilder message = new StringBuilder(file + ": invalid " + type.messageWords() + " policy");
        for (PolicyProblem problem : e.problems()) {
          message.append("\n  ").append(file).append(':').append(problem.position()).append(": ")
              .append(problem.errorClass().awsCode()).append(": ").append(problem.message())
              .append(problem.detail() == null || problem.detail().isEmpty() ? "" : " (" + problem.detail() + ")");
        }
        throw new InvalidInput(message.toString());
      }
    }

    private static void addContext(RequestContext.Builder keys, String entry) {
      int equals = entry.indexOf('=');
      int colon = equals < 0 ? -1 : entry.indexOf(':', equals);
      if (equals <= 0 || colon < 0) {
        throw new InvalidInput("--context must look like KEY=TYPE:VALUE[,VALUE...], got: " + entry);
      }
      String key = entry.substring(0, equals);
      String typeName = entry.substring(equals + 1, colon);
      ContextKeyType type = ContextKeyType.fromAwsName(typeName)
          .orElseThrow(() -> new InvalidInput("unknown context key type '" + typeName + "' in --context " + entry
              + "; use one of " + Arrays.stream(ContextKeyType.values()).map(ContextKeyType::awsName).toList()));
      String raw = entry.substring(colon + 1);
      List<String> values = type.multiValued() ? (raw.isEmpty() ? List.of() : List.of(raw.split(",", -1))) : List.of(raw);
      keys.put(key, new ContextValue(type, values));
    }

    private void printText(PrintWriter out, Decision decision) {
      out.println(decision.decision().awsName() + ": " + decision.reason());
      decision.accessDeniedMessage().ifPresent(message -> out.println(message));
      if (!explain) {
        return;
      }
      out.println();
      out.println("Step: " + decision.step());
      printStatements(out, "Deciding statements", decision.decidingStatements());
      printStatements(out, "Matched statements", decision.matchedStatements());
      if (!decision.policyTypeDecisions().isEmpty()) {
        out.println("Per policy type:");
        decision.policyTypeDecisions().entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .forEach(e -> out.println("  " + DecisionJson.name(e.getKey()) + ": " + e.getValue().awsName()));
      }
      if (!decision.missingContextKeys().isEmpty()) {
        out.println("Missing context keys: " + String.join(", ", new java.util.TreeSet<>(decision.missingContextKeys())));
      }
      if (!decision.resolvedVariables().isEmpty()) {
        out.println("Resolved variables:");
        new java.util.TreeMap<>(decision.resolvedVariables()).forEach((k, v) -> out.println("  ${" + k + "} = " + v));
      }
    }

    private static void printStatements(PrintWriter out, String title, List<MatchedStatement> statements) {
      out.println(title + ":" + (statements.isEmpty() ? " none" : ""));
      for (MatchedStatement s : statements) {
        out.println("  " + s.effect().json() + " " + s.policyId() + ":" + s.start()
            + " statement " + s.statementIndex() + s.sid().map(sid -> " (Sid " + sid + ")").orElse("")
            + " [" + DecisionJson.name(s.policyType()) + "]");
      }
    }
  }

  /** Bad command-line input: reported on stderr with exit code 2. */
  static final class InvalidInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidInput(String message) {
      super(message);
    }
  }
}
