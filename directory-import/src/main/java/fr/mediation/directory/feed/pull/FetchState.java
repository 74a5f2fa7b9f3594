package fr.mediation.directory.feed.pull;

/**
 * What the previous successful fetch of a hub's file told us, kept by the caller and handed back to
 * the next fetch to make it conditional.
 *
 * @param etag the {@code ETag} response header exactly as received (quotes and {@code W/} prefix
 *     included), or {@code null}
 * @param lastModified the {@code Last-Modified} response header exactly as received, or {@code
 *     null}
 */
public record FetchState(String etag, String lastModified) {

  private static final FetchState NONE = new FetchState(null, null);

  /** Blank values are stored as {@code null}. */
  public FetchState {
    etag = etag == null || etag.isBlank() ? null : etag;
    lastModified = lastModified == null || lastModified.isBlank() ? null : lastModified;
  }

  /** The state of a file never fetched: the fetch will be unconditional. */
  public static FetchState none() {
    return NONE;
  }

  /** Whether there is nothing to make a fetch conditional with. */
  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
