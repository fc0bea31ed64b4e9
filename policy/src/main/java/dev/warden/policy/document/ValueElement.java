package dev.warden.policy.document;

import java.util.List;

/**
 * An Action/NotAction or Resource/NotResource element: its entries as written (a single string is
 * a one-entry list) with the position of each entry.
 *
 * @param negated true for NotAction / NotResource
 */
public record ValueElement(boolean negated, List<String> values, List<SourcePosition> positions) {
  public ValueElement {
    values = List.copyOf(values);
    positions = List.copyOf(positions);
    if (values.size() != positions.size()) {
      throw new IllegalArgumentException("one position per value");
    }
  }
}
