package dev.warden.catalog;

import java.time.Instant;

/**
 * An AWS managed policy with its default version, e.g. {@code AmazonS3ReadOnlyAccess}.
 *
 * @param arn e.g. {@code arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole}
 * @param path e.g. {@code /service-role/}; {@code /} for most policies
 * @param defaultVersionId e.g. {@code v3}
 * @param createDate when AWS created the policy
 * @param updateDate when its default version was created (AWS's UpdateDate)
 * @param document the default version's policy document, minified JSON text
 */
public record ManagedPolicy(
    String name,
    String arn,
    String path,
    String defaultVersionId,
    Instant createDate,
    Instant updateDate,
    String document) {

  /** The ARN in another partition ({@code aws-cn}, {@code aws-us-gov}); the data holds {@code aws}. */
  public String arnIn(String partition) {
    return "arn:" + partition + arn.substring("arn:aws".length());
  }
}
