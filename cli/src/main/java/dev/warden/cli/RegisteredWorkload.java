package dev.warden.cli;

import java.util.Optional;

/** Warden's answer to a workload registration (the token is the workload's bearer secret). */
record RegisteredWorkload(String workloadId, String containerCredentialsFullUri, String authorizationToken,
    String metadataEndpoint, String roleArn, String roleName, Optional<String> service) {

  @Override
  public String toString() {
    return "RegisteredWorkload[" + workloadId + ", role=" + roleArn + ", token masked]";
  }
}
