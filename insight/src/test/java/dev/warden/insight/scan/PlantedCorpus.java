package dev.warden.insight.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The planted corpus (test resources under scan/planted) written into a folder with each
 * {@code @@AKIA_n@@}, {@code @@ASIA_n@@}, {@code @@ABIA_n@@}, {@code @@ACCA_n@@}, {@code @@SECRET_n@@}
 * and {@code @@TOKEN_n@@} replaced by a generated value; {@link #value} gives a placeholder's value.
 */
final class PlantedCorpus {
  private static final Pattern PLACEHOLDER = Pattern.compile("@@([A-Z]+_\\d+)@@");
  private final Map<String, String> values = new LinkedHashMap<>();
  private final FakeCredentials fakes = new FakeCredentials(20261128L);

  static Path resource(String folder) {
    try {
      return Path.of(PlantedCorpus.class.getResource("/scan/" + folder).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes every template into {@code target}; returns the placeholder values used. */
  Map<String, String> writeTo(Path target) {
    Path templates = resource("planted");
    try (Stream<Path> files = Files.list(templates)) {
      for (Path template : files.sorted().toList()) {
        String text = Files.readString(template, StandardCharsets.UTF_8);
        Files.writeString(target.resolve(template.getFileName().toString()), fill(text), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(values);
  }

  String fill(String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  String value(String placeholder) {
    return values.computeIfAbsent(placeholder, name -> {
      String kind = name.substring(0, name.indexOf('_'));
      return switch (kind) {
        case "SECRET" -> fakes.secret();
        case "TOKEN" -> fakes.sessionToken();
        default -> fakes.keyId(kind);
      };
    });
  }

  /** Every secret and token value planted so far (never allowed in any output unmasked). */
  List<String> secretValues() {
    return values.entrySet().stream()
        .filter(e -> e.getKey().startsWith("SECRET") || e.getKey().startsWith("TOKEN"))
        .map(Map.Entry::getValue).toList();
  }
}
