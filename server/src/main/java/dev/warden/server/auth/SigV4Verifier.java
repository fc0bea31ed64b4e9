package dev.warden.server.auth;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Verifies AWS Signature Version 4 (iam-semantics.md §12, wire-protocol.md §2) in the header form and
 * the presigned query form.
 *
 * <p>Order of checks, each failing with AWS's code: signature present and well-formed
 * ({@code MissingAuthenticationToken}, {@code IncompleteSignature}); credential scope
 * ({@code SignatureDoesNotMatch}); clock skew; payload hash against {@code x-amz-content-sha256};
 * access key and session token known ({@code InvalidClientTokenId}) and not expired
 * ({@code ExpiredToken}); finally the signature itself, compared in constant time.
 *
 * <p>The region of the scope is taken as the client sent it: clients sign with whatever region they
 * are configured with, {@code aws-global} included (wire-protocol.md §2.3).
 */
public final class SigV4Verifier<P> {

    private static final String MISMATCH = "The request signature we calculated does not match the signature"
            + " you provided. Check your AWS Secret Access Key and signing method. Consult the service"
            + " documentation for details.";

    private final CredentialStore<P> credentials;
    private final Clock clock;
    private final SigningKeyCache signingKeys;

    public SigV4Verifier(CredentialStore<P> credentials, Clock clock, SigningKeyCache signingKeys) {
        this.credentials = credentials;
        this.clock = clock;
        this.signingKeys = signingKeys;
    }

    /** A claim read by {@link #isSigned}, handed to the {@link #verify} that follows on the same thread. */
    private record ReadClaim(SignedRequest request, SignatureClaim claim) {}

    private static final ThreadLocal<ReadClaim> LAST_READ = new ThreadLocal<>();

    /**
     * Whether the request carries a signature at all (header or presigned form). The claim it reads
     * is kept for this thread's next {@link #verify} of the same request, which then need not parse
     * the Authorization header again.
     */
    public static boolean isSigned(SignedRequest request) {
        Optional<SignatureClaim> claim = SignatureClaimReader.read(request);
        claim.ifPresentOrElse(c -> LAST_READ.set(new ReadClaim(request, c)), LAST_READ::remove);
        return claim.isPresent();
    }

    /**
     * The signing name the request's credential scope claims ({@code sts}, {@code iam} …), unchecked;
     * empty when the request is unsigned or its signature parts cannot be read. For answering an
     * authentication failure in the claimed service's shape, never for deciding anything.
     */
    public static Optional<String> claimedService(SignedRequest request) {
        try {
            return SignatureClaimReader.read(request).map(claim -> claim.credential().scope().service());
        } catch (AwsError unreadable) {
            return Optional.empty();
        }
    }

    /** The query-string parameters that belong to presigned authentication, not to the operation. */
    public static boolean isQueryAuthParameter(String name) {
        return SignatureClaimReader.isQueryAuthParameter(name);
    }

    /**
     * @param acceptedServices signing names this endpoint serves, e.g. {@code iam} and {@code sts}
     * @throws AwsError on every failure, with AWS's code and message
     */
    public AuthenticatedCaller<P> verify(SignedRequest request, Set<String> acceptedServices) {
        return verify(request, acceptedServices, Optional::empty, false).caller();
    }

    /**
     * Like {@link #verify(SignedRequest, Set)}, and a scope naming none of {@code acceptedServices} is
     * refused with the service the request was meant for, as AWS's endpoint names its own
     * ({@code 'iam'}), when {@code intendedService} can tell it. Asked only on that failure.
     */
    public AuthenticatedCaller<P> verify(SignedRequest request, Set<String> acceptedServices,
            Supplier<Optional<String>> intendedService) {
        return verify(request, acceptedServices, intendedService, false).caller();
    }

    /**
     * S3's verification, done before the body is read: the path is canonical as sent, the payload
     * hash is whatever {@code x-amz-content-sha256} declares (a hex hash, {@code UNSIGNED-PAYLOAD} or a
     * {@code STREAMING-…} mode). The caller checks the body against it while streaming, with
     * {@link ChunkSignatures} for signed aws-chunked bodies.
     *
     * @param headersOnly the request with an empty body
     */
    public StreamingVerification<P> verifyS3(SignedRequest headersOnly, Set<String> acceptedServices) {
        return verify(headersOnly, acceptedServices, Optional::empty, true);
    }

