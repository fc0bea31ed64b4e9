package dev.warden.server.sts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.model.Tag;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackedPolicySizeTest {

    @Test
    void countsThePolicyWithoutWhiteSpaceTheArnsAndTheTags() {
        String spaced = "{ \"Version\" : \"2012-10-17\" ,\n  \"Statement\" : [ ] }";
        String minified = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";

        assertThat(PackedPolicySize.percent(Optional.of(spaced), List.of(), List.of()))
                .isEqualTo(PackedPolicySize.percent(Optional.of(minified), List.of(), List.of()))
                .isEqualTo(2); // 40 of 2,048, rounded up
        assertThat(PackedPolicySize.percent(Optional.empty(), List.of("a".repeat(1024)), List.of())).isEqualTo(50);
        assertThat(PackedPolicySize.percent(Optional.empty(), List.of(), List.of(new Tag("k".repeat(1000), "v".repeat(1049)))))
                .isEqualTo(101);
        assertThat(PackedPolicySize.percent(Optional.empty(), List.of(), List.of())).isZero();
    }

    @Test
    void theMessageSaysHowMuch() {
        assertThat(PackedPolicySize.tooLargeMessage(157))
                .isEqualTo("Packed policy consumes 157% of allotted space, please use smaller policy.");
    }
}
