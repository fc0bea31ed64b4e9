package dev.warden.server.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormPairsTest {

    @Test
    void keepsOrderDuplicatesAndEmptyValues() {
        assertThat(FormPairs.parse("b=2&a=1&a=3&Name=&flag&&c=x%3Dy=z")).containsExactly(
                new FormPairs.Pair("b", "2", 0),
                new FormPairs.Pair("a", "1", 4),
                new FormPairs.Pair("a", "3", 8),
                new FormPairs.Pair("Name", "", 12),
                new FormPairs.Pair("flag", "", 18),
                new FormPairs.Pair("c", "x=y=z", 24));
    }

    @Test
    void emptyTextHasNoPairs() {
        assertThat(FormPairs.parse("")).isEqualTo(List.of());
    }

    @Test
    void reportsTheOffsetInTheWholeText() {
        assertThatThrownBy(() -> FormPairs.parse("Action=X&Bad=ab%zz"))
                .isInstanceOfSatisfying(MalformedEncodingException.class, e -> assertThat(e.position()).isEqualTo(15));
    }
}
