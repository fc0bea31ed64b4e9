package dev.warden.server.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectFileTest {

    @TempDir
    Path folder;

    @Test
    void metadataFollowsTheContentAndReadsBack() throws IOException {
        StoredObject object = new StoredObject("dir/ünï.txt", 5, "\"etag\"", Instant.ofEpochMilli(1234),
                "text/plain", Map.of("owner", "team-a"));
        Path file = folder.resolve("object");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("hello".getBytes());
            ObjectFile.writeMetadata(out, object);
        }
        assertThat(ObjectFile.readMetadata(file)).hasValue(object);
        assertThat(new String(Files.readAllBytes(file), 0, 5)).isEqualTo("hello");
    }

    @Test
    void aFileThatIsNotAnObjectIsIgnored() throws IOException {
        Path junk = folder.resolve("junk");
        Files.writeString(junk, "not an object file at all");
        assertThat(ObjectFile.readMetadata(junk)).isEmpty();
        Path empty = folder.resolve("empty");
        Files.write(empty, new byte[0]);
        assertThat(ObjectFile.readMetadata(empty)).isEmpty();
    }
}
