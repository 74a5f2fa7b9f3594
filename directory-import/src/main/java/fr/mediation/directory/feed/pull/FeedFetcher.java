package fr.mediation.directory.feed.pull;

import dev.failsafe.RetryPolicy;
import fr.mediation.directory.feed.pull.FetchResult.Failed;
import fr.mediation.directory.feed.pull.FetchResult.Fetched;
import fr.mediation.directory.feed.pull.FetchResult.NotModified;
import fr.mediation.directory.retry.Retrying;
import fr.mediation.directory.retry.Sleeper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches a hub's file over HTTP(S).
 *
 * <p>Built on the JDK's own {@link HttpClient}: on Java 21+ it is the HTTP library made for this
 * (HTTP/2, redirects, timeouts, streaming bodies with back-pressure; part of the platform since
 * Java 11), so the pull needs no extra dependency. A fetch:
 *
 * <ul>
 *   <li>is conditional: {@code If-None-Match} and {@code If-Modified-Since} carry the {@link
 *       FetchState} of the previous successful fetch, and a 304 answer gives {@link NotModified};
 *   <li>follows at most {@value #MAX_REDIRECTS} redirects, as its {@link RedirectPolicy} allows (by
 *       default to the same origin only, never from HTTPS to HTTP);
 *   <li>is bounded: a connect timeout, a timeout on each whole request (body included), and a
 *       maximum file size enforced while the body streams in and again while it is gzip-decoded;
 *   <li>retries, with exponential backoff, connection errors, timeouts, 429 and 5xx answers
 *       (waiting as a {@code Retry-After} in seconds asks, up to a cap), but no other 4xx: a
 *       Failsafe {@link RetryPolicy} run by {@link Retrying}, waiting with the injected {@link
 *       Sleeper};
 *   <li>asks for and decodes {@code gzip} content encoding;
 *   <li>names the directory in its {@code User-Agent}.
 * </ul>
 *
 * <p>It never throws for a network or HTTP problem: those are {@link Failed} results, explained in
 * English and French. Instances are thread-safe; {@linkplain #close() close} them when done.
 *
 * <p>Over 400 lines: one fetch's conditional request, retries, redirects (each checked by {@link
 * RedirectPolicy}), size limit and the explanation of every failure in two languages.
 */
public final class FeedFetcher implements AutoCloseable {

  private static final long MIB = 1024 * 1024;

  /** English and French names of the statuses a hub may answer. */
  private static final Map<Integer, List<String>> STATUSES =
      Map.ofEntries(
          Map.entry(300, List.of("Multiple Choices", "choix multiples")),
          Map.entry(301, List.of("Moved Permanently", "déplacé définitivement")),
          Map.entry(302, List.of("Found", "déplacé temporairement")),
          Map.entry(303, List.of("See Other", "voir ailleurs")),
          Map.entry(307, List.of("Temporary Redirect", "redirection temporaire")),
          Map.entry(308, List.of("Permanent Redirect", "redirection permanente")),
          Map.entry(400, List.of("Bad Request", "requête incorrecte")),
          Map.entry(401, List.of("Unauthorized", "authentification requise")),
          Map.entry(403, List.of("Forbidden", "accès interdit")),
          Map.entry(404, List.of("Not Found", "introuvable")),
          Map.entry(405, List.of("Method Not Allowed", "méthode non autorisée")),
          Map.entry(406, List.of("Not Acceptable", "format non acceptable")),
          Map.entry(
              407, List.of("Proxy Authentication Required", "authentification proxy requise")),
          Map.entry(408, List.of("Request Timeout", "délai de la requête dépassé")),
          Map.entry(410, List.of("Gone", "supprimé définitivement")),
          Map.entry(412, List.of("Precondition Failed", "précondition non remplie")),
          Map.entry(414, List.of("URI Too Long", "adresse trop longue")),
          Map.entry(429, List.of("Too Many Requests", "trop de requêtes")),
          Map.entry(
              451, List.of("Unavailable For Legal Reasons", "indisponible pour raisons légales")),
          Map.entry(500, List.of("Internal Server Error", "erreur interne du serveur")),
          Map.entry(501, List.of("Not Implemented", "non implémenté")),
          Map.entry(502, List.of("Bad Gateway", "erreur de passerelle")),
          Map.entry(503, List.of("Service Unavailable", "service indisponible")),
          Map.entry(504, List.of("Gateway Timeout", "délai de la passerelle dépassé")));

