package dev.warden.core.iam;

/**
 * Knows which AWS managed policy ARNs ({@code arn:aws:iam::aws:policy/...}) exist. The catalog module
 * provides the real list; {@link #ANY} accepts every well-formed ARN until it is wired in.
 */
@FunctionalInterface
public interface ManagedPolicyDirectory {
    ManagedPolicyDirectory ANY = arn -> true;

    boolean exists(String awsManagedPolicyArn);
}
