package dev.warden.server.iam;

import dev.warden.catalog.Catalog;
import dev.warden.core.iam.Iam;
import java.time.Clock;
import java.util.Objects;

/**
 * What the IAM Query handlers need: the IAM core of the account they serve, the account id, the
 * clock (simulations evaluate time keys against it) and the AWS service catalogue.
 */
public record IamApiContext(Iam iam, String accountId, Clock clock, Catalog catalog) {

    public IamApiContext {
        Objects.requireNonNull(iam, "iam");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(catalog, "catalog");
    }
}
