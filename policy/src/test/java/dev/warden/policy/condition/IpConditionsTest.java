package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * IpAddress / NotIpAddress. Source: IAM User Guide, reference_policies_elements_condition_operators
 * ("IP address condition operators": IPv4 and IPv6 CIDR such as 203.0.113.0/24 and
 * 2001:DB8:1234:5678::/64; a bare address is /32).
 */
class IpConditionsTest {

  @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IpAddress|203.0.113.0/24|203.0.113.5|true",
        "IpAddress|203.0.113.0/24|203.0.114.5|false",
        "IpAddress|203.0.113.7/24|203.0.113.200|true",
        "IpAddress|203.0.113.5|203.0.113.5|true",
        "IpAddress|203.0.113.5|203.0.113.6|false",
        "IpAddress|0.0.0.0/0|198.51.100.1|true",
        "IpAddress|10.0.0.0/8;203.0.113.0/24|203.0.113.9|true",
        "NotIpAddress|203.0.113.0/24|203.0.113.5|false",
        "NotIpAddress|203.0.113.0/24|198.51.100.1|true",
        "NotIpAddress|10.0.0.0/8;203.0.113.0/24|203.0.113.9|false",
        "IpAddress|2001:DB8:1234:5678::/64|2001:db8:1234:5678:abcd::1|true",
        "IpAddress|2001:DB8:1234:5678::/64|2001:db8:1234:5679::1|false",
        "IpAddress|2001:db8::1|2001:0db8:0000:0000:0000:0000:0000:0001|true",
        "IpAddress|::/0|::1|true",
        "IpAddress|2001:db8::/127|2001:db8::1|true",
        "IpAddress|2001:db8::/127|2001:db8::2|false",
        "IpAddress|2001:db8:0:0:8000::/65|2001:db8::8000:0:0:1|true",
        "IpAddress|2001:db8:0:0:8000::/65|2001:db8::7fff:0:0:1|false",
        // families never mix; IPv4-mapped IPv6 stays IPv6
        "IpAddress|0.0.0.0/0|::1|false",
        "IpAddress|::/0|203.0.113.5|false",
        "IpAddress|203.0.113.0/24|::ffff:203.0.113.5|false",
        "IpAddress|::ffff:0:0/96|::ffff:203.0.113.5|true",
        // request values that are no address: neither operator nor negation holds (no DNS lookup)
        "IpAddress|0.0.0.0/0|localhost|false",
        "NotIpAddress|203.0.113.0/24|example.com|false",
        "NotIpAddress|203.0.113.0/24|203.0.113.0/24|false",
      })
  void matchesRanges(String operator, String policyValues, String request, boolean expected) {
    assertThat(Fixtures.check(operator, "aws:SourceIp", policyValues, "ip:" + request)).isEqualTo(expected);
  }
}
