package dev.warden.server.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncodingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "AZaz09-_.~           | AZaz09-_.~",
        "a b                  | a%20b",
        "*                    | %2A",
        "+/=:                 | %2B%2F%3D%3A",
        "é                    | %C3%A9",
        "{\"a\":1}            | %7B%22a%22%3A1%7D",
        "😀                   | %F0%9F%98%80",
    })
    void encodesAllButUnreserved(String text, String expected) {
        assertThat(PercentEncoding.encode(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a+b       | true  | a b",
        "a+b       | false | a+b",
        "a%20b     | true  | a b",
        "%2a%2A    | true  | **",
        "*         | true  | *",
        "%C3%A9    | true  | é",
        "é         | true  | é",
    })
    void decodes(String encoded, boolean plusIsSpace, String expected) {
        assertThat(PercentEncoding.decode(encoded, plusIsSpace)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "abc%      | 3 | incomplete percent-escape",
        "abc%4     | 3 | incomplete percent-escape",
        "a%G1      | 1 | invalid percent-escape",
        "ab%C3%28  | 2 | invalid UTF-8",
        "x%FF      | 1 | invalid UTF-8",
        "%ED%A0%80 | 0 | invalid UTF-8",
    })
    void rejectsMalformedInputWithItsPosition(String encoded, int position, String problem) {
        assertThatThrownBy(() -> PercentEncoding.decode(encoded, true))
                .isInstanceOfSatisfying(MalformedEncodingException.class, e -> {
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.problem()).isEqualTo(problem);
                });
    }

    @Property
    void decodeReversesEncode(@ForAll String text) {
        String wellFormed = text.codePoints().filter(cp -> !Character.isSurrogate((char) cp) || cp > 0xFFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertThat(PercentEncoding.decode(PercentEncoding.encode(wellFormed), true)).isEqualTo(wellFormed);
    }
}
