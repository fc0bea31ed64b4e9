package dev.warden.insight.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A throwaway git repository driven through the git binary, with a fixed author and no user config. */
final class GitRepo {
  private final Path dir;

  GitRepo(Path dir) throws Exception {
    this.dir = dir;
    git("init", "-q", "-b", "main");
  }

  String commitAll(String message) throws Exception {
    git("add", "-A");
    git("commit", "-q", "-m", message);
    return git("rev-parse", "HEAD").trim();
  }

  String git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=Test",
        "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + out);
    }
    return out;
  }
}
