package dev.warden.server.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How to start Warden.
 *
 * @param home the Warden home folder (created on first start)
 * @param host the address to bind, {@code 127.0.0.1} by default
 * @param port the port to bind; 0 picks a free one (see {@link WardenApp#port()})
 * @param accountId the account to create on first start; null for a random one
 * @param clock the time source for signatures, sessions, audit and policy conditions
 */
public record WardenAppSettings(Path home, String host, int port, String accountId, Clock clock) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public WardenAppSettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    public static WardenAppSettings defaults(Path home) {
        return new WardenAppSettings(home, DEFAULT_HOST, DEFAULT_PORT, null, Clock.systemUTC());
    }

    public WardenAppSettings withPort(int newPort) {
        return new WardenAppSettings(home, host, newPort, accountId, clock);
    }

    public WardenAppSettings withHost(String newHost) {
        return new WardenAppSettings(home, newHost, port, accountId, clock);
    }

    public WardenAppSettings withAccountId(String newAccountId) {
        return new WardenAppSettings(home, host, port, newAccountId, clock);
    }

    public WardenAppSettings withClock(Clock newClock) {
        return new WardenAppSettings(home, host, port, accountId, newClock);
    }
}
