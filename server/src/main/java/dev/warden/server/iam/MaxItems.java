package dev.warden.server.iam;

import dev.warden.server.query.ValidationErrors;

/** The {@code MaxItems} parameter of lists the wire layer pages itself: 1 to 1,000, default 100. */
final class MaxItems {

    static final int DEFAULT = 100;
    static final int LIMIT = 1_000;

    private MaxItems() {}

    static int of(IamRequest request) {
        Integer value = request.optionalInt("MaxItems");
        if (value == null) {
            return DEFAULT;
        }
        new ValidationErrors().range(request.params().memberPath("MaxItems"), value, 1, LIMIT).throwIfAny();
        return value;
    }
}
