package dev.warden.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS shared files as the SDKs read them: {@code credentials} (sections named after the profile)
 * and {@code config} ({@code [default]} and {@code [profile NAME]}). Only plain {@code key = value}
 * lines matter here; nested sub-sections (indented lines under {@code s3 =}) are skipped.
 */
record AwsProfileFiles(Map<String, Map<String, String>> credentials, Map<String, Map<String, String>> config) {

  /** Reads both files as the environment locates them; a missing file reads as empty. */
  static AwsProfileFiles read(Map<String, String> env) throws IOException {
    Path home = Path.of(Optional.ofNullable(env.get("HOME")).orElse(System.getProperty("user.home")));
    Path credentials = Optional.ofNullable(env.get("AWS_SHARED_CREDENTIALS_FILE")).map(Path::of)
        .orElse(home.resolve(".aws").resolve("credentials"));
    Path config = Optional.ofNullable(env.get("AWS_CONFIG_FILE")).map(Path::of)
        .orElse(home.resolve(".aws").resolve("config"));
    return new AwsProfileFiles(parse(credentials), parse(config));
  }

  /** The merged settings of a profile: config first, the credentials file winning on keys. */
  Map<String, String> profile(String name) {
    Map<String, String> merged = new LinkedHashMap<>();
    String configSection = name.equals("default") ? "default" : "profile " + name;
    Optional.ofNullable(config.get(configSection)).ifPresent(merged::putAll);
    Optional.ofNullable(credentials.get(name)).ifPresent(merged::putAll);
    return merged;
  }

  boolean hasProfile(String name) {
    return credentials.containsKey(name) || config.containsKey(name.equals("default") ? "default" : "profile " + name);
  }

  static Map<String, Map<String, String>> parse(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    return parse(Files.readString(file));
  }

  static Map<String, Map<String, String>> parse(String text) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String raw : text.split("\r?\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        String name = line.substring(1, line.length() - 1).strip().replaceAll("\\s+", " ");
        current = sections.computeIfAbsent(name, n -> new LinkedHashMap<>());
        continue;
      }
      int equals = line.indexOf('=');
      if (current == null || equals <= 0 || Character.isWhitespace(raw.charAt(0))) {
        continue;
      }
      current.put(line.substring(0, equals).strip().toLowerCase(Locale.ROOT), line.substring(equals + 1).strip());
    }
    return sections;
  }
}
