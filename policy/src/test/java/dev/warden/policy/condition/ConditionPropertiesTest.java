package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.PolicyVersion;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Laws the condition semantics must obey for any values (IAM User Guide pages cited per law). */
class ConditionPropertiesTest {

  /** One operator family's sample: a positive/negated pair, policy values and a request value. */
  record Sample(String positive, String negated, List<String> values, ContextValue request) {}

  /**
   * reference_policies_elements_condition_operators: a negated operator is the negation of its
   * positive on a present, single-valued key whose value the operator can read (values NOR vs OR).
   */
  @Property(tries = 3000)
  void negatedOperatorIsTheComplementOnPresentKeys(@ForAll("samples") Sample sample, @ForAll boolean ifExists) {
    String suffix = ifExists ? "IfExists" : "";
    RequestContext ctx = RequestContext.builder().put("k:key", sample.request()).build();
    boolean positive = Fixtures.compile(sample.positive() + suffix, "k:key", PolicyVersion.V2012_10_17, sample.values()).test(ctx);
    boolean negated = Fixtures.compile(sample.negated() + suffix, "k:key", PolicyVersion.V2012_10_17, sample.values()).test(ctx);
    assertThat(negated).isEqualTo(!positive);
  }

  /**
   * reference_policies_condition-single-vs-multi-valued-context-keys: ForAllValues is true and
   * ForAnyValue false when the key is absent, for every operator and any key spelling.
   */
  @Property(tries = 500)
  void setOperatorsOnAbsentKeys(@ForAll("nonNullOperators") BaseOperator base, @ForAll("keys") String key) {
    List<String> values = List.of(sampleValue(base.family()));
    RequestContext other = RequestContext.builder().put("other:key", "x").build();
    assertThat(Fixtures.compile("ForAllValues:" + base.json(), key, PolicyVersion.V2012_10_17, values).test(other)).isTrue();
    assertThat(Fixtures.compile("ForAnyValue:" + base.json(), key, PolicyVersion.V2012_10_17, values).test(other)).isFalse();
    assertThat(Fixtures.compile(base.json(), key, PolicyVersion.V2012_10_17, values).test(other)).isEqualTo(base.negated());
    assertThat(Fixtures.compile(base.json() + "IfExists", key, PolicyVersion.V2012_10_17, values).test(other)).isTrue();
  }

  /** Values are sets: the order of policy values and of request values never matters. */
  @Property(tries = 1000)
  void resultsDoNotDependOnOrder(
      @ForAll("stringOperators") String operator,
      @ForAll @Size(max = 5) List<@net.jqwik.api.From("shortStrings") String> values,
      @ForAll @Size(max = 5) List<@net.jqwik.api.From("shortStrings") String> request,
      @ForAll Random random) {
    List<String> shuffledValues = new ArrayList<>(values);
    List<String> shuffledRequest = new ArrayList<>(request);
    Collections.shuffle(shuffledValues, random);
    Collections.shuffle(shuffledRequest, random);
    for (String prefix : List.of("ForAllValues:", "ForAnyValue:")) {
      boolean original = evaluate(prefix + operator, values, request);
      boolean shuffled = evaluate(prefix + operator, shuffledValues, shuffledRequest);
      assertThat(shuffled).isEqualTo(original);
    }
  }

