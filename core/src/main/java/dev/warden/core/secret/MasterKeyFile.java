package dev.warden.core.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The master key kept in {@code $WARDEN_HOME/master.key}: base64 text, created with mode 0600 on first
 * start and synced to disk before use so that a crash cannot leave secrets encrypted under a lost key.
 */
public final class MasterKeyFile {
    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyFile.class);

    private MasterKeyFile() {
    }

    public static MasterKey loadOrCreate(Path file, SecureRandom random) {
        if (Files.exists(file)) {
            return load(file);
        }
        MasterKey key = MasterKey.generate(random);
        try {
            OwnerOnlyFiles.createOwnerOnly(file);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((key.toBase64() + "\n").getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            LOG.info("Created a new master key at {}", file);
            return key;
        } catch (FileAlreadyExistsException raced) {
            return load(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create master key file " + file, e);
        }
    }

    public static MasterKey load(Path file) {
        try {
            if (!OwnerOnlyFiles.isOwnerOnly(file)) {
                LOG.warn("Master key file {} is readable by other users; restrict it to mode 0600", file);
            }
            return MasterKey.fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read master key file " + file, e);
        }
    }
}
