package dev.warden.core.model;

import java.time.Instant;

/** When, for which service and in which region an access key was last used. */
public record AccessKeyLastUsed(Instant date, String serviceName, String region) {
}
