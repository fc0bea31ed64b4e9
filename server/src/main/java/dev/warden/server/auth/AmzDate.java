package dev.warden.server.auth;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The SigV4 timestamp, ISO 8601 basic format in UTC: {@code 20150830T123600Z}. */
final class AmzDate {

    private static final DateTimeFormatter BASIC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private AmzDate() {}

    static Optional<Instant> parse(String text) {
        if (text.length() != 16) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(BASIC.parse(text)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An RFC 1123 {@code Date} header, the fallback when there is no {@code X-Amz-Date}. */
    static Optional<Instant> parseHttpDate(String text) {
        try {
            return Optional.of(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String format(Instant instant) {
        return BASIC.format(instant);
    }
}
