package dev.warden.insight.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Scans a file or a directory tree: one thread walks (never following symbolic links, skipping
 * version-control internals) and hands batches of files to {@code threads} readers, each reusing one
 * buffer. Most files end after the byte prefilter; only the rest are decoded and searched.
 */
public final class TreeScanner {
  private static final int BATCH = 256;
  private final CredentialDetector detector;
  private final long maxFileBytes;
  private final int threads;
  private final PathExclusion exclusion;

  public TreeScanner(CredentialDetector detector, long maxFileBytes, int threads) {
    this(detector, maxFileBytes, threads, PathExclusion.none());
  }

  public TreeScanner(CredentialDetector detector, long maxFileBytes, int threads, PathExclusion exclusion) {
    if (maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("file size limit must be between 1 byte and 2 GiB");
    }
    this.detector = detector;
    this.maxFileBytes = maxFileBytes;
    this.threads = Math.max(1, threads);
    this.exclusion = exclusion;
  }

  public static TreeScanner withDefaults() {
    return new TreeScanner(new CredentialDetector(), FileTriage.DEFAULT_MAX_FILE_BYTES,
        Runtime.getRuntime().availableProcessors());
  }

  private record Candidate(Path file, String shownPath, long size) {}

  private final class Tally {
    final Queue<Finding> findings = new ConcurrentLinkedQueue<>();
    final AtomicLong files = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    final AtomicLongArray skipped = new AtomicLongArray(SkipReason.values().length);

    void skip(SkipReason reason) {
      skipped.incrementAndGet(reason.ordinal());
    }

    ScanStats stats() {
      Map<SkipReason, Long> bySkip = new EnumMap<>(SkipReason.class);
      for (SkipReason reason : SkipReason.values()) {
        long count = skipped.get(reason.ordinal());
        if (count > 0) {
          bySkip.put(reason, count);
        }
      }
      return new ScanStats(files.get(), bytes.get(), bySkip, 0);
    }
  }

  /** Scans {@code root}; paths in findings are relative to it (a single file is shown by its name). */
  public TreeScan scan(Path root) throws IOException {
    Tally tally = new Tally();
    ExecutorService readers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "warden-scan");
      thread.setDaemon(true);
      return thread;
    });
    List<Future<?>> pending = new ArrayList<>();
    ThreadLocal<byte[][]> buffers = ThreadLocal.withInitial(() -> new byte[][] {new byte[64 * 1024]});
    try {
      List<Candidate> batch = new ArrayList<>(BATCH);
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          Path name = dir.getFileName();
          boolean skipped = !dir.equals(root) && name != null
              && (FileTriage.isSkippedDirectory(name.toString()) || exclusion.excludes(shownPath(root, dir)));
          return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isSymbolicLink()) {
            tally.skip(SkipReason.SYMLINK);
          } else if (attrs.isRegularFile()) {
            String shown = shownPath(root, file);
            if (exclusion.excludes(shown)) {
              return FileVisitResult.CONTINUE;
            }
            batch.add(new Candidate(file, shown, attrs.size()));
            if (batch.size() == BATCH) {
              List<Candidate> full = List.copyOf(batch);
              batch.clear();
              pending.add(readers.submit(() -> full.forEach(c -> scanFile(c, tally, buffers.get()))));
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          tally.skip(SkipReason.UNREADABLE);
          return FileVisitResult.CONTINUE;
        }
      });
      List<Candidate> last = List.copyOf(batch);
      pending.add(readers.submit(() -> last.forEach(c -> scanFile(c, tally, buffers.get()))));
      for (Future<?> future : pending) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("scan interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("scan failed: " + e.getCause(), e.getCause());
    } finally {
      readers.shutdownNow();
    }
    List<Finding> findings = new ArrayList<>(tally.findings);
    findings.sort(Finding.ORDER);
    return new TreeScan(findings, tally.stats());
  }

  private void scanFile(Candidate candidate, Tally tally, byte[][] buffer) {
    String name = candidate.file().getFileName().toString();
    if (FileTriage.isLockFile(name)) {
      tally.skip(SkipReason.LOCK_FILE);
      return;
    }
    if (candidate.size() > maxFileBytes) {
      tally.skip(SkipReason.TOO_LARGE);
      return;
    }
    int length;
    try (InputStream in = Files.newInputStream(candidate.file())) {
      int capacity = (int) Math.min(maxFileBytes + 1, Math.max(candidate.size() + 1, 1));
      if (buffer[0].length < capacity) {
        buffer[0] = new byte[capacity];
      }
      // The size may have changed since the walk: read at most one byte past the limit to notice.
      length = in.readNBytes(buffer[0], 0, (int) Math.min(buffer[0].length, maxFileBytes + 1));
    } catch (IOException e) {
      tally.skip(SkipReason.UNREADABLE);
      return;
    }
    byte[] bytes = buffer[0];
    if (length > maxFileBytes) {
      tally.skip(SkipReason.TOO_LARGE);
      return;
    }
    if (FileTriage.looksBinary(bytes, length)) {
      tally.skip(SkipReason.BINARY);
      return;
    }
    tally.files.incrementAndGet();
    tally.bytes.addAndGet(length);
    int signals = CredentialDetector.signals(bytes, length);
    if (signals == 0) {
      return;
    }
    String text = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    for (Detection detection : detector.detect(text, signals)) {
      tally.findings.add(new Finding(
          new Location(candidate.shownPath(), detection.line(), detection.column(), null), detection));
    }
  }

  private static String shownPath(Path root, Path file) {
    Path relative = file.equals(root) ? file.getFileName() : root.relativize(file);
    String shown = relative == null ? file.toString() : relative.toString();
    return shown.replace('\\', '/');
  }
}
