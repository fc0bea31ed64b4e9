package dev.warden.server.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One object on disk, in one file so that a single rename publishes it: the content, then its
 * metadata as JSON, then the metadata's length (4 bytes) and a 4-byte mark. The metadata comes last
 * because the content's MD5 is known only after it was streamed to disk.
 */
final class ObjectFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MARK = 0x57533301; // "WS3", format 1
    private static final int FOOTER_BYTES = 8;
    private static final int MAX_METADATA_BYTES = 64 * 1024;

    private ObjectFile() {}

    /** Appends the metadata and footer after the content already written to {@code out}. */
    static void writeMetadata(OutputStream out, StoredObject object) throws IOException {
        ObjectNode node = JSON.createObjectNode()
                .put("key", object.key())
                .put("size", object.size())
                .put("etag", object.etag())
                .put("lastModified", object.lastModified().toEpochMilli())
                .put("contentType", object.contentType());
        ObjectNode meta = node.putObject("userMetadata");
        object.userMetadata().forEach(meta::put);
        byte[] bytes = JSON.writeValueAsBytes(node);
        out.write(bytes);
        out.write(ByteBuffer.allocate(FOOTER_BYTES).putInt(bytes.length).putInt(MARK).array());
    }

    /** The metadata of a stored object; empty when the file is not one (or is damaged). */
    static Optional<StoredObject> readMetadata(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = channel.size();
            if (length < FOOTER_BYTES) {
                return Optional.empty();
            }
            ByteBuffer footer = ByteBuffer.allocate(FOOTER_BYTES);
            channel.read(footer, length - FOOTER_BYTES);
            footer.flip();
            int metadataBytes = footer.getInt();
            if (footer.getInt() != MARK || metadataBytes < 2 || metadataBytes > MAX_METADATA_BYTES
                    || metadataBytes > length - FOOTER_BYTES) {
                return Optional.empty();
            }
            ByteBuffer metadata = ByteBuffer.allocate(metadataBytes);
            channel.read(metadata, length - FOOTER_BYTES - metadataBytes);
            JsonNode node = JSON.readTree(new String(metadata.array(), StandardCharsets.UTF_8));
            Map<String, String> userMetadata = new LinkedHashMap<>();
            node.path("userMetadata").fields().forEachRemaining(e -> userMetadata.put(e.getKey(), e.getValue().asText()));
            long size = node.path("size").asLong(-1);
            if (size < 0 || size != length - FOOTER_BYTES - metadataBytes) {
                return Optional.empty();
            }
            return Optional.of(new StoredObject(node.path("key").asText(), size, node.path("etag").asText(),
                    Instant.ofEpochMilli(node.path("lastModified").asLong()), node.path("contentType").asText(),
                    userMetadata));
        }
    }
}
