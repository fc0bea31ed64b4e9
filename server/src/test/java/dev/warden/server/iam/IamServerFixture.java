package dev.warden.server.iam;

import dev.warden.catalog.Catalog;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.IamQuotas;
import dev.warden.core.secret.PasswordHasher;
import dev.warden.server.WardenServer;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryService;
import dev.warden.server.testing.TestDatabase;
import dev.warden.server.testing.TestStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * A real Warden for integration tests: a {@link WardenHome} in a temporary folder (SQLite, or a fresh
 * PostgreSQL schema for {@link TestStore#POSTGRES}), with the
 * engine's policy check and the catalogue's managed policies, served by a {@link WardenServer} on a
 * free port with the IAM handlers; clients sign with the administrator key the home wrote.
 */
final class IamServerFixture implements AutoCloseable {

    static final String ACCOUNT = "123456789012";

    private final TestDatabase database;
    private final WardenHome home;
    private final WardenServer<WardenPrincipal> server;
    private final AwsBasicCredentials admin;

    IamServerFixture(Path folder) {
        this(folder, TestStore.SQLITE);
    }

    IamServerFixture(Path folder, TestStore store) {
        this.database = store.create();
        WardenHomeSettings settings = WardenHomeSettings.defaults(folder.resolve("home"))
                .withStore(database.location())
                .withAccountId(ACCOUNT)
                .withArgon2(new PasswordHasher.Argon2Settings(64, 1, 1))
                .withPolicyCheck(new EnginePolicyDocumentCheck(IamQuotas.defaults()), new CatalogManagedPolicies());
        this.home = WardenHome.open(settings);
        this.admin = readCredentials(home.credentialsFile());
        IamApiContext context = new IamApiContext(home.iam(), home.accountId(), Clock.systemUTC(), Catalog.get(),
                home.audit());
        java.util.concurrent.atomic.AtomicInteger port = new java.util.concurrent.atomic.AtomicInteger();
        dev.warden.server.oidc.OutboundIssuer issuer =
                new dev.warden.server.oidc.OutboundIssuer(() -> "http://127.0.0.1:" + port.get());
        this.server = WardenServer.builder(new HomeCredentialStore(home.iam()))
                .port(0)
                .handlers(java.util.Map.of(QueryService.IAM.signingName(), IamQueryHandlers.create(context, issuer)))
                .build()
                .start();
        port.set(server.port());
    }

    WardenHome home() {
        return home;
    }

    int port() {
        return server.port();
    }

    AwsBasicCredentials adminCredentials() {
        return admin;
    }

    IamClient client() {
        return client(admin);
    }

    IamClient client(AwsBasicCredentials credentials) {
        return IamClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .build();
    }

    private static AwsBasicCredentials readCredentials(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return AwsBasicCredentials.create(value(lines, "aws_access_key_id"), value(lines, "aws_secret_access_key"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(List<String> lines, String key) {
        return lines.stream()
                .filter(line -> line.startsWith(key))
                .map(line -> line.substring(line.indexOf('=') + 1).strip())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(key + " missing from the credentials file"));
    }

    @Override
    public void close() {
        try {
            server.close();
            home.close();
        } finally {
            database.close();
        }
    }
}
