package dev.warden.server.iam;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Markers of the lists the wire layer pages itself (ListPolicies across both scopes,
 * ListEntitiesForPolicy, simulation results): the sort key of the last item returned, base64url
 * without padding. This is the form the core's markers have, so a key can be handed on to a core
 * list call to continue after it.
 */
final class ListMarker {

    private static final int MAX_MARKER_CHARS = 320;

    private ListMarker() {}

    static String encode(String sortKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
    }

    /** Null for a null marker (start of the list). */
    static String decode(String marker) {
        if (marker == null) {
            return null;
        }
        if (marker.isEmpty() || marker.length() > MAX_MARKER_CHARS) {
            throw invalid();
        }
        try {
            return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static AwsError invalid() {
        return new AwsError(AwsErrorCode.INVALID_INPUT, "Invalid Marker.");
    }
}
