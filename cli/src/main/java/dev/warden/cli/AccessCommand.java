package dev.warden.cli;

import dev.warden.catalog.AccessLevel;
import dev.warden.catalog.Catalog;
import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.home.WardenHome;
import dev.warden.insight.access.Access;
import dev.warden.insight.access.AccessJson;
import dev.warden.insight.access.AccessVerdict;
import dev.warden.insight.access.AccountPrincipal;
import dev.warden.insight.access.AccountPrincipals;
import dev.warden.insight.access.ConditionNote;
import dev.warden.insight.access.TrustedPrincipal;
import dev.warden.insight.access.WhatCan;
import dev.warden.insight.access.WhatCanEntry;
import dev.warden.insight.access.WhoCan;
import dev.warden.insight.access.WhoCanEntry;
import dev.warden.server.authz.PolicyDocuments;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warden access who-can|what-can}: access questions answered by the engine over the stored account. */
@Command(
    mixinStandardHelpOptions = true,
    name = "access",
    description = "Who can do what in the stored account, decided by the engine (conditions reported, boundaries applied).",
    subcommands = {AccessCommand.WhoCanCommand.class, AccessCommand.WhatCanCommand.class})
public final class AccessCommand implements Runnable {
  static final int OK = 0;
  static final int INVALID_INPUT = 2;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(mixinStandardHelpOptions = true, name = "who-can", description = "Every user and role that may perform ACTION on RESOURCE.")
  static final class WhoCanCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", description = "Data folder (default: $WARDEN_HOME, else ./.warden).")
    String home;

    @Option(names = "--action", required = true, paramLabel = "ACTION", description = "e.g. iam:CreateUser")
    String action;

    @Option(names = "--resource", defaultValue = "*", paramLabel = "ARN", description = "Resource ARN (default: *).")
    String resource;

    @Option(names = "--json", description = "Print the answer as JSON.")
    boolean json;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (!action.matches("[A-Za-z0-9-]+:[A-Za-z0-9]+")) {
        spec.commandLine().getErr().println("warden: --action must be one action like s3:PutObject, not '" + action + "'");
        return INVALID_INPUT;
      }
      List<WhoCanEntry> entries;
      // Nearly every account has an AWS managed policy attached (the administrator has one): read the
      // catalogue on the other core while this one opens the home.
      ManagedPolicies.preloadInBackground();
      try (WardenHome opened = StoredAccount.open(home, System.getenv())) {
        AccountPrincipals principals = new AccountPrincipals(opened.iam(), PolicyDocuments.withEmbeddedCatalog());
        entries = WhoCan.ask(principals.all(), action, resource);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("warden: " + e.getMessage());
        return INVALID_INPUT;
      }
      if (json) {
        out.println(AccessJson.whoCan(action, resource, entries).toPrettyString());
      } else {
        out.println("who can " + action + " on " + resource + ": " + entries.size() + " principal(s)");
        for (WhoCanEntry entry : entries) {
          out.printf("  %-11s %-4s %s%n", entry.verdict().access(), entry.kind().name().toLowerCase(Locale.ROOT), entry.arn());
          printConditions(out, entry.verdict(), "              ");
          if (entry.kind() == AccountPrincipal.Kind.ROLE) {
            String trusted = entry.trustedBy().stream().map(TrustedPrincipal::text).collect(Collectors.joining("; "));
            out.println("              assumable by: " + (trusted.isEmpty() ? "nobody" : trusted));
          }
        }
      }
      out.flush();
      return OK;
    }
  }

  @Command(mixinStandardHelpOptions = true, name = "what-can", description = "Every action (by service and access level) and resource a principal may use.")
  static final class WhatCanCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", description = "Data folder (default: $WARDEN_HOME, else ./.warden).")
    String home;

    @Option(names = "--principal", required = true, paramLabel = "ARN", description = "A user or role ARN.")
    String principal;

    @Option(names = "--service", paramLabel = "PREFIX", description = "Only this service, e.g. iam.")
    String service;

    @Option(names = "--json", description = "Print the answer as JSON.")
    boolean json;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Catalog catalog = Catalog.get();
      if (service != null && catalog.service(service).isEmpty()) {
        spec.commandLine().getErr().println("warden: no service '" + service + "' in the catalogue");
        return INVALID_INPUT;
      }
      List<WhatCanEntry> entries;
      String arn;
      try (WardenHome opened = StoredAccount.open(home, System.getenv())) {
        AccountPrincipals principals = new AccountPrincipals(opened.iam(), PolicyDocuments.withEmbeddedCatalog());
        AccountPrincipal found = principals.find(principal)
            .orElseThrow(() -> new IllegalArgumentException("no user or role " + principal + " in the account"));
        arn = found.arn();
        entries = WhatCan.ask(found, Optional.ofNullable(service), catalog);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("warden: " + e.getMessage());
        return INVALID_INPUT;
      }
      if (json) {
        out.println(AccessJson.whatCan(arn, entries).toPrettyString());
        out.flush();
        return OK;
      }
      out.println("what " + arn + " can do: " + entries.stream().map(WhatCanEntry::action).distinct().count() + " action(s)");
      String lastService = null;
      AccessLevel lastLevel = null;
      for (WhatCanEntry entry : entries) {
        if (!entry.service().equals(lastService)) {
          out.println(entry.service());
          lastService = entry.service();
          lastLevel = null;
        }
        if (entry.accessLevel() != lastLevel) {
          out.println("  " + entry.accessLevel().displayName());
          lastLevel = entry.accessLevel();
        }
        String access = entry.verdict().access() == Access.ALLOWED ? "" : "  (conditional)";
        out.printf("    %-40s %s%s%n", entry.action(), entry.resource(), access);
        printConditions(out, entry.verdict(), "      ");
      }
      out.flush();
      return OK;
    }
  }

  static void printConditions(PrintWriter out, AccessVerdict verdict, String indent) {
    for (ConditionNote note : verdict.allowedIf()) {
      out.println(indent + "allowed if " + note.conditionText() + "  [" + note.source() + "]");
    }
    for (ConditionNote note : verdict.deniedIf()) {
      out.println(indent + "denied if " + note.conditionText() + "  [" + note.source() + "]");
    }
  }
}
