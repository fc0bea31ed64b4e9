package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.Arns;
import dev.warden.core.store.StoreTransaction;
import java.util.regex.Pattern;

/**
 * Checks a managed policy ARN given to an attach or boundary call: well formed, and either an AWS
 * managed policy known to the directory or a customer managed policy of this account that exists.
 */
final class PolicyArns {
    private static final Pattern POLICY_ARN = Pattern.compile("arn:aws:iam::(aws|[0-9]{12}):policy/(.*/)?[\\w+=,.@-]+");

    private PolicyArns() {
    }

    static boolean isAwsManaged(String arn) {
        return arn.startsWith(Arns.AWS_MANAGED_POLICY_PREFIX);
    }

    /** Validates and returns the ARN; {@code what} starts the NoSuchEntity message ("Policy" or "Scope ARN:"). */
    static String requireAttachable(StoreTransaction tx, IamContext ctx, String arn, String what) {
        IamInputRules.policyArn(arn);
        if (!POLICY_ARN.matcher(arn).matches()) {
            throw IamException.invalidInput("ARN " + arn + " is not valid.");
        }
        boolean exists = isAwsManaged(arn)
                ? ctx.awsManagedPolicies().exists(arn)
                : tx.policies().findByArn(arn).filter(p -> p.accountId().equals(ctx.accountId())).isPresent();
        if (!exists) {
            throw IamException.noSuchEntity(what + " " + arn + " does not exist or is not attachable.");
        }
        return arn;
    }
}
