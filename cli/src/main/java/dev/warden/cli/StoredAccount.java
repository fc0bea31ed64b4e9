package dev.warden.cli;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.ManagedPolicyDirectory;
import dev.warden.server.iam.CatalogManagedPolicies;
import dev.warden.server.iam.EnginePolicyDocumentCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Opens the Warden home a command's {@code --home} names (else $WARDEN_HOME, else ./.warden), as the server does. */
final class StoredAccount {

    private StoredAccount() {}

    /** @throws IllegalArgumentException when there is no home there */
    static WardenHome open(String home, Map<String, String> environment) {
        Path directory = WardenHomeSettings.resolveHome(home, environment).toAbsolutePath();
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("no Warden home at " + directory + " (run ./warden up first, or pass --home)");
        }
        // The server's checks, so a policy written here (policy generate --apply) is held to the same rules.
        // The managed-policy catalogue is read only if a write asks about an AWS managed ARN: a read-only
        // command (who-can, audit) would otherwise pay for reading all of it at every start.
        ManagedPolicyDirectory awsManaged = arn -> new CatalogManagedPolicies(ManagedPolicies.get()).exists(arn);
        return WardenHome.open(WardenHomeSettings.fromEnvironment(directory.toString(), environment)
                .withPolicyCheck(new EnginePolicyDocumentCheck(), awsManaged));
    }
}
