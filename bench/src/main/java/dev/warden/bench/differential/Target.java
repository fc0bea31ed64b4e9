package dev.warden.bench.differential;

import java.util.List;

/**
 * One action with the resources it can be requested on. Every pair is real (the oracle validates
 * the action and that the resource ARN is of a type the action takes), so the generated requests
 * are ones AWS could see.
 *
 * @param action e.g. {@code s3:GetObject}
 * @param resourceTemplates ARNs with {@code {acct}} standing for the resource's account
 * @param resourceControlPolicies true when the service supports RCPs (AWS Organizations user guide,
 *     "Resource control policies": S3, STS, KMS, SQS, Secrets Manager, DynamoDB, ...)
 */
record Target(String action, List<String> resourceTemplates, boolean resourceControlPolicies) {
  Target {
    resourceTemplates = List.copyOf(resourceTemplates);
  }

  String service() {
    return action.substring(0, action.indexOf(':'));
  }

  String actionName() {
    return action.substring(action.indexOf(':') + 1);
  }

  /** S3 ARNs carry no account: the owner comes from the request's resource account. */
  boolean accountInArn() {
    return !service().equals("s3");
  }
}
