package dev.warden.core.iam;

import java.util.Optional;

/** Resolves users and roles of this account between ARNs and unique ids, for trust policy storage. */
public interface PrincipalDirectory {
    /** The unique id of the user or role this ARN names, when it exists now. */
    Optional<String> uniqueIdOf(String arn);

    /** The current ARN of the user or role with this unique id, when it still exists. */
    Optional<String> arnOf(String uniqueId);
}
