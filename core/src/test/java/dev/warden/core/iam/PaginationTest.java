package dev.warden.core.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In-memory paging returns every item exactly once, in sort-key order, whatever order the list came in
 * (stored tags keep insertion order, stored credentials creation order): a Marker is the last sort key
 * shown, so IsTruncated/Marker must walk the list in that same order.
 */
class PaginationTest {

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("already sorted", List.of("a", "b", "c", "d")),
                Arguments.of("insertion order", List.of("b", "a", "d", "c")),
                Arguments.of("reversed", List.of("d", "c", "b", "a")),
                Arguments.of("one item", List.of("x")),
                Arguments.of("empty", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void everyPageSizeWalksTheWholeListInKeyOrder(String name, List<String> items) {
        List<String> expected = items.stream().sorted().toList();
        for (int maxItems = 1; maxItems <= items.size() + 1; maxItems++) {
            List<String> seen = new ArrayList<>();
            Page<String> page = Pagination.pageInMemory(items, ListOptions.firstPage(maxItems), Function.identity());
            seen.addAll(page.items());
            while (page.truncated()) {
                assertThat(page.items()).hasSize(maxItems);
                page = Pagination.pageInMemory(items, new ListOptions(null, page.marker(), maxItems),
                        Function.identity());
                seen.addAll(page.items());
            }
            assertThat(page.marker()).isNull();
            assertThat(seen).as("MaxItems %d", maxItems).containsExactlyElementsOf(expected);
        }
    }
}
