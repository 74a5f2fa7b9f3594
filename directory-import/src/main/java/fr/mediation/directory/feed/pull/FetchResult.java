package fr.mediation.directory.feed.pull;

/** The outcome of {@link FeedFetcher#fetch}: a new file, the same file as before, or a failure. */
public sealed interface FetchResult {

  /** How many HTTP requests the fetch made (1 when the first one settled it). */
  int attempts();

  /**
   * The hub served its file.
   *
   * @param body the file's bytes, {@code gzip} content encoding already decoded
   * @param newState what to hand to the next fetch of the same URL
   * @param contentType the {@code Content-Type} response header, or {@code null}
   * @param attempts how many HTTP requests were made
   */
  record Fetched(byte[] body, FetchState newState, String contentType, int attempts)
      implements FetchResult {}

  /**
   * The hub answered 304 Not Modified: the file has not changed since the previous fetch, whose
   * state stays valid.
   */
  record NotModified(int attempts) implements FetchResult {}

  /**
   * The file could not be fetched.
   *
   * @param reason what went wrong, in plain English, naming the URL (without any credentials)
   * @param reasonFr the same, in plain French, for the hub's staff
   * @param lastStatus the HTTP status of the last attempt, or {@code null} when it got no HTTP
   *     answer (connection error, timeout)
   * @param attempts how many HTTP requests were made
   */
  record Failed(String reason, String reasonFr, Integer lastStatus, int attempts)
      implements FetchResult {}
}
