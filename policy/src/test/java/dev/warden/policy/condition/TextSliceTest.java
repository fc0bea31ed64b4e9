package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSliceTest {
  @Test
  void viewsPartOfAString() {
    TextSlice slice = new TextSlice("arn:aws:s3:::b/k", 4, 7);
    assertThat(slice.length()).isEqualTo(3);
    assertThat(slice.charAt(0)).isEqualTo('a');
    assertThat(slice.toString()).isEqualTo("aws");
    assertThat(slice.subSequence(1, 3).toString()).isEqualTo("ws");
    assertThat(new TextSlice("x", 1, 1).length()).isZero();
  }
}
