package dev.warden.server.xml;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The timestamp form of IAM/STS responses: ISO 8601, UTC, always with milliseconds. */
public final class AwsTimestamp {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AwsTimestamp() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
