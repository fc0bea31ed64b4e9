package dev.warden.catalog;

import java.util.List;

/**
 * A resource type of a service, e.g. {@code s3/object} with ARN format
 * {@code arn:${Partition}:s3:::${BucketName}/${ObjectName}}.
 *
 * @param service the prefix of the service whose reference defines it (a service may list resource
 *     types of another service, e.g. devops-guru's {@code topic} has an SNS ARN)
 * @param name its name, in AWS's case
 * @param arn the compiled ARN format
 * @param conditionKeys keys AWS lists for the resource type
 */
public record ResourceType(String service, String name, ArnTemplate arn, List<String> conditionKeys) {
  public ResourceType {
    conditionKeys = List.copyOf(conditionKeys);
  }

  /** Whether a Resource entry of a policy (wildcards allowed) can name a resource of this type. */
  public boolean matches(String resource) {
    return arn.matches(resource);
  }

  @Override
  public String toString() {
    return service + "/" + name;
  }
}