  /**
   * reference_policies_elements_condition_operators (Date operators) and the aws:EpochTime key: the
   * same instant written as ISO 8601 (any offset), epoch seconds or epoch milliseconds compares
   * equal, and ordering agrees across notations.
   */
  @Property(tries = 300)
  void dateNotationsAgree(
      @ForAll @LongRange(min = 100_000_000L, max = 99_999_999_999L) long seconds,
      @ForAll @IntRange(min = -1080, max = 1080) int offsetMinutes,
      @ForAll @IntRange(min = -5, max = 5) int deltaSeconds) {
    Instant instant = Instant.ofEpochSecond(seconds);
    String iso = instant.toString();
    String offsetIso = instant.atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60)).toString();
    List<String> notations = List.of(iso, offsetIso, Long.toString(seconds), Long.toString(seconds * 1000));
    Instant other = instant.plusSeconds(deltaSeconds);
    Assume.that(other.getEpochSecond() >= 100_000_000L && other.getEpochSecond() < 100_000_000_000L);
    List<String> otherNotations =
        List.of(other.toString(), Long.toString(other.getEpochSecond()), Long.toString(other.toEpochMilli()));
    for (String policy : notations) {
      for (String request : otherNotations) {
        assertThat(date("DateEquals", policy, request)).isEqualTo(deltaSeconds == 0);
        assertThat(date("DateLessThan", policy, request)).isEqualTo(deltaSeconds < 0);
        assertThat(date("DateGreaterThanEquals", policy, request)).isEqualTo(deltaSeconds >= 0);
      }
    }
  }

  /** IPv4/IPv6 text read by hand agrees with the JDK's formatting of the same bytes (no lookups). */
  @Property(tries = 2000)
  void addressesRoundTripThroughJdkText(@ForAll @Size(min = 16, max = 16) byte[] bytes, @ForAll boolean asV4)
      throws UnknownHostException {
    byte[] raw = asV4 ? java.util.Arrays.copyOf(bytes, 4) : bytes;
    InetAddress jdk = InetAddress.getByAddress(raw);
    Assume.that(asV4 == (jdk instanceof Inet4Address));
    IpAddressValue parsed = IpAddressValue.parse(jdk.getHostAddress());
    assertThat(parsed).isNotNull();
    assertThat(toBigInteger(parsed)).isEqualTo(new BigInteger(1, raw));
  }

  /** CIDR containment agrees with comparing the top prefix bits as integers. */
  @Property(tries = 2000)
  void cidrContainmentAgreesWithArithmetic(
      @ForAll @Size(min = 16, max = 16) byte[] network,
      @ForAll @Size(min = 16, max = 16) byte[] address,
      @ForAll @IntRange(min = 0, max = 128) int prefix,
      @ForAll @IntRange(min = 0, max = 128) int sharedBits) throws UnknownHostException {
    byte[] candidate = network.clone();
    for (int bit = sharedBits; bit < 128; bit++) {
      int mask = 0x80 >>> (bit % 8);
      candidate[bit / 8] = (byte) ((candidate[bit / 8] & ~mask) | (address[bit / 8] & mask));
    }
    String networkText = v6Text(network);
    Assume.that(networkText != null && v6Text(candidate) != null);
    CidrBlock block = CidrBlock.parseOrNull(networkText + "/" + prefix);
    boolean expected =
        prefix == 0 || new BigInteger(1, network).shiftRight(128 - prefix).equals(new BigInteger(1, candidate).shiftRight(128 - prefix));
    assertThat(block.contains(IpAddressValue.parse(v6Text(candidate)))).isEqualTo(expected);
  }

  private static String v6Text(byte[] bytes) throws UnknownHostException {
    InetAddress jdk = InetAddress.getByAddress(bytes);
    return jdk instanceof Inet4Address ? null : jdk.getHostAddress();
  }

  private static BigInteger toBigInteger(IpAddressValue address) {
    return new BigInteger(1, java.nio.ByteBuffer.allocate(16).putLong(address.hi()).putLong(address.lo()).array())
        .and(address.v6() ? BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE) : BigInteger.valueOf(0xFFFF_FFFFL));
  }

  private static boolean date(String operator, String policy, String request) {
    return Fixtures.compile(operator, "aws:CurrentTime", PolicyVersion.V2012_10_17, List.of(policy))
        .test(RequestContext.builder().put("aws:CurrentTime", ContextValue.of(ContextKeyType.DATE, request)).build());
  }

  private static boolean evaluate(String operator, List<String> values, List<String> request) {
    RequestContext ctx =
        RequestContext.builder().put("aws:TagKeys", new ContextValue(ContextKeyType.STRING_LIST, request)).build();
    return Fixtures.compile(operator, "aws:TagKeys", PolicyVersion.V2012_10_17, values).test(ctx);
  }

  static String sampleValue(OperatorFamily family) {
    return switch (family) {
      case STRING, BOOLEAN -> "x";
      case NUMERIC -> "1";
      case DATE -> "2020-01-01";
      case BINARY -> "QUI=";
      case IP_ADDRESS -> "10.0.0.0/8";
      case ARN -> "arn:aws:s3:::b";
      case NULL -> "true";
    };
  }

  @Provide
  Arbitrary<BaseOperator> nonNullOperators() {
    return Arbitraries.of(BaseOperator.class).filter(op -> op != BaseOperator.NULL);
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.of("aws:TagKeys", "AWS:TAGKEYS", "aws:PrincipalTag/Team", "s3:prefix", "aws:SourceIp");
  }

  @Provide
  Arbitrary<String> stringOperators() {
    return Arbitraries.of(
        "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike");
  }

  @Provide
  Arbitrary<String> shortStrings() {
    return Arbitraries.strings().withChars("aAb*?").ofMaxLength(3);
  }

  @Provide
  Arbitrary<Sample> samples() {
    return Arbitraries.oneOf(strings(), numbers(), dates(), addresses(), arns());
  }

  private Arbitrary<Sample> strings() {
    Arbitrary<String> text = Arbitraries.strings().withChars("aAb*?").ofMaxLength(4);
    Arbitrary<String[]> pair =
        Arbitraries.of(
            new String[] {"StringEquals", "StringNotEquals"},
            new String[] {"StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase"},
            new String[] {"StringLike", "StringNotLike"});
    return Combinators.combine(pair, text.list().ofMinSize(1).ofMaxSize(3), text)
        .as((ops, values, request) -> new Sample(ops[0], ops[1], values, ContextValue.string(request)));
  }

  private Arbitrary<Sample> numbers() {
    Arbitrary<String> number =
        Arbitraries.of("0", "1", "-1", "1.0", "1.5", "2", "1e0", "-0", "10", "9223372036854775808");
    Arbitrary<String[]> pair = Arbitraries.just(new String[] {"NumericEquals", "NumericNotEquals"});
    return Combinators.combine(pair, number.list().ofMinSize(1).ofMaxSize(3), number)
        .as((ops, values, request) -> new Sample(ops[0], ops[1], values, ContextValue.of(ContextKeyType.NUMERIC, request)));
  }

  private Arbitrary<Sample> dates() {
    Arbitrary<String> date =
        Arbitraries.of("2020-01-01", "2020-01-01T00:00:00Z", "1577836800", "1577836800000", "2020-01-01T01:00:00+01:00", "2021-06-01T12:00:00Z");
    Arbitrary<String[]> pair = Arbitraries.just(new String[] {"DateEquals", "DateNotEquals"});
    return Combinators.combine(pair, date.list().ofMinSize(1).ofMaxSize(3), date)
        .as((ops, values, request) -> new Sample(ops[0], ops[1], values, ContextValue.of(ContextKeyType.DATE, request)));
  }

  private Arbitrary<Sample> addresses() {
    Arbitrary<String> block = Arbitraries.of("10.0.0.0/30", "10.0.0.2", "10.0.0.0/8", "0.0.0.0/0", "2001:db8::/64", "::1");
    Arbitrary<String> address = Arbitraries.of("10.0.0.1", "10.0.0.2", "10.0.0.9", "192.0.2.1", "2001:db8::5", "::1");
    Arbitrary<String[]> pair = Arbitraries.just(new String[] {"IpAddress", "NotIpAddress"});
    return Combinators.combine(pair, block.list().ofMinSize(1).ofMaxSize(3), address)
        .as((ops, values, request) -> new Sample(ops[0], ops[1], values, ContextValue.of(ContextKeyType.IP, request)));
  }

  private Arbitrary<Sample> arns() {
    Arbitrary<String> resource = Arbitraries.strings().withChars("ab*?:").ofMaxLength(3);
    Arbitrary<String> requestResource = Arbitraries.strings().withChars("ab:").ofMaxLength(3);
    Arbitrary<String[]> pair =
        Arbitraries.of(new String[] {"ArnLike", "ArnNotLike"}, new String[] {"ArnEquals", "ArnNotEquals"});
    return Combinators.combine(pair, resource.map(r -> "arn:aws:s3:*:?:" + r).list().ofMinSize(1).ofMaxSize(3), requestResource)
        .as((ops, values, request) -> new Sample(ops[0], ops[1], values, ContextValue.string("arn:aws:s3::1:" + request)));
  }
}
