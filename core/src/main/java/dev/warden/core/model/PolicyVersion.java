package dev.warden.core.model;

import java.time.Instant;

/** One stored version (v1, v2, ...) of a managed policy; {@code defaultVersion} is filled by the store. */
public record PolicyVersion(String policyId, String versionId, String document, boolean defaultVersion, Instant createDate) {
}
