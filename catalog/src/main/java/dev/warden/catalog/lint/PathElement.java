package dev.warden.catalog.lint;

/**
 * One step of a location path in a policy document, as Access Analyzer writes locations:
 * {@code [{"value":"Statement"},{"index":0},{"value":"Action"},{"index":1}]}.
 */
public sealed interface PathElement {
  /** An object member name. */
  record Key(String value) implements PathElement {}

  /** An array index, 0-based. */
  record Index(int index) implements PathElement {}
}
