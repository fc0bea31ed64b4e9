package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineIndexTest {
  static final String TEXT = "ab\ncde\n\nf";

  @ParameterizedTest
  @CsvSource({"0, 1, 1", "1, 1, 2", "3, 2, 1", "5, 2, 3", "7, 3, 1", "8, 4, 1"})
  void lineAndColumn(int offset, int line, int column) {
    LineIndex index = new LineIndex(TEXT);
    assertThat(index.lineOf(offset)).isEqualTo(line);
    assertThat(index.columnOf(offset)).isEqualTo(column);
  }

  @ParameterizedTest
  @CsvSource({"1, 0, 2", "2, 3, 6", "3, 7, 7", "4, 8, 9", "0, 0, 2", "9, 8, 9"})
  void lineBoundsAreClamped(int line, int start, int end) {
    LineIndex index = new LineIndex(TEXT);
    assertThat(index.startOf(line)).isEqualTo(start);
    assertThat(index.endOf(line)).isEqualTo(end);
  }
}
