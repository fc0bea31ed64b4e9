package dev.warden.core.model;

/** A policy embedded in a user, role or group; deleted with its owner. */
public record InlinePolicy(PolicyOwner owner, String policyName, String document) {
}
