package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.home.WardenHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WardenAppTest {

    @TempDir
    Path home;

    @Test
    void theCliProfileNamesThePortActuallyBoundAndARestartKeepsTheAccountAndAdministrator() throws Exception {
        String firstCredentials;
        try (WardenApp app = WardenApp.start(new WardenAppSettings(home, "127.0.0.1", 0, "111122223333",
                Clock.systemUTC()))) {
            WardenHome wardenHome = app.home();
            assertThat(app.port()).isPositive();
            assertThat(Files.readString(wardenHome.configFile()))
                    .contains("endpoint_url = http://127.0.0.1:" + app.port() + "\n");
            firstCredentials = Files.readString(wardenHome.credentialsFile());
            assertThat(firstCredentials).contains("aws_access_key_id = AKIA");
            assertThat(wardenHome.accountId()).isEqualTo("111122223333");
        }
        try (WardenApp again = WardenApp.start(new WardenAppSettings(home, "127.0.0.1", 0, null, Clock.systemUTC()))) {
            assertThat(again.home().accountId()).isEqualTo("111122223333");
            assertThat(Files.readString(again.home().credentialsFile())).isEqualTo(firstCredentials);
            assertThat(Files.readString(again.home().configFile())).contains(":" + again.port() + "\n");
        }
    }
}
