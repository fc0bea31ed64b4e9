package dev.warden.cli;

import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Opens the Warden home a command's {@code --home} names (else $WARDEN_HOME, else ./.warden). */
final class StoredAccount {

    private StoredAccount() {}

    /** @throws IllegalArgumentException when there is no home there */
    static WardenHome open(String home, Map<String, String> environment) {
        Path directory = WardenHomeSettings.resolveHome(home, environment).toAbsolutePath();
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("no Warden home at " + directory + " (run ./warden up first, or pass --home)");
        }
        return WardenHome.open(WardenHomeSettings.fromEnvironment(directory.toString(), environment));
    }
}
