package dev.warden.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.catalog.AccessLevel;
import dev.warden.catalog.Action;
import dev.warden.catalog.ActionResource;
import dev.warden.catalog.Catalog;
import dev.warden.catalog.ConditionKey;
import dev.warden.catalog.ManagedPolicies;
import dev.warden.catalog.ManagedPolicy;
import dev.warden.catalog.ResourceType;
import dev.warden.catalog.Service;
import dev.warden.catalog.Suggestions;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warden catalog ...}: the offline AWS service reference and managed policies, for people
 * (aligned text) and machines ({@code --json}). Exit code 1 when the thing asked for does not exist.
 */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "Look up AWS actions, condition keys, resource types and managed policies (offline).",
    subcommands = {
      CatalogCommand.Actions.class,
      CatalogCommand.ActionDetails.class,
      CatalogCommand.Keys.class,
      CatalogCommand.ResourceTypeOfArn.class,
      CatalogCommand.ManagedPolicyDetails.class
    })
public final class CatalogCommand implements Runnable {
  static final int NOT_FOUND = 1;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options and output shared by the subcommands. */
  static final class Output {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    int notFound(String message) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(message);
      err.flush();
      return NOT_FOUND;
    }

    int print(JsonNode node) {
      try {
        out().println(JSON.writeValueAsString(node));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      out().flush();
      return 0;
    }
  }

  @Command(name = "actions", mixinStandardHelpOptions = true,
      description = "List the actions a pattern such as s3:Get* or *:*Policy grants, with access levels.")
  static final class Actions implements Callable<Integer> {
    @Mixin Output output;

    @Parameters(paramLabel = "PATTERN", description = "service:Action pattern; * and ? are wildcards, case is ignored.")
    String pattern;

    @Option(names = "--level", paramLabel = "LEVEL",
        description = "Only this access level: List, Read, Write, Tagging or 'Permissions management'.")
    String level;

    @Override
    public Integer call() {
      Optional<AccessLevel> only = Optional.empty();
      if (level != null) {
        only = AccessLevel.fromName(level);
        if (only.isEmpty()) {
          throw new CommandLine.ParameterException(output.spec.commandLine(),
              "Unknown access level '" + level + "'; use List, Read, Write, Tagging or 'Permissions management'.");
        }
      }
      Optional<AccessLevel> filter = only;
      List<Action> actions = Catalog.get().expand(pattern).stream()
          .filter(a -> filter.isEmpty() || a.accessLevel() == filter.get())
          .toList();
      if (output.json) {
        ObjectNode root = JSON.createObjectNode().put("pattern", pattern).put("count", actions.size());
        ArrayNode list = root.putArray("actions");
        actions.forEach(a -> list.addObject().put("action", a.fullName()).put("accessLevel", a.accessLevel().displayName()));
        return output.print(root);
      }
      if (actions.isEmpty()) {
        List<String> hints = new Suggestions(Catalog.get()).forAction(pattern, 3);
        return output.notFound("No action matches " + pattern + (hints.isEmpty() ? "." : ". Did you mean " + String.join(", ", hints) + "?"));
      }
      PrintWriter out = output.out();
      int width = Math.max("ACTION".length(), actions.stream().mapToInt(a -> a.fullName().length()).max().orElse(0));
      out.printf("%-" + width + "s  %s%n", "ACTION", "ACCESS LEVEL");
      Map<AccessLevel, Integer> counts = new EnumMap<>(AccessLevel.class);
      for (Action action : actions) {
        out.printf("%-" + width + "s  %s%n", action.fullName(), action.accessLevel().displayName());
        counts.merge(action.accessLevel(), 1, Integer::sum);
      }
      StringBuilder summary = new StringBuilder();
      counts.forEach((l, n) -> summary.append(summary.length() == 0 ? "" : ", ").append(l.displayName()).append(' ').append(n));
      out.printf("%n%d action%s (%s)%n", actions.size(), actions.size() == 1 ? "" : "s", summary);
      out.flush();
      return 0;
    }
  }

  @Command(name = "action", mixinStandardHelpOptions = true,
      description = "Show one action: access level, resource types with ARN formats, condition keys.")
  static final class ActionDetails implements Callable<Integer> {
    @Mixin Output output;

    @Parameters(paramLabel = "ACTION", description = "service:Action, e.g. iam:PassRole (case is ignored).")
    String name;

