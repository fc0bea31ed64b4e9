package dev.warden.server.iam;

import dev.warden.catalog.Catalog;
import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.document.Statement;
import dev.warden.policy.document.ValueElement;
import java.util.Locale;

/**
 * A role trust policy may grant only STS actions: AWS refuses any other with MalformedPolicyDocument
 * "AssumeRole policy may only specify STS AssumeRole actions." (as quoted in
 * hashicorp/terraform-provider-aws#32872, where a misspelt {@code sts:TagSessions} was refused).
 *
 * <p>Refused: an entry whose service is written out and is not {@code sts}, and an {@code sts:} entry
 * without wildcards that names no STS action in the catalogue. Which STS actions AWS counts as
 * "AssumeRole actions", and how it treats wildcards and NotAction here, is not documented, so those
 * are let through rather than refusing something AWS may accept.
 */
final class TrustPolicyActions {

    static final String AWS_TEXT = "AssumeRole policy may only specify STS AssumeRole actions.";

    private TrustPolicyActions() {}

    static void require(PolicyDocument trust) {
        for (Statement statement : trust.statements()) {
            ValueElement action = statement.action();
            if (action.negated()) {
                continue;
            }
            for (int i = 0; i < action.values().size(); i++) {
                String entry = action.values().get(i);
                if (!mayBeStsAction(entry)) {
                    throw refused(entry, action.positions().get(i));
                }
            }
        }
    }

    private static boolean mayBeStsAction(String entry) {
        int colon = entry.indexOf(':');
        if (colon < 0) {
            return true; // "*" alone; anything else without a vendor the parser has refused already
        }
        String service = entry.substring(0, colon);
        String name = entry.substring(colon + 1);
        if (hasWildcard(service)) {
            return true;
        }
        if (!service.toLowerCase(Locale.ROOT).equals("sts")) {
            return false;
        }
        return hasWildcard(name) || Catalog.get().action(entry).isPresent();
    }

    private static boolean hasWildcard(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    private static IamException refused(String entry, SourcePosition at) {
        String where = at.equals(SourcePosition.UNKNOWN) ? "" : " (line " + at.line() + ", column " + at.column() + ")";
        return new IamException(IamErrorCode.MALFORMED_POLICY_DOCUMENT,
                AWS_TEXT + " \"" + entry + "\" is not an STS action." + where);
    }
}
