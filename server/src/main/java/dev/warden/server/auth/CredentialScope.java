package dev.warden.server.auth;

/**
 * The scope part of a SigV4 credential, {@code 20150830/us-east-1/iam/aws4_request}.
 *
 * @param date {@code YYYYMMDD} as sent
 */
public record CredentialScope(String date, String region, String service, String terminator) {

    public static final String TERMINATOR = "aws4_request";

    /** The scope as it appears in the string to sign. */
    public String text() {
        return date + "/" + region + "/" + service + "/" + terminator;
    }
}
