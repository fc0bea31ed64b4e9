package dev.warden.server.iam;

import dev.warden.catalog.Catalog;
import dev.warden.core.audit.AuditLog;
import dev.warden.core.iam.Iam;
import java.time.Clock;
import java.util.Objects;

/**
 * What the IAM Query handlers need: the IAM core of the account they serve, the account id, the
 * clock (simulations evaluate time keys against it), the AWS service catalogue and the audit log
 * (the service last accessed report is read from it).
 */
public record IamApiContext(Iam iam, String accountId, Clock clock, Catalog catalog, AuditLog audit) {

    public IamApiContext {
        Objects.requireNonNull(iam, "iam");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(audit, "audit");
    }
}
