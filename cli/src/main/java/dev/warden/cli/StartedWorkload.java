package dev.warden.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * A workload registered with Warden together with the key-free environment that points the AWS SDKs
 * at it: what {@code warden exec} and {@code warden workload} both start before doing their own part.
 * An instance-profile workload also gets its {@link ImdsRelay}, which the environment names.
 */
record StartedWorkload(WorkloadClient client, RegisteredWorkload workload, ChildEnvironment environment,
    Optional<ImdsRelay> relay) {

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
    Optional<ImdsRelay> relay = Optional.empty();
    RegisteredWorkload seenByChild = workload;
    try {
      if (options.viaInstanceMetadata()) {
        relay = Optional.of(ImdsRelay.start(URI.create(workload.metadataEndpoint())));
        seenByChild = new RegisteredWorkload(workload.workloadId(), workload.containerCredentialsFullUri(),
            workload.authorizationToken(), relay.get().endpoint().toString(), workload.roleArn(),
            workload.roleName(), workload.service());
      }
    } catch (IOException | IllegalArgumentException e) {
      deregisterQuietly(client, workload, err);
      refuse(commandName, "cannot start the workload's instance metadata service: " + e.getMessage(), err);
      return Optional.empty();
    }
    StartedWorkload started;
    try {
      started = new StartedWorkload(client, workload,
          ChildEnvironment.create(callerEnvironment, caller, seenByChild, options.viaInstanceMetadata()), relay);
    } catch (IOException e) {
      relay.ifPresent(ImdsRelay::close);
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

  /** Deregisters, stops the IMDS relay and removes the environment's files. */
  void end(PrintWriter err) {
    deregisterQuietly(err);
    relay.ifPresent(ImdsRelay::close);
    environment.close();
  }

  private static void refuse(String commandName, String reason, PrintWriter err) {
    err.println("warden " + commandName + ": " + reason);
    err.flush();
  }
}
