package dev.warden.server.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

/**
 * The lifecycle the server's SDK test classes share. A subclass is a {@code @ParameterizedClass} over
 * {@link TestStore} ({@code @EnumSource(TestStore.class)} and a {@code @Parameter TestStore} field); its
 * run for a store is skipped where that store is unavailable, it finds a folder of its own in
 * {@link #folder} (resolve the store's name in it), and what its own
 * {@code @BeforeParameterizedClassInvocation} method (which runs after this class's) opens through
 * {@link #closeAfterStore} is closed, latest first, when the run for that store ends.
 */
public abstract class PerStoreSdkTest {

    @TempDir
    protected static Path folder;

    // Static like the lifecycle methods that use it; test classes run one at a time (no parallel
    // execution is configured), so one stack at a time is in use.
    private static final Deque<AutoCloseable> OPEN = new ArrayDeque<>();

    @BeforeParameterizedClassInvocation
    static void skipUnavailableStore(TestStore store) {
        store.assumeAvailable();
    }

    /** {@code resource}, to be closed when the run for the current store ends. */
    protected static <T extends AutoCloseable> T closeAfterStore(T resource) {
        OPEN.push(resource);
        return resource;
    }

    @AfterParameterizedClassInvocation
    static void closeStoreResources() throws Exception {
        Exception failure = null;
        while (!OPEN.isEmpty()) {
            try {
                OPEN.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
