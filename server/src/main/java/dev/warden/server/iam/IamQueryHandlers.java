package dev.warden.server.iam;

import dev.warden.server.QueryHandler;
import dev.warden.server.principal.WardenPrincipal;
import java.util.Map;

/**
 * MERGE-STUB (branch server-sts): placeholder for the IAM API handlers written on branch
 * {@code server-iam}. It registers no operation. Delete this file when merging main after
 * {@code server-iam} has landed; WardenApp compiles against the real class unchanged.
 */
public final class IamQueryHandlers {

    private IamQueryHandlers() {}

    public static Map<String, QueryHandler<WardenPrincipal>> create(IamApiContext context) {
        return Map.of();
    }
}
