package dev.warden.server.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Multipart uploads, as {@code aws s3 cp} uses them above 8 MB: an upload is a directory of parts
 * under the bucket's {@code uploads/}, each part an object file of its own; completing concatenates
 * the named parts (streamed, never in memory) into the object, whose ETag is S3's
 * {@code "MD5(part MD5s)-N"}.
 */
final class MultipartUploads {

    /** AWS's limits: 10,000 parts, each but the last at least 5 MiB, an object at most 5 TiB. */
    static final int MAX_PARTS = 10_000;
    static final long MIN_PART_BYTES = 5L * 1024 * 1024;
    static final long MAX_OBJECT_BYTES = 5L * 1024 * 1024 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UPLOAD_ID = Pattern.compile("[0-9a-f]{32}");
    private static final String UPLOAD_FILE = "upload.json";

    private final BucketStore store;
    private final SecureRandom random = new SecureRandom();

    MultipartUploads(BucketStore store) {
        this.store = store;
    }

    String create(String bucket, String key, String contentType, Map<String, String> userMetadata) {
        store.requireBucket(bucket);
        byte[] id = new byte[16];
        random.nextBytes(id);
        String uploadId = HexFormat.of().formatHex(id);
        ObjectNode upload = JSON.createObjectNode().put("key", key).put("contentType", contentType);
        ObjectNode meta = upload.putObject("userMetadata");
        userMetadata.forEach(meta::put);
        try {
            Path dir = Files.createDirectories(store.uploadsDirectory(bucket).resolve(uploadId));
            Files.write(dir.resolve(UPLOAD_FILE), JSON.writeValueAsBytes(upload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uploadId;
    }

    StoredObject putPart(String bucket, String key, String uploadId, int partNumber, InputStream content) {
        // The argument is checked before the upload is looked up, as S3 validates a request first.
        if (partNumber < 1 || partNumber > MAX_PARTS) {
            throw S3Error.invalidArgument("Part number must be an integer between 1 and 10000, inclusive",
                    "partNumber", Integer.toString(partNumber));
        }
        Path dir = requireUpload(bucket, key, uploadId).dir();
        return store.write(bucket, dir.resolve(partName(partNumber)), "part-" + partNumber, content,
                BucketStore.MAX_OBJECT_BYTES, "application/octet-stream", Map.of(), md5 -> "\"" + md5 + "\"");
    }

    StoredObject complete(String bucket, String key, String uploadId, List<UploadedPart> parts) {
        Upload upload = requireUpload(bucket, key, uploadId);
        List<Path> files = new ArrayList<>();
        MessageDigest etags = md5();
        int previous = 0;
        for (int i = 0; i < parts.size(); i++) {
            UploadedPart part = parts.get(i);
            if (part.partNumber() <= previous) {
                throw new S3Error("InvalidPartOrder", 400, "The list of parts was not in ascending order. The parts"
                        + " list must be specified in order by part number.");
            }
            previous = part.partNumber();
            Path file = upload.dir().resolve(partName(part.partNumber()));
            StoredObject stored = storedPart(file).filter(p -> p.etag().equals(quoted(part.etag())))
                    .orElseThrow(() -> new S3Error("InvalidPart", 400, "One or more of the specified parts could not"
                            + " be found. The part may not have been uploaded, or the specified entity tag may not"
                            + " match the part's entity tag.", Map.of("PartNumber", Integer.toString(part.partNumber()),
                            "ETag", part.etag())));
            if (i < parts.size() - 1 && stored.size() < MIN_PART_BYTES) {
                throw new S3Error("EntityTooSmall", 400, "Your proposed upload is smaller than the minimum allowed"
                        + " size", Map.of("PartNumber", Integer.toString(part.partNumber())));
            }
            etags.update(HexFormat.of().parseHex(stored.etag().replace("\"", "")));
            files.add(file);
        }
        String etag = "\"" + HexFormat.of().formatHex(etags.digest()) + "-" + parts.size() + "\"";
        StoredObject object;
        try (InputStream content = concatenated(files)) {
            object = store.write(bucket, store.objectPath(bucket, key), key, content, MAX_OBJECT_BYTES,
                    upload.contentType(), upload.userMetadata(), md5 -> etag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        delete(upload.dir());
        return object;
    }

    void abort(String bucket, String key, String uploadId) {
        delete(requireUpload(bucket, key, uploadId).dir());
    }

    private record Upload(Path dir, String contentType, Map<String, String> userMetadata) {}

    private Upload requireUpload(String bucket, String key, String uploadId) {
        store.requireBucket(bucket);
        if (UPLOAD_ID.matcher(uploadId).matches()) {
            Path dir = store.uploadsDirectory(bucket).resolve(uploadId);
            try {
                JsonNode upload = JSON.readTree(dir.resolve(UPLOAD_FILE).toFile());
                if (upload.path("key").asText().equals(key)) {
                    Map<String, String> meta = new LinkedHashMap<>();
                    upload.path("userMetadata").fields().forEachRemaining(e -> meta.put(e.getKey(), e.getValue().asText()));
                    return new Upload(dir, upload.path("contentType").asText(), meta);
                }
            } catch (IOException e) {
                // no such upload
            }
        }
        throw new S3Error("NoSuchUpload", 404, "The specified upload does not exist. The upload ID may be invalid,"
                + " or the upload may have been aborted or completed.", Map.of("UploadId", uploadId));
    }

    private static java.util.Optional<StoredObject> storedPart(Path file) {
        try {
            return ObjectFile.readMetadata(file);
        } catch (NoSuchFileException e) {
            return java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream concatenated(List<Path> files) {
        Iterator<Path> next = files.iterator();
        return new SequenceInputStream(new java.util.Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return next.hasNext();
            }

            @Override
            public InputStream nextElement() {
                Path file = next.next();
                StoredObject part = storedPart(file).orElseThrow();
                return store.open(file, part.size());
            }
        });
    }

    private static String partName(int partNumber) {
        return String.format("%05d.part", partNumber);
    }

    private static String quoted(String etag) {
        return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.toList());
            Collections.reverse(all);
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides MD5", e);
        }
    }
}
