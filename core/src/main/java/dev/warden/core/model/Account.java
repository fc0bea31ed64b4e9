package dev.warden.core.model;

import java.time.Instant;

/** The AWS account a Warden installation serves. */
public record Account(String accountId, Instant createDate) {
}
