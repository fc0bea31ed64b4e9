package dev.warden.core.store;

import dev.warden.core.model.ManagedPolicy;
import dev.warden.core.model.PolicyVersion;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface ManagedPolicyRepository {
    Optional<ManagedPolicy> findByArn(String arn);

    Optional<ManagedPolicy> findByName(String accountId, String policyName);

    void insert(ManagedPolicy policy);

    /** Writes {@code policy} if the stored row still has {@code policy.version()}; bumps the version. */
    void update(ManagedPolicy policy);

    /** Deletes the policy and all its versions. */
    void delete(String policyId);

    /** {@code onlyAttached}: only policies attached to at least one entity. */
    List<ManagedPolicy> list(String accountId, ListWindow window, boolean onlyAttached);

    int count(String accountId);

    /** Stored versions of all customer managed policies of the account. */
    int countVersions(String accountId);

    void insertVersion(PolicyVersion version);

    Optional<PolicyVersion> findVersion(String policyId, String versionId);

    /** Oldest first. */
    List<PolicyVersion> versions(String policyId);

    void deleteVersion(String policyId, String versionId);

    /** The versions of many policies, by policy id, each list oldest first. */
    Map<String, List<PolicyVersion>> versionsOf(Collection<String> policyIds);

    /** The default version's document of every customer managed policy of the account, by policy ARN. */
    Map<String, String> defaultDocumentsInAccount(String accountId);
}
