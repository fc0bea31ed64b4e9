package dev.warden.bench.catalog;

import dev.warden.catalog.Action;
import dev.warden.catalog.Catalog;
import dev.warden.catalog.ConditionKey;
import dev.warden.catalog.ResourceType;
import dev.warden.catalog.lint.CatalogValidator;
import dev.warden.catalog.lint.Finding;
import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.document.PolicyVersion;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.document.Statement;
import dev.warden.policy.document.ValueElement;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Point lookups on the loaded catalogue and catalogue-aware validation of a typical policy.
 * Run: {@code java -jar bench/target/benchmarks.jar 'dev.warden.bench.catalog.CatalogLookupBenchmark'}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class CatalogLookupBenchmark {
  private Catalog catalog;
  private CatalogValidator validator;
  private PolicyDocument policy;

  @Setup
  public void load() {
    catalog = Catalog.get();
    validator = new CatalogValidator(catalog);
    policy = typicalPolicy();
  }

  @Benchmark
  public Optional<Action> action() {
    return catalog.action("s3:GetObject");
  }

  @Benchmark
  public Optional<ResourceType> resourceTypeOfArn() {
    return catalog.resourceTypeOf("arn:aws:s3:::my-bucket/photos/2024/cat.jpg");
  }

  @Benchmark
  public Optional<ConditionKey> templatedConditionKey() {
    return catalog.conditionKey("s3:ExistingObjectTag/classification");
  }

  @Benchmark
  public List<Finding> validateTypicalPolicy() {
    return validator.check(policy, PolicyKind.IDENTITY_MANAGED);
  }

  /** Three statements: object access with a condition, bucket listing, and a PassRole grant. */
  private static PolicyDocument typicalPolicy() {
    return new PolicyDocument(PolicyVersion.V2012_10_17, Optional.empty(), List.of(
        statement(0, List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject"), List.of("arn:aws:s3:::app-data/*"),
            List.of(new ConditionEntry("Bool", "aws:SecureTransport", List.of("true"), SourcePosition.UNKNOWN))),
        statement(1, List.of("s3:ListBucket", "s3:GetBucketLocation"), List.of("arn:aws:s3:::app-data"),
            List.of(new ConditionEntry("StringLike", "s3:prefix", List.of("reports/*"), SourcePosition.UNKNOWN))),
        statement(2, List.of("iam:PassRole"), List.of("arn:aws:iam::123456789012:role/app-*"),
            List.of(new ConditionEntry("StringEquals", "iam:PassedToService", List.of("lambda.amazonaws.com"), SourcePosition.UNKNOWN)))),
        "");
  }

  private static Statement statement(int index, List<String> actions, List<String> resources, List<ConditionEntry> conditions) {
    return new Statement(index, Optional.empty(), Effect.ALLOW, Optional.empty(),
        new ValueElement(false, actions, Collections.nCopies(actions.size(), SourcePosition.UNKNOWN)),
        Optional.of(new ValueElement(false, resources, Collections.nCopies(resources.size(), SourcePosition.UNKNOWN))),
        conditions, SourcePosition.UNKNOWN, SourcePosition.UNKNOWN);
  }
}
