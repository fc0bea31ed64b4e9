package dev.warden.insight.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that ask about {@link SmallAccount}: each test gets a fresh one in a folder of its own, opened
 * before the subclass's own {@code @BeforeEach} methods and closed after its {@code @AfterEach} ones.
 */
public abstract class SmallAccountTest {

    protected static final String ARN = SmallAccount.ARN;

    @TempDir
    Path smallAccountFolder;

    protected SmallAccount account;

    @BeforeEach
    void openSmallAccount() {
        account = new SmallAccount(smallAccountFolder);
    }

    @AfterEach
    void closeSmallAccount() {
        account.close();
    }
}
