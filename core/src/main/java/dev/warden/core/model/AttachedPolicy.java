package dev.warden.core.model;

/** A managed policy attached to an entity, as ListAttached*Policies shows it. */
public record AttachedPolicy(String policyArn, String policyName) {
    /** The name is the ARN's last path segment, for customer and AWS managed policies alike. */
    public static AttachedPolicy ofArn(String arn) {
        return new AttachedPolicy(arn, arn.substring(arn.lastIndexOf('/') + 1));
    }
}
