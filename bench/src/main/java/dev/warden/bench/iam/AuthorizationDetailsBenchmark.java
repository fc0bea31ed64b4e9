package dev.warden.bench.iam;

import dev.warden.core.iam.AccountAuthorizationDetails;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.IamContext;
import dev.warden.core.iam.IamQuotas;
import dev.warden.core.iam.JsonPolicyDocumentCheck;
import dev.warden.core.iam.ManagedPolicyDirectory;
import dev.warden.core.id.AccountId;
import dev.warden.core.id.UniqueIdGenerator;
import dev.warden.core.secret.MasterKey;
import dev.warden.core.secret.PasswordHasher;
import dev.warden.core.secret.SecretAtRestCipher;
import dev.warden.core.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GetAccountAuthorizationDetails over an account of 500 users, 20 groups, 1,000 roles and 2,000
 * customer managed policies (issue 5's target: all pages in 2 s or less) in a SQLite store on disk:
 * one operation reads every page, following markers, at the given MaxItems, as a client paging
 * through the whole account does. The IAM core's work only; the wire layer's XML is not included.
 * Run: {@code java -jar bench/target/benchmarks.jar 'dev.warden.bench.iam.AuthorizationDetailsBenchmark'}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class AuthorizationDetailsBenchmark {
  @Param({"100", "1000"})
  int maxItems;

  private Path folder;
  private SqliteStore store;
  private Iam iam;

  @Setup(Level.Trial)
  public void buildAccount() throws IOException {
    folder = Files.createTempDirectory("warden-bench-gaad");
    store = SqliteStore.open(folder.resolve("warden.db"));
    iam = iamOver(store, "123456789012");
    iam.ensureAccount();
    LargeAccount.build(store, iam.accountId(), LargeAccount.Shape.issueTarget());
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    store.close();
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Every page; returns the number of entities so the work cannot be optimised away. */
  @Benchmark
  public int allPages() {
    return readAllPages(iam, maxItems);
  }

  static int readAllPages(Iam iam, int maxItems) {
    int entities = 0;
    String marker = null;
    do {
      AccountAuthorizationDetails page = iam.authorizationDetails().getAccountAuthorizationDetails(
          new AccountAuthorizationDetails.Query(Set.of(), marker, maxItems));
      entities += page.users().size() + page.groups().size() + page.roles().size() + page.localPolicies().size()
          + page.awsPolicies().size();
      marker = page.truncated() ? page.marker() : null;
    } while (marker != null);
    return entities;
  }

  static Iam iamOver(SqliteStore store, String accountId) {
    SecureRandom random = new SecureRandom();
    return new Iam(new IamContext(AccountId.of(accountId), store, Clock.systemUTC(), random,
        new UniqueIdGenerator(random), IamQuotas.defaults(), new JsonPolicyDocumentCheck(), ManagedPolicyDirectory.ANY,
        new SecretAtRestCipher(MasterKey.generate(random), random),
        new PasswordHasher(new PasswordHasher.Argon2Settings(64, 1, 1), random)));
  }
}
