package dev.warden.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.catalog.Catalog;
import dev.warden.core.error.IamException;
import dev.warden.core.home.WardenHome;
import dev.warden.insight.access.AccountPrincipal;
import dev.warden.insight.access.AccountPrincipals;
import dev.warden.insight.generate.ApplyTarget;
import dev.warden.insight.generate.AuditUsage;
import dev.warden.insight.generate.GeneratedPolicy;
import dev.warden.insight.generate.PolicyApplier;
import dev.warden.insight.generate.PolicyDiff;
import dev.warden.insight.generate.PolicyGenerator;
import dev.warden.server.authz.PolicyDocuments;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warden policy generate}: a least-privilege policy written from what a principal really used. */
@Command(
    mixinStandardHelpOptions = true,
    name = "generate",
    description = "Write the least-privilege policy of what a user or role (all its sessions) used and was allowed, "
        + "from the audit log, with a diff against its current policies; --apply writes it as a new policy version.")
public final class PolicyGenerateCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int NOT_APPLIED = 1;
  static final int INVALID_INPUT = 2;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--home", paramLabel = "DIR", description = "Data folder (default: $WARDEN_HOME, else ./.warden).")
  String home;

  @Option(names = "--principal", required = true, paramLabel = "ARN", description = "A user or role ARN.")
  String principal;

  @Option(names = "--since", defaultValue = "90d", paramLabel = "WHEN",
      description = "Only calls at or after WHEN: an ISO-8601 instant or a duration like 12h, 7d (default: ${DEFAULT-VALUE}).")
  String since;

  @Option(names = "--json", description = "Print the policy and the diff as JSON.")
  boolean json;

  @Option(names = "--apply", description = "After showing the diff, write the policy as a new policy version.")
  boolean apply;

  @Option(names = "--yes", description = "With --apply: do not ask for confirmation.")
  boolean yes;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant from;
    try {
      from = AuditCommand.instant(since, Instant.now());
    } catch (IllegalArgumentException e) {
      err.println("warden: --since: " + e.getMessage());
      return INVALID_INPUT;
    }
    try (WardenHome opened = StoredAccount.open(home, System.getenv())) {
      AccountPrincipals principals = new AccountPrincipals(opened.iam(), PolicyDocuments.withEmbeddedCatalog());
      AccountPrincipal found = principals.find(principal)
          .orElseThrow(() -> new IllegalArgumentException("no user or role " + principal + " in the account"));
      AuditUsage usage = AuditUsage.read(opened.audit(), found, from, null);
      GeneratedPolicy generated = PolicyGenerator.generate(found, usage, Catalog.get());
      PolicyApplier applier = new PolicyApplier(opened.iam());
      ApplyTarget target = apply ? applier.target(found) : null;
      if (json) {
        out.println(json(generated, from, target).toPrettyString());
      } else {
        text(out, generated, from, target);
      }
      out.flush();
      if (!apply) {
        return OK;
      }
      if (generated.statements().isEmpty()) {
        err.println("warden: nothing was used since " + from + "; no policy version written");
        return NOT_APPLIED;
      }
      if (!yes && !confirmed(out, target)) {
        err.println("warden: not applied");
        return NOT_APPLIED;
      }
      applier.apply(found, target, generated.document().toPrettyString());
      out.println("applied: new default version of " + target.policyArn());
      out.flush();
      return OK;
    } catch (IllegalArgumentException e) {
      err.println("warden: " + e.getMessage());
      return INVALID_INPUT;
    } catch (IamException e) {
      err.println("warden: " + e.getMessage());
      return NOT_APPLIED;
    }
  }

  private static void text(PrintWriter out, GeneratedPolicy generated, Instant from, ApplyTarget target) {
    out.println("Least-privilege policy for " + generated.principalArn() + " from " + generated.calls()
        + " call(s) since " + from + ":");
    out.println(generated.document().toPrettyString());
    PolicyDiff diff = generated.diff();
    out.println();
    out.println("Diff against the current policies:");
    out.println("  used:            " + diff.usedActions().size() + " of " + diff.grantedActions().size()
        + " granted action(s)");
    out.println("  unused actions:  " + diff.unusedActions().size() + " (in services that were used)");
    diff.unusedActions().forEach(a -> out.println("    - " + a));
    out.println("  unused services: " + (diff.unusedServices().isEmpty() ? "none" : String.join(", ", diff.unusedServices())));
    if (target != null) {
      out.println();
      if (target.replacesGrant()) {
        out.println("--apply: new default version of " + target.policyArn() + ", the principal's only policy (replaces its grant; "
            + "roll back with set-default-policy-version)");
      } else {
        out.println("--apply: " + (target.exists() ? "new default version of " : "create and attach ") + target.policyArn());
        if (!target.otherPolicies().isEmpty()) {
          out.println("  these keep granting until you detach them: " + String.join(", ", target.otherPolicies()));
        }
      }
    }
  }

  private static ObjectNode json(GeneratedPolicy generated, Instant from, ApplyTarget target) {
    ObjectNode root = JSON.createObjectNode().put("principal", generated.principalArn()).put("since", from.toString())
        .put("calls", generated.calls());
    root.set("policy", generated.document());
    ObjectNode diff = root.putObject("diff");
    PolicyDiff d = generated.diff();
    d.usedActions().forEach(diff.putArray("usedActions")::add);
    d.unusedActions().forEach(diff.putArray("unusedActions")::add);
    d.unusedServices().forEach(diff.putArray("unusedServices")::add);
    diff.put("grantedActionCount", d.grantedActions().size());
    if (target != null) {
      ObjectNode applyNode = root.putObject("apply").put("policyArn", target.policyArn())
          .put("replacesGrant", target.replacesGrant()).put("createsPolicy", !target.exists());
      target.otherPolicies().forEach(applyNode.putArray("otherPolicies")::add);
    }
    return root;
  }

  private static boolean confirmed(PrintWriter out, ApplyTarget target) throws IOException {
    out.print("Write it to " + target.policyArn() + "? [y/N] ");
    out.flush();
    String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
  }
}