  private final FetchOptions options;
  private final Sleeper sleeper;
  private final RetryPolicy<Outcome> retries;
  private final RedirectPolicy redirects;
  private final HttpClient client;

  /** Redirects followed at most in one fetch. */
  static final int MAX_REDIRECTS = 5;

  /** A fetcher with {@link FetchOptions#defaults()}. */
  public FeedFetcher() {
    this(FetchOptions.defaults());
  }

  /** A fetcher with these options, really waiting between attempts. */
  public FeedFetcher(FetchOptions options) {
    this(options, Sleeper.real());
  }

  /** A fetcher with these options, waiting between attempts with {@code sleeper}. */
  public FeedFetcher(FetchOptions options, Sleeper sleeper) {
    this(options, sleeper, RedirectPolicy.SAME_ORIGIN);
  }

  /** A fetcher with these options, following the redirects {@code redirects} allows. */
  public FeedFetcher(FetchOptions options, Sleeper sleeper, RedirectPolicy redirects) {
    this.options = Objects.requireNonNull(options, "options");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.redirects = Objects.requireNonNull(redirects, "redirects");
    this.retries =
        RetryPolicy.<Outcome>builder()
            .handleResultIf(outcome -> outcome instanceof Retryable)
            .withMaxAttempts(options.maxAttempts())
            .withDelayFn(
                context ->
                    wait(
                        context.getAttemptCount(),
                        ((Retryable) context.getLastResult()).retryAfter()))
            .build();
    // Redirects are followed here, each one checked, never by the client itself.
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The options this fetcher applies. */
  public FetchOptions options() {
    return options;
  }

  /**
   * Fetches {@code url}, conditionally on {@code previous}.
   *
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL with a host
   */
  public FetchResult fetch(String url, FetchState previous) {
    Objects.requireNonNull(url, "url");
    return fetch(URI.create(url.strip()), previous);
  }

  /**
   * Fetches {@code url}, conditionally on {@code previous} ({@link FetchState#none()} for an
   * unconditional fetch).
   *
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL with a host
   */
  public FetchResult fetch(URI url, FetchState previous) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(previous, "previous");
    requireHttp(url);
    String shown = display(url);
    Redirects followed = new Redirects(url, request(url, previous));
    Retrying.Outcome<Outcome> done =
        Retrying.run(
            retries, sleeper, attempt -> followingRedirects(followed, previous, shown, attempt));
    if (done.last() instanceof Settled settled) {
      return settled.result();
    }
    Retryable failure = (Retryable) done.last();
    return done.interrupted()
        ? interrupted(shown, failure.status(), done.attempts())
        : failure.toFailed(done.attempts());
  }

  /** Where the redirects followed so far lead: a retry asks there again. */
  private static final class Redirects {
    URI current;
    HttpRequest request;
    int count;

    Redirects(URI current, HttpRequest request) {
      this.current = current;
      this.request = request;
    }
  }

