package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressValueTest {

  @ParameterizedTest
  @CsvSource({
    "192.0.2.1, false, 0000000000000000, 00000000c0000201",
    "0.0.0.0, false, 0000000000000000, 0000000000000000",
    "255.255.255.255, false, 0000000000000000, 00000000ffffffff",
    "::, true, 0000000000000000, 0000000000000000",
    "::1, true, 0000000000000000, 0000000000000001",
    "1::, true, 0001000000000000, 0000000000000000",
    "2001:db8::ff00:42:8329, true, 20010db800000000, 0000ff0000428329",
    "2001:DB8:0:0:0:FF00:42:8329, true, 20010db800000000, 0000ff0000428329",
    "::ffff:192.0.2.1, true, 0000000000000000, 0000ffffc0000201",
    "1:2:3:4:5:6:7:8, true, 0001000200030004, 0005000600070008",
    "1:2:3:4:5:6:192.0.2.1, true, 0001000200030004, 00050006c0000201",
  })
  void readsAddresses(String text, boolean v6, String hi, String lo) {
    IpAddressValue address = IpAddressValue.parse(text);
    assertThat(address).isEqualTo(new IpAddressValue(v6, Long.parseUnsignedLong(hi, 16), Long.parseUnsignedLong(lo, 16)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "1.2.3", "1.2.3.4.5", "1.2.3.256", "1..2.3", "1.2.3.4 ", " 1.2.3.4", "01234.1.1.1", "a.b.c.d",
        ":", ":::", "1:2", "1:2:3:4:5:6:7:8:9", "1::2::3", ":1::", "1:", "12345::", "g::", "1:2:3:4:5:6:7:1.2.3.4",
        "::1.2.3", "fe80::1%eth0", "localhost", "[::1]",
      })
  void refusesOtherText(String text) {
    assertThat(IpAddressValue.parse(text)).isNull();
  }
}
