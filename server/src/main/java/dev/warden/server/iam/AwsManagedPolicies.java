package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.catalog.ManagedPolicy;
import dev.warden.core.error.IamException;
import dev.warden.core.iam.Iam;
import dev.warden.core.model.Arns;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The AWS managed policies ({@code arn:aws:iam::aws:policy/...}) as IAM actions show them: the
 * catalogue's documents with this account's usage counts.
 */
final class AwsManagedPolicies {

    private static final String ID_PREFIX = "ANPA";
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final ManagedPolicies catalog;
    private final Iam iam;

    AwsManagedPolicies(ManagedPolicies catalog, Iam iam) {
        this.catalog = catalog;
        this.iam = iam;
    }

    static boolean isAwsManagedArn(String arn) {
        return arn != null && arn.startsWith(Arns.AWS_MANAGED_POLICY_PREFIX);
    }

    /** The policy with exactly this ARN (the catalogue's lookup also accepts names and other cases). */
    Optional<ManagedPolicy> find(String arn) {
        return catalog.find(arn).filter(p -> p.arn().equals(arn));
    }

    /** @throws IamException NoSuchEntity, worded as for customer managed policies */
    ManagedPolicy require(String arn) {
        return find(arn).orElseThrow(() -> IamException.noSuchEntity("Policy " + arn + " was not found."));
    }

    /**
     * Attach and boundary calls: an AWS managed ARN must name a policy of the catalogue, whatever
     * directory the core was opened with. {@code what} starts the message as the core words it
     * ({@code Policy} for attachments, {@code Scope ARN:} for permissions boundaries).
     */
    void requireKnownIfAwsManaged(String arn, String what) {
        if (isAwsManagedArn(arn) && find(arn).isEmpty()) {
            throw IamException.noSuchEntity(what + " " + arn + " does not exist or is not attachable.");
        }
    }

    /** All of them, sorted by name. */
    List<ManagedPolicy> all() {
        return catalog.all();
    }

    PolicyView view(ManagedPolicy policy) {
        int[] usage = usage(policy.arn());
        return view(policy, usage[0], usage[1]);
    }

    static PolicyView view(ManagedPolicy policy, int attachments, int boundaryUses) {
        return new PolicyView(policy.name(), policyId(policy.arn()), policy.arn(), policy.path(),
                policy.defaultVersionId(), attachments, boundaryUses, null, policy.createDate(),
                policy.updateDate(), List.of(), true);
    }

    /** {attachment count, permissions boundary use count} of a policy ARN in this account. */
    int[] usage(String arn) {
        return iam.context().store().read(tx -> new int[] {
            tx.attachments().countFor(arn),
            tx.users().countWithBoundary(arn) + tx.roles().countWithBoundary(arn)});
    }

    /**
     * The catalogue carries no policy ids; Warden derives a stable one from the ARN in AWS's form
     * (ANPA + 17 base32 characters), so that every listing shows the same id for the same policy.
     */
    static String policyId(String arn) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(arn.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
        StringBuilder id = new StringBuilder(ID_PREFIX);
        for (int i = 0; i < 17; i++) {
            id.append(BASE32[(digest[i] & 0xFF) % 32]);
        }
        return id.toString();
    }
}
