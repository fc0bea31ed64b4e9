package dev.warden.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FixedRateLoadTest {

    @Test
    void refusesTargetsOffLoopback(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("signed.json");
        Files.writeString(file, "[{\"headers\": {}, \"body\": \"\"}]");
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new FixedRateLoad()).setErr(new PrintWriter(err));

        int exit = line.execute("--url", "http://192.0.2.1:80/", "--requests", file.toString(),
                "--warmup", "0", "--duration", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("loopback targets only");
    }
}
