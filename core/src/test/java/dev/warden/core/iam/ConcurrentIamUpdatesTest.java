package dev.warden.core.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.model.Tag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IAM actions racing on the same entity through the real SQLite store never lose an update or break a quota. */
class ConcurrentIamUpdatesTest {
    @TempDir
    Path dir;

    private IamFixture fx;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private static void race(int threads, int perThread, TaskFactory task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    task.run(thread, i);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    @FunctionalInterface
    interface TaskFactory {
        void run(int thread, int iteration) throws Exception;
    }

    @Test
    void concurrentTaggingKeepsEveryTag() throws Exception {
        race(6, 8, (t, i) -> fx.iam.users().tagUser(new UserRequests.TagUser("alice", List.of(new Tag("t" + t + "i" + i, "v")))));
        assertThat(fx.iam.users().getUser("alice").tags()).hasSize(48);
    }

    @Test
    void concurrentKeyCreationNeverExceedsTheQuota() throws Exception {
        AtomicInteger refused = new AtomicInteger();
        race(6, 2, (t, i) -> {
            try {
                fx.iam.accessKeys().createAccessKey("alice");
            } catch (IamException e) {
                assertThat(e.code()).isEqualTo(IamErrorCode.LIMIT_EXCEEDED);
                refused.incrementAndGet();
            }
        });
        assertThat(fx.iam.accessKeys().listAccessKeys("alice", ListOptions.all()).items()).hasSize(2);
        assertThat(refused.get()).isEqualTo(10);
    }

    @Test
    void concurrentPolicyVersionsGetDistinctNumbers() throws Exception {
        var p = fx.iam.policies().createPolicy(PolicyRequests.CreatePolicy.of("p", IamFixture.allowAll()));
        AtomicInteger refused = new AtomicInteger();
        race(4, 2, (t, i) -> {
            try {
                fx.iam.policies().createPolicyVersion(new PolicyRequests.CreatePolicyVersion(p.arn(), IamFixture.allowAll(), true));
            } catch (IamException e) {
                refused.incrementAndGet();
            }
        });
        var versions = fx.iam.policies().listPolicyVersions(p.arn(), ListOptions.all()).items();
        assertThat(versions).hasSize(5);
        assertThat(versions).extracting(v -> v.versionId()).doesNotHaveDuplicates();
        assertThat(refused.get()).isEqualTo(4);
    }
}