  /**
   * One attempt: a request, and the redirects it meets, each checked by the {@link RedirectPolicy}
   * (a redirect followed is not a failed attempt).
   */
  private Outcome followingRedirects(
      Redirects followed, FetchState previous, String shown, int attempt) {
    while (true) {
      Outcome outcome = attempt(followed.request, shown, attempt);
      if (!(outcome instanceof Redirected redirect)) {
        return outcome;
      }
      URI target = redirect.target();
      Optional<RedirectPolicy.Refusal> refusal =
          ++followed.count > MAX_REDIRECTS
              ? Optional.of(
                  new RedirectPolicy.Refusal(
                      "after " + MAX_REDIRECTS + " redirects",
                      "après " + MAX_REDIRECTS + " redirections"))
              : redirects.check(followed.current, target);
      if (refusal.isPresent()) {
        return settled(
            "HTTP "
                + redirect.status()
                + " from "
                + shown
                + ": redirect not followed, "
                + refusal.get().reason()
                + ".",
            "Le serveur du hub a répondu par une redirection ("
                + redirect.status()
                + ") qui n'a pas été suivie : "
                + refusal.get().reasonFr()
                + ".",
            redirect.status(),
            attempt);
      }
      followed.current = target;
      followed.request = request(target, previous);
    }
  }

  /** Closes the underlying HTTP client, aborting any fetch under way. */
  @Override
  public void close() {
    client.shutdownNow();
  }

