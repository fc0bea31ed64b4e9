package dev.warden.server.auth;

import java.nio.charset.StandardCharsets;

/** {@code AWS4-HMAC-SHA256\n<amz-date>\n<scope>\n<hex sha256(canonical request)>} (§12.2). */
final class StringToSign {

    private StringToSign() {}

    static String of(String amzDate, CredentialScope scope, String canonicalRequest) {
        return SignatureClaim.ALGORITHM + '\n' + amzDate + '\n' + scope.text() + '\n'
                + Sha256.hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }
}
