package fr.mediation.directory.feed.pull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.zip.GZIPInputStream;

/**
 * A hub's file kept within {@link FetchOptions#maxBodyBytes()}: while it streams in ({@link
 * LimitedBody}) and again while it is gzip-decoded ({@link #gunzip}).
 */
final class BoundedBody {

  private static final long MIB = 1024 * 1024;

  private BoundedBody() {}

  /** {@code raw} gzip-decoded, giving up as soon as it goes past {@code limit}. */
  static byte[] gunzip(byte[] raw, long limit) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      ByteArrayOutputStream out =
          new ByteArrayOutputStream((int) Math.min(Math.max(raw.length * 4L, 8192), MIB * 8));
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int read; (read = in.read(buffer)) != -1; ) {
        total += read;
        if (total > limit) {
          throw new BodyTooLarge(-1, 200);
        }
        out.write(buffer, 0, read);
      }
      return out.toByteArray();
    }
  }

  /** The body went past {@link FetchOptions#maxBodyBytes()}. */
  static final class BodyTooLarge extends IOException {

    final long declared;
    final int status;

    BodyTooLarge(long declared, int status) {
      super("body larger than the limit");
      this.declared = declared;
      this.status = status;
    }
  }

  /** Collects a body, giving up as soon as it goes past the limit. */
  static final class LimitedBody implements BodySubscriber<byte[]> {

    private final long limit;
    private final long declared;
    private final int status;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream out;
    private Flow.Subscription subscription;
    private long received;

    LimitedBody(long limit, long declared, int status) {
      this.limit = limit;
      this.declared = declared;
      this.status = status;
      long initial = declared > 0 && declared <= limit ? declared : 8192;
      this.out = new ByteArrayOutputStream((int) Math.min(initial, MIB * 8));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (declared > limit) {
        subscription.cancel();
        body.completeExceptionally(new BodyTooLarge(declared, status));
        return;
      }
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (body.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        received += buffer.remaining();
        if (received > limit) {
          subscription.cancel();
          body.completeExceptionally(new BodyTooLarge(declared, status));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      body.complete(out.toByteArray());
    }
  }
}