    private StreamingVerification<P> verify(SignedRequest request, Set<String> acceptedServices,
            Supplier<Optional<String>> intendedService, boolean s3) {
        ReadClaim read = LAST_READ.get();
        LAST_READ.remove();
        Optional<SignatureClaim> alreadyRead = read != null && read.request() == request
                ? Optional.of(read.claim()) : SignatureClaimReader.read(request);
        SignatureClaim claim = alreadyRead.orElseThrow(() -> new AwsError(
                AwsErrorCode.MISSING_AUTHENTICATION_TOKEN, "Request is missing Authentication Token"));
        checkScope(claim, acceptedServices, intendedService);
        Instant now = clock.instant();
        RequestTimeWindow.check(claim, now, s3);
        String payloadHash = s3 ? declaredPayloadHash(request, claim) : payloadHash(request);

        SigningIdentity<P> identity = credentials
                .resolve(claim.credential().accessKeyId(), claim.sessionToken())
                .orElseThrow(() -> new AwsError(AwsErrorCode.INVALID_CLIENT_TOKEN_ID,
                        "The security token included in the request is invalid."));
        if (identity.expiration().isPresent() && !now.isBefore(identity.expiration().get())) {
            throw new AwsError(AwsErrorCode.EXPIRED_TOKEN, "The security token included in the request is expired");
        }

        String canonicalRequest = s3 ? CanonicalRequest.ofS3(request, claim, payloadHash)
                : CanonicalRequest.of(request, claim, payloadHash);
        String stringToSign = StringToSign.of(claim.amzDate(), claim.credential().scope(), canonicalRequest);
        byte[] signingKey = signingKeys.signingKey(identity.secretKey(), claim.credential().scope());
        byte[] expected = HexFormat.of()
                .formatHex(HmacSha256.mac(signingKey, stringToSign.getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.US_ASCII);
        byte[] provided = claim.signature().getBytes(StandardCharsets.UTF_8);
        if (s3 && !MessageDigest.isEqual(expected, provided)) {
            // Some clients sign the key's canonical encoding but send another (Java sends "a//b" as
            // "a/%2Fb"), as S3 accepts: try the decoded path encoded once more, S3's way.
            String normalised = CanonicalRequest.ofS3Normalised(request, claim, payloadHash);
            if (!normalised.equals(canonicalRequest)) {
                String normalisedToSign = StringToSign.of(claim.amzDate(), claim.credential().scope(), normalised);
                byte[] alternative = HexFormat.of()
                        .formatHex(HmacSha256.mac(signingKey, normalisedToSign.getBytes(StandardCharsets.UTF_8)))
                        .getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(alternative, provided)) {
                    expected = alternative;
                }
            }
        }
        if (!MessageDigest.isEqual(expected, provided)) {
            throw new AwsError(AwsErrorCode.SIGNATURE_DOES_NOT_MATCH, MISMATCH
                    + "\n\nThe Canonical String for this request should have been\n'" + canonicalRequest + "'\n\n"
                    + "The String-to-Sign should have been\n'" + stringToSign + "'\n");
        }
        AuthenticatedCaller<P> caller = new AuthenticatedCaller<>(
                identity.caller(),
                claim.credential().accessKeyId(),
                claim.credential().scope(),
                claim.location(),
                claim.sessionToken().isPresent(),
                identity.expiration(),
                identity.principal());
        return new StreamingVerification<>(caller, payloadHash,
                new ChunkSignatures(signingKey, claim.amzDate(), claim.credential().scope(), claim.signature()));
    }

    /**
     * S3 requires {@code x-amz-content-sha256} with header signatures; presigned URLs imply
     * {@code UNSIGNED-PAYLOAD}.
     */
    private static String declaredPayloadHash(SignedRequest request, SignatureClaim claim) {
        Optional<String> declared = request.header("x-amz-content-sha256").map(String::strip);
        if (declared.isPresent()) {
            return declared.get();
        }
        if (claim.location() == AuthLocation.QUERY_STRING) {
            return StreamingVerification.UNSIGNED_PAYLOAD;
        }
        throw new AwsError(AwsErrorCode.INVALID_REQUEST,
                "Missing required header for this request: x-amz-content-sha256");
    }

    /**
     * Names every fault of the scope in one message, in AWS's order: region, service, terminator,
     * date; each sentence but the date's ends in a space, as AWS appends them.
     */
    private static void checkScope(SignatureClaim claim, Set<String> acceptedServices,
            Supplier<Optional<String>> intendedService) {
        CredentialScope scope = claim.credential().scope();
        StringBuilder faults = new StringBuilder();
        if (!isRegionName(scope.region())) {
            faults.append("Credential should be scoped to a valid region, not '").append(scope.region()).append("'. ");
        }
        if (!acceptedServices.contains(scope.service())) {
            String expected = intendedService.get().filter(acceptedServices::contains).map(s -> "'" + s + "'")
                    .orElseGet(() -> acceptedServices.stream().sorted().map(s -> "'" + s + "'")
                            .collect(Collectors.joining(" or ")));
            faults.append("Credential should be scoped to correct service: ").append(expected).append(". ");
        }
        if (!scope.terminator().equals(CredentialScope.TERMINATOR)) {
            faults.append("Credential should be scoped with a valid terminator: 'aws4_request', not '")
                    .append(scope.terminator()).append("'. ");
        }
        String requestDate = claim.amzDate().substring(0, 8);
        if (!scope.date().equals(requestDate)) {
            faults.append("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '")
                    .append(scope.date()).append("' != '").append(requestDate).append("', from '")
                    .append(claim.amzDate()).append("'.");
        }
        if (faults.length() > 0) {
            throw new AwsError(AwsErrorCode.SIGNATURE_DOES_NOT_MATCH, faults.toString());
        }
    }

    /** {@code [a-z0-9][a-z0-9-]{0,62}}, checked without a regular expression on every signed request. */
    static boolean isRegionName(String region) {
        if (region.isEmpty() || region.length() > 63 || region.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < region.length(); i++) {
            char c = region.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The hex SHA-256 of the body, read once. A client that sends {@code x-amz-content-sha256} (Java,
     * JS) must send exactly that hash: IAM and STS have no unsigned or streaming payloads.
     */
    private static String payloadHash(SignedRequest request) {
        String actual = Sha256.hex(request.body());
        Optional<String> declared = request.header("x-amz-content-sha256");
        if (declared.isEmpty()) {
            return actual;
        }
        String sent = declared.get().strip();
        if (!sent.toLowerCase(Locale.ROOT).equals(actual)) {
            throw new AwsError(AwsErrorCode.SIGNATURE_DOES_NOT_MATCH,
                    "The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
        return sent; // as the client put it into its canonical request
    }
}
