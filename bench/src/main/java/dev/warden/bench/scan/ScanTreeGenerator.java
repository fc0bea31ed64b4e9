package dev.warden.bench.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic source tree for timing {@code warden scan}: FILES files (default 100,000) in
 * folders of 50, three levels deep, drawn from a fixed seed. The mix, by count: 70% source-like text
 * (1-12 KB, with words like token and secret so the prefilter does not skip them all), 10% JSON/YAML
 * configuration with hashes and UUIDs, 5% minified JavaScript with base64 data, 5% binary files, 1 lock
 * file per folder-of-folders, the rest short notes; and 1 file in 1,000 with a planted key id and
 * secret. Prints the number of files, bytes and planted keys. Runs without a build:
 * {@code java bench/src/main/java/dev/warden/bench/scan/ScanTreeGenerator.java OUT [FILES]}.
 */
public final class ScanTreeGenerator {
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final String[] WORDS = {"const", "return", "function", "if", "else", "for", "while", "import",
      "export", "class", "public", "private", "static", "void", "int", "string", "user", "request", "response",
      "config", "value", "result", "error", "list", "map", "index", "count", "token", "secret_name", "session",
      "handler", "client", "server", "bucket", "policy", "role", "arn", "aws", "region", "s3", "=", "(", ")", "{",
      "}", ";", "//", "#", "\"text\"", "0", "1", "42", "null", "true", "false"};
  private final Random random = new Random(20261128L);
  private long bytes;
  private int planted;

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ScanTreeGenerator OUT [FILES]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    ScanTreeGenerator generator = new ScanTreeGenerator();
    generator.write(out, files);
    System.out.printf("%d files, %.1f MB, %d planted key pairs in %s%n", files, generator.bytes / 1e6,
        generator.planted, out);
  }

  private void write(Path out, int files) throws IOException {
    for (int i = 0; i < files; i++) {
      int folder = i / 50;
      Path dir = out.resolve("m" + folder / 400).resolve("p" + folder / 20 % 20).resolve("d" + folder % 20);
      if (i % 50 == 0) {
        Files.createDirectories(dir);
      }
      byte[] content;
      String name;
      int pick = random.nextInt(100);
      if (i % 1000 == 500) {
        name = "settings" + i + ".py";
        content = planted().getBytes(StandardCharsets.UTF_8);
      } else if (i % 1000 == 999) {
        name = "package-lock.json";
        content = config(20_000).getBytes(StandardCharsets.UTF_8);
      } else if (pick < 70) {
        name = "source" + i + (pick % 3 == 0 ? ".java" : pick % 3 == 1 ? ".ts" : ".py");
        content = source(1024 + random.nextInt(11 * 1024)).getBytes(StandardCharsets.UTF_8);
      } else if (pick < 80) {
        name = "config" + i + (pick % 2 == 0 ? ".json" : ".yaml");
        content = config(500 + random.nextInt(4000)).getBytes(StandardCharsets.UTF_8);
      } else if (pick < 85) {
        name = "bundle" + i + ".min.js";
        content = minified(2000 + random.nextInt(30_000)).getBytes(StandardCharsets.UTF_8);
      } else if (pick < 90) {
        name = "image" + i + ".png";
        content = new byte[2000 + random.nextInt(20_000)];
        random.nextBytes(content);
        content[10] = 0;
      } else {
        name = "NOTES" + i + ".md";
        content = source(200 + random.nextInt(800)).getBytes(StandardCharsets.UTF_8);
      }
      Files.write(dir.resolve(name), content);
      bytes += content.length;
    }
  }

  private String source(int size) {
    StringBuilder text = new StringBuilder(size + 100);
    while (text.length() < size) {
      int words = 3 + random.nextInt(10);
      text.append("  ".repeat(random.nextInt(4)));
      for (int w = 0; w < words; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      text.append('\n');
    }
    return text.toString();
  }

  private String config(int size) {
    StringBuilder text = new StringBuilder(size + 200);
    text.append("{\n");
    while (text.length() < size) {
      text.append("  \"").append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(1000)).append("\": ");
      switch (random.nextInt(3)) {
        case 0 -> text.append('"').append(draw("0123456789abcdef", 64)).append("\",\n");
        case 1 -> text.append('"').append(new java.util.UUID(random.nextLong(), random.nextLong())).append("\",\n");
        default -> text.append("\"sha512-").append(draw(BASE64, 86)).append("==\",\n");
      }
    }
    return text.append("  \"end\": true\n}\n").toString();
  }

  private String minified(int size) {
    StringBuilder text = new StringBuilder(size + 200);
    while (text.length() < size) {
      text.append("var t").append(random.nextInt(1000)).append("=function(e){return e.token||\"")
          .append(draw(BASE64, 40)).append("\"};var i=\"data:image/png;base64,").append(draw(BASE64, 300)).append("\";");
    }
    return text.append('\n').toString();
  }

  private String planted() {
    planted++;
    return "import boto3\n\nAWS_ACCESS_KEY_ID = \"AKIA" + draw(BASE32, 16) + "\"\nAWS_SECRET_ACCESS_KEY = \""
        + draw(BASE64, 40) + "\"\n" + source(2000);
  }

  private String draw(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
