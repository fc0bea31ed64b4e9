package dev.warden.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
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
    CallerSettings caller;
    RegisteredWorkload workload;
    WorkloadClient client;
    try {
      caller = CallerSettings.resolve(environment);
      client = new WorkloadClient(caller, Clock.systemUTC());
      workload = client.register(options.roleOrProfile(), options.viaInstanceMetadata(),
          options.sessionName("warden-workload"), options.service(), options.durationSeconds(), options.imdsV1);
    } catch (IllegalStateException | IOException e) {
      err.println("warden workload: " + e.getMessage());
      err.flush();
      return ExecCommand.REFUSED;
    } catch (WorkloadClient.RegistrationFailed e) {
      err.println("warden workload: " + e.getMessage());
      err.flush();
      return ExecCommand.REFUSED;
    }
    ChildEnvironment child;
    try {
      child = ChildEnvironment.create(environment, caller, workload, options.viaInstanceMetadata());
    } catch (IOException e) {
      ExecCommand.deregisterQuietly(client, workload, err);
      err.println("warden workload: cannot write the workload's key-free AWS config: " + e.getMessage());
      err.flush();
      return ExecCommand.REFUSED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      ExecCommand.deregisterQuietly(client, workload, err);
      child.close();
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
