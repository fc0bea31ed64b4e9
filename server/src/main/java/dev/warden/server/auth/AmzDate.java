package dev.warden.server.auth;

import java.time.Instant;
import java.time.LocalDateTime;
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
        Instant plain = plainTimestamp(text);
        if (plain != null) {
            return Optional.of(plain);
        }
        try {
            return Optional.of(Instant.from(BASIC.parse(text)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Every signed request carries one of these, and the formatter's general parser cost several
     * percent of a request's CPU (JFR). The usual shape, ASCII digits with a day of month up to 28
     * (valid in every month), is read directly; anything else (days 29-31, out-of-range fields) is
     * left to the formatter, so the accepted set and the results stay exactly the formatter's.
     */
    private static Instant plainTimestamp(String text) {
        if (text.charAt(8) != 'T' || text.charAt(15) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 4, 6);
        int day = digits(text, 6, 8);
        int hour = digits(text, 9, 11);
        int minute = digits(text, 11, 13);
        int second = digits(text, 13, 15);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
    }

    /** The ASCII decimal number in {@code [from, to)}, or -1 when any character is not 0-9. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
