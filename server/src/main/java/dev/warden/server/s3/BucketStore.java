package dev.warden.server.s3;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Buckets and objects on disk under one root ({@code $WARDEN_HOME/s3}). A bucket is a directory named
 * after it (valid bucket names are safe directory names); an object is one {@link ObjectFile} named by
 * the SHA-256 of its key, so no key can escape its bucket or collide with another. Writes go to a
 * temporary file that is renamed into place once complete, so readers see the old object or the new
 * one, never a part.
 */
final class BucketStore {

    /** AWS's limit for a single PUT and for one part of a multipart upload: 5 GiB. */
    static final long MAX_OBJECT_BYTES = 5L * 1024 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET_FILE = "bucket.json";
    private static final String POLICY_FILE = "policy.json";
    private static final String OBJECTS = "objects";
    private static final String TEMPORARY = "tmp";
    private static final String UPLOADS = "uploads";

    private final Path root;
    private final Clock clock;

    BucketStore(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    List<Bucket> buckets() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Bucket> buckets = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                String name = dir.getFileName().toString();
                if (BucketName.isValid(name)) {
                    created(dir).ifPresent(created -> buckets.add(new Bucket(name, created)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buckets.sort((a, b) -> a.name().compareTo(b.name()));
        return buckets;
    }

    boolean exists(String bucket) {
        return created(root.resolve(BucketName.require(bucket))).isPresent();
    }

    void requireBucket(String bucket) {
        if (!exists(bucket)) {
            throw S3Error.noSuchBucket(bucket);
        }
    }

    void createBucket(String bucket) {
        Path dir = root.resolve(BucketName.require(bucket));
        try {
            Files.createDirectories(root);
            try {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                if (created(dir).isPresent()) {
                    throw new S3Error("BucketAlreadyOwnedByYou", 409,
                            "Your previous request to create the named bucket succeeded and you already own it.",
                            Map.of("BucketName", bucket));
                }
            }
            Files.createDirectories(dir.resolve(OBJECTS));
            Files.createDirectories(dir.resolve(TEMPORARY));
            byte[] marker = JSON.writeValueAsBytes(JSON.createObjectNode().put("created", clock.millis()));
            writeAtomically(dir, BUCKET_FILE, marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteBucket(String bucket) {
        requireBucket(bucket);
        Path dir = root.resolve(bucket);
        if (!objects(bucket).isEmpty()) {
            throw new S3Error("BucketNotEmpty", 409, "The bucket you tried to delete is not empty",
                    Map.of("BucketName", bucket));
        }
        try {
            // The marker goes first: from then on the bucket does not exist, whatever is left behind.
            Files.deleteIfExists(dir.resolve(BUCKET_FILE));
            Files.deleteIfExists(dir.resolve(POLICY_FILE));
            deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<String> policy(String bucket) {
        requireBucket(bucket);
        try {
            return Optional.of(Files.readString(root.resolve(bucket).resolve(POLICY_FILE), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void putPolicy(String bucket, String document) {
        requireBucket(bucket);
        try {
            writeAtomically(root.resolve(bucket), POLICY_FILE, document.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deletePolicy(String bucket) {
        requireBucket(bucket);
        try {
            Files.deleteIfExists(root.resolve(bucket).resolve(POLICY_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores {@code content} (read to its end) as the object, replacing any earlier one. A stream that
     * fails (a bad chunk signature, a hash mismatch, a dropped connection) leaves the old object.
     */
    StoredObject put(String bucket, String key, InputStream content, String contentType,
            Map<String, String> userMetadata) {
        requireBucket(bucket);
        return write(bucket, objectFile(bucket, key), key, content, MAX_OBJECT_BYTES, contentType, userMetadata,
                md5 -> "\"" + md5 + "\"");
    }

    /**
     * Streams {@code content} into a temporary file of the bucket and renames it to {@code target} once
     * complete.
     *
     * @param etag the ETag from the content's hex MD5
     */
    StoredObject write(String bucket, Path target, String key, InputStream content, long maxBytes,
            String contentType, Map<String, String> userMetadata, UnaryOperator<String> etag) {
        Path temporary = root.resolve(bucket).resolve(TEMPORARY).resolve(UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(temporary.getParent());
            MessageDigest md5 = md5();
            StoredObject stored;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 64 * 1024)) {
                long size = copyLimited(content, new DigestOutputStream(file, md5), maxBytes);
                stored = new StoredObject(key, size, etag.apply(HexFormat.of().formatHex(md5.digest())),
                        clock.instant(), contentType, userMetadata);
                ObjectFile.writeMetadata(file, stored);
            }
            Files.createDirectories(target.getParent());
            move(temporary, target);
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // best effort: a leftover temporary file is never read
            }
        }
    }

    /** Where a bucket's in-progress multipart uploads are kept. */
    Path uploadsDirectory(String bucket) {
        return root.resolve(BucketName.require(bucket)).resolve(UPLOADS);
    }

    /** The final place of an object, for writers other than {@link #put}. */
    Path objectPath(String bucket, String key) {
        return objectFile(bucket, key);
    }

    /** Content of any object file (an object or a stored part). */
    InputStream open(Path file, long size) {
        try {
            return new BoundedInputStream(Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ)),
                    size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<StoredObject> object(String bucket, String key) {
        requireBucket(bucket);
        try {
            return ObjectFile.readMetadata(objectFile(bucket, key)).filter(o -> o.key().equals(key));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object's content; the caller closes the stream. */
    InputStream open(String bucket, StoredObject object) {
        try {
            FileChannel channel = FileChannel.open(objectFile(bucket, object.key()), StandardOpenOption.READ);
            return new BoundedInputStream(Channels.newInputStream(channel), object.size());
        } catch (NoSuchFileException e) {
            throw S3Error.noSuchKey(object.key());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the object; deleting a missing key succeeds, as in S3. */
    void delete(String bucket, String key) {
        requireBucket(bucket);
        try {
            Files.deleteIfExists(objectFile(bucket, key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every object of the bucket, in S3's key order. */
    List<StoredObject> objects(String bucket) {
        requireBucket(bucket);
        Path objects = root.resolve(bucket).resolve(OBJECTS);
        if (!Files.isDirectory(objects)) {
            return List.of();
        }
        List<StoredObject> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(objects, 2)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                try {
                    ObjectFile.readMetadata(file).ifPresent(found::add);
                } catch (NoSuchFileException deletedMeanwhile) {
                    // deleted while listing: not listed
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort((a, b) -> KeyOrder.UTF8_BINARY.compare(a.key(), b.key()));
        return found;
    }

    private Path objectFile(String bucket, String key) {
        String name = HexFormat.of().formatHex(sha256(key));
        return root.resolve(bucket).resolve(OBJECTS).resolve(name.substring(0, 2)).resolve(name);
    }

    private Optional<Instant> created(Path bucketDir) {
        try {
            return Optional.of(Instant.ofEpochMilli(JSON.readTree(bucketDir.resolve(BUCKET_FILE).toFile())
                    .path("created").asLong()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long copyLimited(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total > maxBytes) {
                throw tooLarge(maxBytes);
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    static S3Error tooLarge(long maxBytes) {
        return new S3Error("EntityTooLarge", 400, "Your proposed upload exceeds the maximum allowed size",
                Map.of("MaxSizeAllowed", Long.toString(maxBytes)));
    }

    private static void writeAtomically(Path dir, String name, byte[] content) throws IOException {
        Path temporary = dir.resolve(name + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW);
            move(temporary, dir.resolve(name));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted((a, b) -> b.getNameCount() - a.getNameCount())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
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
