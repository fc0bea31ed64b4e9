package dev.warden.policy.context;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The condition keys of one request. Key names are case-insensitive (AWS treats {@code aws:SourceIp}
 * and {@code AWS:sourceip} alike, including the tag-key part of {@code aws:PrincipalTag/Key}), so
 * lookups fold case; the first spelling given is kept for display.
 */
public final class RequestContext {
  private static final RequestContext EMPTY = new RequestContext(Map.of());

  /** Lower-cased key → (original key, value). */
  private final Map<String, Map.Entry<String, ContextValue>> entries;

  private RequestContext(Map<String, Map.Entry<String, ContextValue>> entries) {
    this.entries = entries;
  }

  public static RequestContext empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Looks a key up, ignoring case. */
  public Optional<ContextValue> get(String key) {
    Map.Entry<String, ContextValue> entry = entries.get(fold(key));
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  public boolean contains(String key) {
    return entries.containsKey(fold(key));
  }

  /** All keys with their values, in insertion order, keys as first spelled. */
  public Map<String, ContextValue> asMap() {
    Map<String, ContextValue> out = new LinkedHashMap<>();
    entries.values().forEach(e -> out.put(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(out);
  }

  /** A copy with more keys; a key given again replaces the earlier value. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.entries.putAll(entries);
    return builder;
  }

  static String fold(String key) {
    return key.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }

  /** Collects keys; later puts of the same key (in any case) replace earlier ones. */
  public static final class Builder {
    private final Map<String, Map.Entry<String, ContextValue>> entries = new LinkedHashMap<>();

    private Builder() {}

    public Builder put(String key, ContextValue value) {
      entries.put(fold(key), Map.entry(key, value));
      return this;
    }

    public Builder put(String key, String stringValue) {
      return put(key, ContextValue.string(stringValue));
    }

    public Builder remove(String key) {
      entries.remove(fold(key));
      return this;
    }

    public RequestContext build() {
      return entries.isEmpty() ? EMPTY : new RequestContext(new LinkedHashMap<>(entries));
    }
  }
}
