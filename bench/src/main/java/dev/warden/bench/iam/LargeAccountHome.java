package dev.warden.bench.iam;

import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import java.nio.file.Path;

/**
 * Timed main: builds the large account of {@link AuthorizationDetailsBenchmark} in a Warden home (so
 * that {@code ./warden up --home DIR} serves it and a real client can page through it end to end),
 * then times reading all pages through the IAM core a few times.
 * Run: {@code java -cp bench/target/benchmarks.jar dev.warden.bench.iam.LargeAccountHome DIR}
 * then e.g. {@code ./warden up --home DIR} and
 * {@code time aws iam get-account-authorization-details --profile warden > /dev/null}.
 */
public final class LargeAccountHome {
  private static final int ROUNDS = 5;

  private LargeAccountHome() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: LargeAccountHome HOME_DIR (a new, empty Warden home)");
      System.exit(2);
    }
    try (WardenHome home = WardenHome.open(WardenHomeSettings.defaults(Path.of(args[0])))) {
      if (!home.isFirstStart()) {
        System.err.println("refusing to add the large account to an existing home: " + home.home());
        System.exit(2);
      }
      long start = System.nanoTime();
      LargeAccount.build(home.store(), home.accountId(), LargeAccount.Shape.issueTarget());
      System.out.printf("built account %s in %d ms%n", home.accountId(), (System.nanoTime() - start) / 1_000_000);
      for (int maxItems : new int[] {100, 1000}) {
        for (int round = 1; round <= ROUNDS; round++) {
          start = System.nanoTime();
          int entities = AuthorizationDetailsBenchmark.readAllPages(home.iam(), maxItems);
          System.out.printf("MaxItems %4d, round %d: %d entities, all pages in %d ms%n", maxItems, round, entities,
              (System.nanoTime() - start) / 1_000_000);
        }
      }
    }
  }
}
