package dev.warden.server.app;

import dev.warden.core.home.StoreLocation;
import dev.warden.core.secret.MasterKey;
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
 * @param store where the IAM data lives: the home's SQLite file, or a PostgreSQL database that
 *     several Warden nodes may share
 * @param operatorMasterKey the master key given by the operator ({@code WARDEN_MASTER_KEY}); null to
 *     use or create the home's {@code master.key}. Nodes sharing a database must use the same key.
 * @param publicUrl where verifiers reach this Warden ({@code http(s)://host[:port][/path]}), the base of
 *     outbound web identity federation's issuer URLs; null to use the bound address. Nodes sharing a
 *     database should set the same one, so that every node issues tokens under one issuer.
 */
public record WardenAppSettings(Path home, String host, int port, String accountId, Clock clock, StoreLocation store,
        MasterKey operatorMasterKey, String publicUrl) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public WardenAppSettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(store, "store");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (publicUrl != null && !publicUrl.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new IllegalArgumentException("public URL must be http(s)://host[:port][/path]: " + publicUrl);
        }
    }

    /** Settings whose issuer URLs use the bound address. */
    public WardenAppSettings(Path home, String host, int port, String accountId, Clock clock, StoreLocation store,
            MasterKey operatorMasterKey) {
        this(home, host, port, accountId, clock, store, operatorMasterKey, null);
    }

    /** Settings with the home's SQLite database and master key file. */
    public WardenAppSettings(Path home, String host, int port, String accountId, Clock clock) {
        this(home, host, port, accountId, clock, StoreLocation.homeSqlite(), null);
    }

    public static WardenAppSettings defaults(Path home) {
        return new WardenAppSettings(home, DEFAULT_HOST, DEFAULT_PORT, null, Clock.systemUTC());
    }

    public WardenAppSettings withPort(int newPort) {
        return new WardenAppSettings(home, host, newPort, accountId, clock, store, operatorMasterKey, publicUrl);
    }

    public WardenAppSettings withHost(String newHost) {
        return new WardenAppSettings(home, newHost, port, accountId, clock, store, operatorMasterKey, publicUrl);
    }

    public WardenAppSettings withAccountId(String newAccountId) {
        return new WardenAppSettings(home, host, port, newAccountId, clock, store, operatorMasterKey, publicUrl);
    }

    public WardenAppSettings withClock(Clock newClock) {
        return new WardenAppSettings(home, host, port, accountId, newClock, store, operatorMasterKey, publicUrl);
    }

    public WardenAppSettings withStore(StoreLocation newStore) {
        return new WardenAppSettings(home, host, port, accountId, clock, newStore, operatorMasterKey, publicUrl);
    }

    public WardenAppSettings withOperatorMasterKey(MasterKey key) {
        return new WardenAppSettings(home, host, port, accountId, clock, store, key, publicUrl);
    }

    public WardenAppSettings withPublicUrl(String url) {
        return new WardenAppSettings(home, host, port, accountId, clock, store, operatorMasterKey, url);
    }
}
