package dev.warden.server.iam;

/**
 * The {@code MaxItems} parameter of lists the wire layer pages itself: 1 to 1,000 (checked with the
 * other shared members by {@link SharedMemberConstraints} before any IAM action runs), default 100.
 */
final class MaxItems {

    static final int DEFAULT = 100;
    static final int LIMIT = 1_000;

    private MaxItems() {}

    static int of(IamRequest request) {
        Integer value = request.optionalInt("MaxItems");
        return value == null ? DEFAULT : value;
    }
}
