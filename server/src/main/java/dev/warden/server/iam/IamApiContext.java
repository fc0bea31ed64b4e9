package dev.warden.server.iam;

import dev.warden.catalog.Catalog;
import dev.warden.core.iam.Iam;
import java.time.Clock;

/**
 * MERGE-STUB (branch server-sts): the signature branch {@code server-iam} publishes. Delete this
 * file when merging main after {@code server-iam} has landed.
 */
public record IamApiContext(Iam iam, String accountId, Clock clock, Catalog catalog) {}
