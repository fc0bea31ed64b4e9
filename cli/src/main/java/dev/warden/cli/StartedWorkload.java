package dev.warden.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * A workload registered with Warden together with the key-free environment that points the AWS SDKs
 * at it: what {@code warden exec} and {@code warden workload} both start before doing their own part.
 */
record StartedWorkload(WorkloadClient client, RegisteredWorkload workload, ChildEnvironment environment) {

  /**
   * Registers the workload chosen by {@code options} and writes its environment. On failure, says why on
   * {@code err} (prefixed with {@code warden COMMAND:}), ends any registration already made, and
   * returns empty; the caller then exits with {@link ExecCommand#REFUSED}.
   */
  static Optional<StartedWorkload> start(
      String commandName, Map<String, String> callerEnvironment, WorkloadOptions options, PrintWriter err) {
    CallerSettings caller;
    WorkloadClient client;
    RegisteredWorkload workload;
    try {
      caller = CallerSettings.resolve(callerEnvironment);
      client = new WorkloadClient(caller, Clock.systemUTC());
      workload = client.register(options.roleOrProfile(), options.viaInstanceMetadata(),
          options.sessionName("warden-" + commandName), options.service(), options.durationSeconds(),
          options.imdsV1);
    } catch (IllegalStateException | IOException | WorkloadClient.RegistrationFailed e) {
      refuse(commandName, e.getMessage(), err);
      return Optional.empty();
    }
    StartedWorkload started;
    try {
      started = new StartedWorkload(client, workload,
          ChildEnvironment.create(callerEnvironment, caller, workload, options.viaInstanceMetadata()));
    } catch (IOException e) {
      deregisterQuietly(client, workload, err);
      refuse(commandName, "cannot write the workload's key-free AWS config: " + e.getMessage(), err);
      return Optional.empty();
    }
    return Optional.of(started);
  }

  /** Ends the registration; a failure is only reported, since the registration expires by itself. */
  void deregisterQuietly(PrintWriter err) {
    deregisterQuietly(client, workload, err);
  }

  private static void deregisterQuietly(WorkloadClient client, RegisteredWorkload workload, PrintWriter err) {
    try {
      client.deregister(workload.workloadId());
    } catch (WorkloadClient.RegistrationFailed e) {
      err.println("warden: could not end workload " + workload.workloadId() + " (it expires by itself): "
          + e.getMessage());
      err.flush();
    }
  }

  /** Deregisters and removes the environment's files. */
  void end(PrintWriter err) {
    deregisterQuietly(err);
    environment.close();
  }

  private static void refuse(String commandName, String reason, PrintWriter err) {
    err.println("warden " + commandName + ": " + reason);
    err.flush();
  }
}
