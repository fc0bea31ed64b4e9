package dev.warden.server.auth;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;

/** {@code Credential=AKID/20150830/us-east-1/iam/aws4_request}: the access key id and its scope. */
public record Credential(String accessKeyId, CredentialScope scope) {

    /** @throws AwsError {@code IncompleteSignature} unless there are exactly five non-empty parts */
    public static Credential parse(String text) {
        String[] parts = text.split("/", -1);
        boolean complete = parts.length == 5;
        for (int i = 0; complete && i < parts.length; i++) {
            complete = !parts[i].isEmpty();
        }
        if (!complete) {
            throw new AwsError(AwsErrorCode.INCOMPLETE_SIGNATURE,
                    "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '"
                            + text + "'");
        }
        return new Credential(parts[0], new CredentialScope(parts[1], parts[2], parts[3], parts[4]));
    }
}