  private static void requireHttp(URI url) {
    String scheme = url.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("Not an http(s) URL: " + display(url));
    }
    if (url.getHost() == null || url.getHost().isBlank()) {
      throw new IllegalArgumentException("No host in URL: " + display(url));
    }
  }

  private HttpRequest request(URI url, FetchState previous) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(url)
            .GET()
            .timeout(options.requestTimeout())
            .header("User-Agent", options.userAgent())
            .header("Accept-Encoding", "gzip");
    // A stored value the JDK refuses as a header only makes the fetch unconditional.
    if (previous.etag() != null) {
      try {
        builder.header("If-None-Match", previous.etag());
      } catch (IllegalArgumentException ignored) {
        // not a valid header value
      }
    }
    if (previous.lastModified() != null) {
      try {
        builder.header("If-Modified-Since", previous.lastModified());
      } catch (IllegalArgumentException ignored) {
        // not a valid header value
      }
    }
    return builder.build();
  }

  private Duration wait(int attempt, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(options.maxRetryAfter()) > 0
          ? options.maxRetryAfter()
          : retryAfter;
    }
    return options.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
  }

  // --- one attempt ---

  /** What one HTTP request came to. */
  private sealed interface Outcome {}

  /** The fetch is over, for better or worse. */
  private record Settled(FetchResult result) implements Outcome {}

  /** The server redirects to {@code target}, to be checked before it is followed. */
  private record Redirected(URI target, int status) implements Outcome {}

  /** The request failed in a way worth trying again. */
  private record Retryable(String reason, String reasonFr, Integer status, Duration retryAfter)
      implements Outcome {

    Failed toFailed(int attempts) {
      if (attempts == 1) {
        return new Failed(reason, reasonFr + ".", status, attempts);
      }
      return new Failed(
          reason + " (after " + attempts + " attempts)",
          reasonFr + ", après " + attempts + " tentatives.",
          status,
          attempts);
    }
  }

  private Outcome attempt(HttpRequest request, String shown, int attempt) {
    boolean conditional =
        request.headers().firstValue("If-None-Match").isPresent()
            || request.headers().firstValue("If-Modified-Since").isPresent();
    CompletableFuture<HttpResponse<byte[]>> future;
    HttpResponse<byte[]> response;
    try {
      future = client.sendAsync(request, this::bodySubscriber);
    } catch (RuntimeException e) {
      return settled(
          "Could not fetch " + shown + ": " + describe(e),
          "Le fichier du hub n'a pas pu être téléchargé.",
          null,
          attempt);
    }
    try {
      response = future.get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return timeout(shown);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return new Settled(interrupted(shown, null, attempt));
    } catch (ExecutionException e) {
      return failure(e.getCause(), shown, attempt);
    }
    return answer(response, shown, conditional, attempt);
  }

  private BodySubscriber<byte[]> bodySubscriber(ResponseInfo info) {
    int status = info.statusCode();
    if (status >= 200 && status < 300) {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      return new LimitedBody(options.maxBodyBytes(), declared, status);
    }
    // Error and 304 answers: their body, if any, is not needed.
    return BodySubscribers.replacing(null);
  }

  private Outcome failure(Throwable cause, String shown, int attempt) {
    BodyTooLarge tooLarge = find(cause, BodyTooLarge.class);
    if (tooLarge != null) {
      return new Settled(tooLarge(shown, tooLarge.declared, tooLarge.status, attempt));
    }
    HttpConnectTimeoutException connectTimeout = find(cause, HttpConnectTimeoutException.class);
    if (connectTimeout != null) {
      String within = duration(options.connectTimeout());
      return new Retryable(
          "Could not connect to " + shown + " within " + within,
          "Impossible de se connecter au serveur du hub en moins de " + within,
          null,
          null);
    }
    if (find(cause, HttpTimeoutException.class) != null) {
      return timeout(shown);
    }
    ConnectException connect = find(cause, ConnectException.class);
    if (connect != null) {
      return new Retryable(
          "Could not connect to " + shown + ": " + describe(connect),
          "Impossible de se connecter au serveur du hub (adresse introuvable, connexion refusée"
              + " ou serveur arrêté)",
          null,
          null);
    }
    IOException io = find(cause, IOException.class);
    if (io != null) {
      return new Retryable(
          "Network error while fetching " + shown + ": " + describe(io),
          "Erreur réseau pendant le téléchargement du fichier du hub",
          null,
          null);
    }
    return settled(
        "Could not fetch " + shown + ": " + describe(cause),
        "Le fichier du hub n'a pas pu être téléchargé.",
        null,
        attempt);
  }

  private Outcome timeout(String shown) {
    String within = duration(options.requestTimeout());
    return new Retryable(
        "No complete answer from " + shown + " within " + within,
        "Le serveur du hub n'a pas envoyé le fichier complet en moins de " + within,
        null,
        null);
  }

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private Outcome answer(
      HttpResponse<byte[]> response, String shown, boolean conditional, int attempt) {
    int status = response.statusCode();
    HttpHeaders headers = response.headers();
    if (status == 304) {
      if (conditional) {
        return new Settled(new NotModified(attempt));
      }
      return settled(
          "HTTP 304 Not Modified from " + shown + " to a request that was not conditional",
          "Le serveur du hub a répondu 304 (non modifié) à une demande qui n'était pas"
              + " conditionnelle.",
          status,
          attempt);
    }
    if (status >= 200 && status < 300) {
      return fetched(response, shown, attempt);
    }
    String english = "HTTP " + status + statusName(status, 0) + " from " + shown;
    if (status == 429 || (status >= 500 && status < 600)) {
      return new Retryable(
          english,
          "Le serveur du hub a répondu " + status + statusName(status, 1),
          status,
          retryAfter(headers));
    }
    Optional<String> location = headers.firstValue("Location");
    if (REDIRECTS.contains(status) && location.isPresent()) {
      try {
        return new Redirected(response.uri().resolve(location.get().strip()), status);
      } catch (IllegalArgumentException e) {
        return settled(
            english + ": redirect to an invalid URL",
            "Le serveur du hub a répondu par une redirection vers une adresse invalide.",
            status,
            attempt);
      }
    }
    if (status >= 300 && status < 400) {
      return settled(
          english + ": redirect without a Location, not followed",
          "Le serveur du hub a répondu par une redirection ("
              + status
              + ") sans adresse de destination, qui n'a pas été suivie.",
          status,
          attempt);
    }
    return settled(
        english,
        "Le serveur du hub a répondu " + status + statusName(status, 1) + ".",
        status,
        attempt);
  }

  private Outcome fetched(HttpResponse<byte[]> response, String shown, int attempt) {
    int status = response.statusCode();
    HttpHeaders headers = response.headers();
    byte[] body = response.body();
    List<String> encodings = new ArrayList<>();
    for (String value : headers.allValues("Content-Encoding")) {
      for (String token : value.split(",")) {
        String encoding = token.strip().toLowerCase(Locale.ROOT);
        if (!encoding.isEmpty() && !encoding.equals("identity")) {
          encodings.add(encoding);
        }
      }
    }
    if (encodings.size() > 1
        || (encodings.size() == 1
            && !encodings.getFirst().equals("gzip")
            && !encodings.getFirst().equals("x-gzip"))) {
      String named = String.join(", ", encodings);
      return settled(
          "The file at " + shown + " has Content-Encoding " + named + "; only gzip is supported",
          "Le fichier du hub est compressé dans un format non pris en charge ("
              + named
              + ") ; seul gzip est accepté.",
          status,
          attempt);
    }
    if (encodings.size() == 1) {
      try {
        body = gunzip(body, options.maxBodyBytes());
      } catch (BodyTooLarge e) {
        return new Settled(tooLarge(shown, -1, status, attempt));
      } catch (IOException e) {
        return settled(
            "The file at "
                + shown
                + " is declared gzip-encoded but cannot be decoded: "
                + describe(e),
            "Le fichier du hub est annoncé compressé (gzip) mais n'a pas pu être décompressé.",
            status,
            attempt);
      }
    }
    FetchState state =
        new FetchState(
            headers.firstValue("ETag").orElse(null),
            headers.firstValue("Last-Modified").orElse(null));
    return new Settled(
        new Fetched(body, state, headers.firstValue("Content-Type").orElse(null), attempt));
  }

  private static byte[] gunzip(byte[] raw, long limit) throws IOException {
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

  private static Duration retryAfter(HttpHeaders headers) {
    String value = headers.firstValue("Retry-After").map(String::strip).orElse("");
    if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
      return null; // absent, an HTTP date, or unreasonably long: the usual backoff applies
    }
    return Duration.ofSeconds(Long.parseLong(value));
  }

  // --- results ---

  private static Settled settled(String reason, String reasonFr, Integer status, int attempts) {
    return new Settled(new Failed(reason, reasonFr, status, attempts));
  }

  private Failed tooLarge(String shown, long declared, int status, int attempts) {
    long limit = options.maxBodyBytes();
    return new Failed(
        "The file at "
            + shown
            + " is larger than the limit of "
            + size(limit, false)
            + (declared > 0 ? " (it declares " + declared + " bytes)" : ""),
        "Le fichier du hub dépasse la taille maximale acceptée (" + size(limit, true) + ").",
        status,
        attempts);
  }

  private static Failed interrupted(String shown, Integer status, int attempts) {
    return new Failed(
        "Fetching " + shown + " was interrupted",
        "Le téléchargement du fichier du hub a été interrompu.",
        status,
        attempts);
  }

  /** " Not Found" (index 0) or " (introuvable)" (index 1), or nothing for an unusual status. */
  private static String statusName(int status, int index) {
    List<String> names = STATUSES.get(status);
    if (names == null) {
      return "";
    }
    return index == 0 ? " " + names.get(0) : " (" + names.get(1) + ")";
  }

  /** The URL as shown in reasons: without credentials. */
  static String display(URI url) {
    String text = url.toString();
    String userInfo = url.getRawUserInfo();
    return userInfo == null ? text : text.replace(userInfo + "@", "");
  }

  private static String duration(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static String size(long bytes, boolean french) {
    if (bytes < MIB) {
      return bytes + (french ? " octets" : " bytes");
    }
    String amount =
        bytes % MIB == 0
            ? Long.toString(bytes / MIB)
            : String.format(french ? Locale.FRANCE : Locale.ROOT, "%.1f", bytes / (double) MIB);
    return amount + (french ? " Mo" : " MiB");
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  // --- bounded body ---

  /** The body went past {@link FetchOptions#maxBodyBytes()}. */
  private static final class BodyTooLarge extends IOException {

    final long declared;
    final int status;

    BodyTooLarge(long declared, int status) {
      super("body larger than the limit");
      this.declared = declared;
      this.status = status;
    }
  }

  /** Collects a body, giving up as soon as it goes past the limit. */
  private static final class LimitedBody implements BodySubscriber<byte[]> {

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
