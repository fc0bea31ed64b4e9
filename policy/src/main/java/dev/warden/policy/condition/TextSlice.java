package dev.warden.policy.condition;

/** A view of part of a string, so ARN segments are matched without copying them. */
record TextSlice(String text, int start, int end) implements CharSequence {
  @Override
  public int length() {
    return end - start;
  }

  @Override
  public char charAt(int index) {
    return text.charAt(start + index);
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    return new TextSlice(text, start + from, start + to);
  }

  @Override
  public String toString() {
    return text.substring(start, end);
  }
}
