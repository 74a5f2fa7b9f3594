package fr.mediation.directory.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last file of each source, in the database so that it survives restarts and every node sees
 * it: one row per source, replaced by each new file. Its content is kept gzip-compressed (the JDK's
 * {@code java.util.zip} at its fastest level: CSV and JSON exports still shrink several times), and
 * left out when even compressed it exceeds {@code directory.feed.keep-last-bytes} (8 MiB by
 * default); its date, size and hash are kept in any case.
 */
@ApplicationScoped
@Transactional
public class SourceFiles {

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  @Inject
  @ConfigProperty(name = "directory.feed.keep-last-bytes", defaultValue = "8388608")
  long keepLastBytes;

  /**
   * Keeps {@code content} as source {@code sourceKey}'s last file, received {@code at} for run
   * {@code runId}, in a transaction of its own.
   *
   * @param sha256 the content's {@link Sources#sha256}, which the caller has computed already
   */
  @Transactional(TxType.REQUIRES_NEW)
  public SourceFile keep(String sourceKey, Long runId, byte[] content, String sha256, Instant at) {
    SourceFile file = entityManager.find(SourceFile.class, sourceKey);
    boolean fresh = file == null;
    if (fresh) {
      file = new SourceFile(sourceKey);
    }
    file.replace(at, runId, content.length, sha256, compressed(content, keepLastBytes));
    if (fresh) {
      entityManager.persist(file);
    }
    return file;
  }

  /** What is known of source {@code sourceKey}'s last file, if it ever sent one. */
  public Optional<SourceFile> last(String sourceKey) {
    return Optional.ofNullable(entityManager.find(SourceFile.class, sourceKey));
  }

  /** The content of source {@code sourceKey}'s last file, if it was kept. */
  public Optional<byte[]> lastContent(String sourceKey) {
    return last(sourceKey)
        .filter(SourceFile::isContentKept)
        .map(f -> decompressed(f.getContentGzip()));
  }

  /** Bytes compressed between two looks at the output's size. */
  private static final int CHUNK = 1 << 16;

  /**
   * {@code content} gzip-compressed, or null when the result is larger than {@code limit}: the
   * compression stops as soon as the output passes it, instead of compressing a large file whole
   * (in the push's answer time) only to drop it. It runs at deflate's fastest level: on a hub's 95
   * MB CSV the default level took 1.2 s of the answer to find that the file was not to be kept (it
   * passed 8 MiB after 60 MB), the fastest 0.25 s, for a copy about 1.5 times larger.
   */
  static byte[] compressed(byte[] content, long limit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = fastest(out)) {
      for (int at = 0; at < content.length; at += CHUNK) {
        gzip.write(content, at, Math.min(CHUNK, content.length - at));
        if (out.size() > limit) {
          return null;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size() > limit ? null : out.toByteArray();
  }

  private static GZIPOutputStream fastest(ByteArrayOutputStream out) throws IOException {
    return new GZIPOutputStream(out) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
  }

  static byte[] decompressed(byte[] gzip) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
