package dev.warden.cli;

import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** What {@code exec} and {@code workload} register: a role or an instance profile, and how it is used. */
public final class WorkloadOptions {

  /** Exactly one of {@code --role} and {@code --instance-profile}. */
  public static final class Target {
    @Option(names = "--role", paramLabel = "ROLE", description = "Role name or ARN.")
    String role;

    @Option(names = "--instance-profile", paramLabel = "NAME",
        description = "Instance profile name: its role, passed to ec2.amazonaws.com, served through IMDS.")
    String instanceProfile;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(names = "--as-service", paramLabel = "SVC",
      description = "Run as this service (ec2, ecs-tasks, elasticmapreduce, lambda, glue, states, … or "
          + "lambda.amazonaws.com): the service assumes the role, its trust policy must allow that service, "
          + "and you need iam:PassRole with iam:PassedToService.")
  String service;

  @Option(names = "--session-name", paramLabel = "NAME",
      description = "Role session name (default: warden-exec-PID or warden-workload-PID).")
  String sessionName;

  @Option(names = "--duration", paramLabel = "SECONDS",
      description = "Lifetime of each role session (900 to the role's MaxSessionDuration; default 3600); "
          + "sessions are renewed before they expire for as long as the workload runs.")
  Integer durationSeconds;

  @Option(names = "--imds-v1", description = "Let IMDS answer without an IMDSv2 token (default: IMDSv2 only).")
  boolean imdsV1;

  boolean viaInstanceMetadata() {
    return target.instanceProfile != null;
  }

  String roleOrProfile() {
    return viaInstanceMetadata() ? target.instanceProfile : target.role;
  }

  String sessionName(String fallbackPrefix) {
    return sessionName != null ? sessionName : fallbackPrefix + "-" + ProcessHandle.current().pid();
  }

  Optional<String> service() {
    return Optional.ofNullable(service);
  }

  Optional<Integer> durationSeconds() {
    return Optional.ofNullable(durationSeconds);
  }
}
