package dev.warden.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HmacSha256Test {

    /** RFC 4231 test cases 1 and 2, each MAC'd twice on one thread with another key in between. */
    @ParameterizedTest
    @CsvSource({
        "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b, 4869205468657265, "
                + "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
        "4a656665, 7768617420646f2079612077616e7420666f72206e6f7468696e673f, "
                + "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"})
    void matchesTheRfcVectorsAndReusesNothingBetweenKeys(String keyHex, String dataHex, String expected) {
        byte[] key = HexFormat.of().parseHex(keyHex);
        byte[] data = HexFormat.of().parseHex(dataHex);
        assertThat(HexFormat.of().formatHex(HmacSha256.mac(key, data))).isEqualTo(expected);
        HmacSha256.mac("another key".getBytes(StandardCharsets.UTF_8), data);
        assertThat(HexFormat.of().formatHex(HmacSha256.mac(key, data))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void keysLongerThanABlockAreHashedFirst() {
        // RFC 4231 test case 6: a 131-byte key of 0xaa.
        byte[] key = HexFormat.of().parseHex("aa".repeat(131));
        byte[] data = "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII);
        assertThat(HexFormat.of().formatHex(HmacSha256.mac(key, data)))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }
}