    @Override
    public Integer call() {
      Catalog catalog = Catalog.get();
      Optional<Action> found = catalog.action(name);
      if (found.isEmpty()) {
        return output.notFound(unknownAction(catalog, name));
      }
      Action action = found.get();
      String serviceName = catalog.service(action.service()).map(Service::name).orElse(action.service());
      List<ConditionKey> keys = catalog.supportedConditionKeys(action);
      if (output.json) {
        ObjectNode root = JSON.createObjectNode()
            .put("action", action.fullName())
            .put("service", action.service())
            .put("serviceName", serviceName)
            .put("accessLevel", action.accessLevel().displayName())
            .put("description", action.description());
        ArrayNode resources = root.putArray("resourceTypes");
        for (ActionResource resource : action.resourceTypes()) {
          ObjectNode node = resources.addObject().put("name", resource.resourceType()).put("required", resource.required());
          catalog.service(action.service()).flatMap(s -> s.resourceType(resource.resourceType()))
              .ifPresent(t -> node.put("arn", t.arn().source()));
          stringArray(node.putArray("conditionKeys"), resource.conditionKeys());
          stringArray(node.putArray("dependentActions"), resource.dependentActions());
        }
        keysArray(root.putArray("conditionKeys"), keys);
        stringArray(root.putArray("dependentActions"), action.dependentActions());
        return output.print(root);
      }
      PrintWriter out = output.out();
      out.printf("%s  (%s)%n", action.fullName(), serviceName);
      out.printf("Access level:  %s%n", action.accessLevel().displayName());
      if (!action.description().isEmpty()) {
        out.printf("Description:   %s%n", action.description());
      }
      out.println();
      if (action.resourceTypes().isEmpty()) {
        out.println("Resource types: none; grant it on \"Resource\": \"*\"");
      } else {
        out.println("Resource types (* = required):");
        int width = action.resourceTypes().stream().mapToInt(r -> r.resourceType().length() + 1).max().orElse(0);
        for (ActionResource resource : action.resourceTypes()) {
          String arn = catalog.service(action.service()).flatMap(s -> s.resourceType(resource.resourceType()))
              .map(t -> t.arn().source()).orElse("?");
          out.printf("  %-" + width + "s  %s%n", resource.resourceType() + (resource.required() ? "*" : ""), arn);
        }
      }
      out.println();
      printKeys(out, "Condition keys (besides the global aws:* keys):", keys);
      List<String> dependent = action.dependentActions();
      if (!dependent.isEmpty()) {
        out.println();
        out.println("Dependent actions: " + String.join(", ", dependent));
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "keys", mixinStandardHelpOptions = true,
      description = "List the condition keys an action supports, with types; without ACTION, the global keys.")
  static final class Keys implements Callable<Integer> {
    @Mixin Output output;

    @Parameters(paramLabel = "ACTION", arity = "0..1", description = "service:Action, e.g. s3:GetObject.")
    String name;

    @Option(names = "--global", description = "Also list the global aws:* keys, which every action supports.")
    boolean global;

    @Override
    public Integer call() {
      Catalog catalog = Catalog.get();
      List<ConditionKey> keys;
      String title;
      if (name == null) {
        keys = catalog.globalConditionKeys();
        title = "Global condition keys:";
      } else {
        Optional<Action> action = catalog.action(name);
        if (action.isEmpty()) {
          return output.notFound(unknownAction(catalog, name));
        }
        keys = catalog.supportedConditionKeys(action.get());
        title = "Condition keys of " + action.get().fullName() + ":";
      }
      boolean withGlobal = global && name != null;
      if (output.json) {
        ObjectNode root = JSON.createObjectNode();
        if (name != null) {
          root.put("action", catalog.action(name).map(Action::fullName).orElse(name));
        }
        keysArray(root.putArray("conditionKeys"), keys);
        if (withGlobal) {
          keysArray(root.putArray("globalConditionKeys"), catalog.globalConditionKeys());
        }
        return output.print(root);
      }
      PrintWriter out = output.out();
      printKeys(out, title, keys);
      if (withGlobal) {
        out.println();
        printKeys(out, "Global condition keys:", catalog.globalConditionKeys());
      } else if (name != null) {
        out.printf("%nThe %d global aws:* keys apply too (--global lists them).%n", catalog.globalConditionKeys().size());
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "arn", mixinStandardHelpOptions = true,
      description = "Show which resource type an ARN is (wildcards allowed), most specific first.")
  static final class ResourceTypeOfArn implements Callable<Integer> {
    @Mixin Output output;

    @Parameters(paramLabel = "ARN", description = "e.g. arn:aws:s3:::my-bucket/photos/cat.jpg")
    String arn;

    @Override
    public Integer call() {
      List<ResourceType> types = Catalog.get().resourceTypesMatching(arn);
      if (output.json) {
        ObjectNode root = JSON.createObjectNode().put("arn", arn);
        ArrayNode list = root.putArray("resourceTypes");
        types.forEach(t -> list.addObject().put("service", t.service()).put("name", t.name()).put("arn", t.arn().source()));
        return output.print(root);
      }
      if (types.isEmpty()) {
        return output.notFound("No resource type fits " + arn + ".");
      }
      PrintWriter out = output.out();
      int width = types.stream().mapToInt(t -> t.toString().length()).max().orElse(0);
      for (ResourceType type : types) {
        out.printf("%-" + width + "s  %s%n", type, type.arn().source());
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "managed-policy", mixinStandardHelpOptions = true,
      description = "Show an AWS managed policy's default version, by name, path/name or ARN.")
  static final class ManagedPolicyDetails implements Callable<Integer> {
    @Mixin Output output;

    @Parameters(paramLabel = "POLICY", description = "e.g. AmazonS3ReadOnlyAccess or arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
    String nameOrArn;

    @Override
    public Integer call() throws JsonProcessingException {
      Optional<ManagedPolicy> found = ManagedPolicies.get().find(nameOrArn);
      if (found.isEmpty()) {
        return output.notFound("No AWS managed policy named " + nameOrArn + ".");
      }
      ManagedPolicy policy = found.get();
      JsonNode document = JSON.readTree(policy.document());
      if (output.json) {
        ObjectNode root = JSON.createObjectNode()
            .put("policyName", policy.name())
            .put("arn", policy.arn())
            .put("path", policy.path())
            .put("defaultVersionId", policy.defaultVersionId())
            .put("createDate", policy.createDate().toString())
            .put("updateDate", policy.updateDate().toString());
        root.set("document", document);
        return output.print(root);
      }
      PrintWriter out = output.out();
      out.printf("%s%n", policy.name());
      out.printf("ARN:              %s%n", policy.arn());
      out.printf("Path:             %s%n", policy.path());
      out.printf("Default version:  %s%n", policy.defaultVersionId());
      out.printf("Created:          %s%n", policy.createDate());
      out.printf("Updated:          %s%n%n", policy.updateDate());
      out.println(JSON.writeValueAsString(document));
      out.flush();
      return 0;
    }
  }

  private static String unknownAction(Catalog catalog, String name) {
    int colon = name.indexOf(':');
    if (colon <= 0) {
      return "'" + name + "' is not an action; write service:Action, e.g. s3:GetObject.";
    }
    if (name.contains("*") || name.contains("?")) {
      return "'" + name + "' is a pattern; use 'warden catalog actions " + name + "'.";
    }
    Suggestions suggestions = new Suggestions(catalog);
    String prefix = name.substring(0, colon);
    List<String> hints = suggestions.forAction(name, 3);
    String what = catalog.service(prefix).isPresent()
        ? "The service " + prefix + " has no action " + name.substring(colon + 1) + "."
        : "No service has the prefix " + prefix + ".";
    if (hints.isEmpty() && catalog.service(prefix).isEmpty()) {
      hints = suggestions.forService(prefix, 3);
    }
    return hints.isEmpty() ? what : what + " Did you mean " + String.join(", ", hints) + "?";
  }

  private static void printKeys(PrintWriter out, String title, List<ConditionKey> keys) {
    if (keys.isEmpty()) {
      out.println(title.replaceFirst(":$", "") + ": none.");
      return;
    }
    out.println(title);
    int nameWidth = keys.stream().mapToInt(k -> k.name().length()).max().orElse(0);
    int typeWidth = keys.stream().mapToInt(k -> k.type().awsName().length()).max().orElse(0);
    for (ConditionKey key : keys) {
      String line = String.format("  %-" + nameWidth + "s  %-" + typeWidth + "s  %s", key.name(), key.type().awsName(), key.description());
      out.println(line.stripTrailing());
    }
  }

  private static void keysArray(ArrayNode array, List<ConditionKey> keys) {
    keys.forEach(k -> array.addObject().put("key", k.name()).put("type", k.type().awsName()).put("description", k.description()));
  }

  private static void stringArray(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
