package dev.warden.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code warden workload --instance-profile NAME}: a long-running registration, for programs started
 * elsewhere (a notebook, an IDE): prints the shell lines that point the AWS SDKs at the workload's
 * credentials (IMDS for an instance profile, the container endpoint for a role) and keeps the
 * registration until Ctrl-C.
 */
@Command(
    name = "workload",
    mixinStandardHelpOptions = true,
    description = "Register a workload until Ctrl-C and print the export lines for it: "
        + "./warden workload --instance-profile NAME",
    sortOptions = false)
public final class WorkloadCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkloadOptions options;

  private final Map<String, String> environment;

  public WorkloadCommand() {
    this(System.getenv());
  }

  WorkloadCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<StartedWorkload> maybeStarted = StartedWorkload.start("workload", environment, options, err);
    if (maybeStarted.isEmpty()) {
      return ExecCommand.REFUSED;
    }
    StartedWorkload started = maybeStarted.get();
    RegisteredWorkload workload = started.workload();
    ChildEnvironment child = started.environment();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      started.end(err);
      stopped.countDown();
    }, "warden-workload-cleanup"));
    out.println("# Warden workload " + workload.workloadId() + ": role " + workload.roleArn()
        + workload.service().map(s -> " as " + s).orElse("") + ". Paste these lines into a shell;"
        + " the registration lasts until this command ends (Ctrl-C).");
    // The lines may be pasted into another shell: unset every credential source, not just this one's.
    TreeSet<String> unset = new TreeSet<>(ChildEnvironment.REMOVED);
    unset.addAll(child.unset());
    unset.removeAll(child.set().keySet());
    out.println("unset " + String.join(" ", unset));
    child.set().forEach((name, value) -> out.println("export " + name + "=" + quote(value)));
    out.flush();
    stopped.await();
    return 0;
  }

  private static String quote(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
