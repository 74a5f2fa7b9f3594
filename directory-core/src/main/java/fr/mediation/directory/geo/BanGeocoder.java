package fr.mediation.directory.geo;

import dev.failsafe.RetryPolicy;
import fr.mediation.directory.retry.Retrying;
import fr.mediation.directory.retry.Sleeper;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A geocoder on the national address API, the <i>Base Adresse Nationale</i> ({@code
 * https://api-adresse.data.gouv.fr/search/}): it reads the street and the house number, which the
 * offline {@link GazetteerGeocoder} never does.
 *
 * <p>One request per query: {@code GET {baseUrl}/search/?q=…&postcode=…&citycode=…&limit=1}, with
 * {@code q} the address followed by the commune's name, or, without an address, the commune's name
 * with {@code type=municipality}. The filters are sent when the query knows them: the postcode when
 * it is a distribution postcode of the {@link Communes} reference (a CEDEX code is not one, and BAN
 * would find nothing with it), the INSEE code as BAN numbers communes (an arrondissement's for
 * Paris, Lyon and Marseille when the postcode tells which, none for the whole city; the current
 * commune's for a former commune).
 *
 * <p>BAN's best feature is accepted when
 *
 * <ul>
 *   <li>its {@code properties.score} is at least the minimum score (default {@value
 *       #DEFAULT_MIN_SCORE});
 *   <li>its {@code citycode} is the query's commune (the same code, the city of an arrondissement
 *       or an arrondissement of the city, the current commune of a former one);
 *   <li>its {@code postcode} is the query's; for a postcode the reference does not know (CEDEX), in
 *       the same département;
 *   <li>its {@code type} is one of {@code housenumber} ({@link Precision#ADDRESS}), {@code street}
 *       or {@code locality} (a <i>lieu-dit</i>, {@link Precision#STREET}), {@code municipality}
 *       ({@link Precision#COMMUNE}; the API's former {@code city}, {@code town} and {@code village}
 *       too).
 * </ul>
 *
 * The position is {@code geometry.coordinates} ({@code [longitude, latitude]}), the label {@code
 * properties.label}, the INSEE code {@code properties.citycode}.
 *
 * <p>Network problems never throw: a connection refused or reset, a time-out (5 s to connect, 10 s
 * for the answer by default), an HTTP 5xx or 429 are tried once more after a short pause, then the
 * query gets no answer ({@link Optional#empty()}) and a warning is logged, at most once a minute
 * (with the number of failures not logged since). Other HTTP errors and unreadable answers are not
 * retried. Chain it before the gazetteer with {@link FallbackGeocoder}.
 *
 * <p>Thread-safe. Needs a JSON-P ({@code jakarta.json}) implementation at run time, which the
 * application server provides. {@link #close()} releases the HTTP client.
 *
 * <p>The query's cleaning and filters are {@link BanRequest}'s, the answer's checks against the
 * queried commune (arrondissements, homonyms, score and precision) {@link BanAnswer}'s; here, the
 * exchange with the API, its retries (a Failsafe {@link RetryPolicy}, run by {@link Retrying} like
 * the pulls') and the rate of warnings.
 */
public final class BanGeocoder implements Geocoder, AutoCloseable {

  /** The public API's address. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api-adresse.data.gouv.fr");

  /** The lowest {@code properties.score} accepted by default. */
  public static final double DEFAULT_MIN_SCORE = 0.5;

  /** How long establishing a connection may take by default. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** How long waiting for an answer may take by default, once connected. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /** The pause before the second attempt by default. */
  public static final Duration DEFAULT_RETRY_DELAY = Duration.ofMillis(500);

  /** Attempts per query: the first, and one more after a network error, a 5xx or a 429. */
  public static final int MAX_ATTEMPTS = 2;

  private static final Logger LOG = Logger.getLogger(BanGeocoder.class.getName());
  private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

  private final URI baseUrl;
  private final double minScore;
  private final Duration requestTimeout;
  private final RetryPolicy<Exchange> retries;
  private final Sleeper sleeper;
  private final Supplier<Communes> communes;
  private final HttpClient http;
  private final JsonReaderFactory json;
  private final BanAnswer answers;
  private final AtomicLong nextWarning = new AtomicLong(System.nanoTime());
  private final AtomicInteger unlogged = new AtomicInteger();

  /** A geocoder on the public API, with the default minimum score. */
  public BanGeocoder() {
    this(builder());
  }

  /**
   * A geocoder on an instance of the API.
   *
   * @param baseUrl the instance's address, without {@code /search/}: {@code
   *     https://api-adresse.data.gouv.fr}
   * @param minScore the lowest {@code properties.score} to accept, from 0 to 1
   */
  public BanGeocoder(URI baseUrl, double minScore) {
    this(builder().baseUrl(baseUrl).minScore(minScore));
  }

  private BanGeocoder(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.minScore = builder.minScore;
    this.requestTimeout = builder.requestTimeout;
    this.retries =
        RetryPolicy.<Exchange>builder()
            .handleResultIf(Exchange::worthRetrying)
            .withMaxAttempts(MAX_ATTEMPTS)
            .withDelay(builder.retryDelay)
            .build();
    this.sleeper = builder.sleeper;
    Communes given = builder.communes;
    this.communes = given != null ? () -> given : Communes::get;
    this.answers = new BanAnswer(minScore, communes, this::warn);
    // Fails here, at start-up, when no JSON-P implementation is on the classpath.
    this.json = Json.createReaderFactory(Map.of());
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(builder.connectTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** A builder, with the defaults of the public API. */
  public static Builder builder() {
    return new Builder();
  }

  /** The API's address. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** The lowest {@code properties.score} accepted. */
  public double minScore() {
    return minScore;
  }

  @Override
  public Optional<GeocodedPosition> geocode(GeocodingQuery query) {
    Objects.requireNonNull(query, "query");
    BanRequest request = BanRequest.of(baseUrl, communes.get(), query);
    if (request == null) {
      return Optional.empty();
    }
    Optional<JsonObject> answer = fetch(request.uri());
    return answer.flatMap(collection -> answers.accept(collection, request));
  }

  /** Releases the HTTP client's connections and threads. */
  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "BanGeocoder[" + baseUrl + ", minScore " + minScore + "]";
  }

  // ---------------------------------------------------------------- the exchange

  /** BAN's answer, or empty after a failure (logged). */
  private Optional<JsonObject> fetch(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("Accept", "application/json")
            .header("User-Agent", "fr.mediation.directory (BanGeocoder)")
            .GET()
            .build();
    Retrying.Outcome<Exchange> done = Retrying.run(retries, sleeper, attempt -> send(request));
    Exchange last = done.last();
    if (done.interrupted() || last.interrupted()) {
      return Optional.empty();
    }
    if (last.body() != null) {
      return parse(last.body(), uri);
    }
    warn("BAN did not answer " + uri + " (" + last.failure() + ")");
    return Optional.empty();
  }

  /**
   * One request to BAN: its answer's body (status 200), or why there is none.
   *
   * @param body the answer, when BAN answered 200; else null
   * @param failure the network error or the HTTP status, when there is no body
   * @param status the HTTP status, or 0 without an answer
   * @param interrupted whether the thread was interrupted while waiting for the answer
   */
  private record Exchange(byte[] body, String failure, int status, boolean interrupted) {

    /** A network error, a 5xx or a 429: another attempt may work; any other answer, not. */
    boolean worthRetrying() {
      return body == null && !interrupted && (status == 0 || status >= 500 || status == 429);
    }
  }

  private Exchange send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      int status = response.statusCode();
      return status == 200
          ? new Exchange(response.body(), null, status, false)
          : new Exchange(null, "HTTP " + status, status, false);
    } catch (IOException e) {
      return new Exchange(
          null,
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          0,
          false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Exchange(null, "interrupted", 0, true);
    }
  }

  private Optional<JsonObject> parse(byte[] body, URI uri) {
    try (JsonReader reader = json.createReader(new ByteArrayInputStream(body))) {
      return Optional.of(reader.readObject());
    } catch (JsonException | IllegalStateException e) {
      warn("BAN's answer to " + uri + " is not a JSON object: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Logs a warning, unless one was logged less than a minute ago. */
  private void warn(String message) {
    long now = System.nanoTime();
    long next = nextWarning.get();
    if (now - next >= 0 && nextWarning.compareAndSet(next, now + WARNING_INTERVAL.toNanos())) {
      int skipped = unlogged.getAndSet(0);
      LOG.warning(
          message
              + (skipped > 0 ? "; " + skipped + " other failure(s) not logged before this one" : "")
              + ". The query gets no answer from BAN; failures are logged once a minute at most.");
    } else {
      unlogged.incrementAndGet();
      LOG.fine(message);
    }
  }

  // ---------------------------------------------------------------- configuration

  /** The settings of a {@link BanGeocoder}; every one has a default. */
  public static final class Builder {
    private URI baseUrl = DEFAULT_BASE_URL;
    private double minScore = DEFAULT_MIN_SCORE;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private Duration retryDelay = DEFAULT_RETRY_DELAY;
    private Sleeper sleeper = Sleeper.real();
    private Communes communes;

    private Builder() {}

    /**
     * The API's address, without {@code /search/} (a trailing slash is dropped); default {@link
     * #DEFAULT_BASE_URL}.
     */
    public Builder baseUrl(URI baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      String scheme =
          baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
        throw new IllegalArgumentException("Not an http(s) URL: " + baseUrl);
      }
      String s = baseUrl.toString();
      while (s.endsWith("/")) {
        s = s.substring(0, s.length() - 1);
      }
      this.baseUrl = URI.create(s);
      return this;
    }

    /** The API's address as text ({@code DIRECTORY_BAN_URL}). */
    public Builder baseUrl(String baseUrl) {
      return baseUrl(URI.create(Objects.requireNonNull(baseUrl, "baseUrl").strip()));
    }

    /**
     * The lowest {@code properties.score} to accept, from 0 to 1; default {@value
     * #DEFAULT_MIN_SCORE}.
     */
    public Builder minScore(double minScore) {
      if (!(minScore >= 0 && minScore <= 1)) {
        throw new IllegalArgumentException("A score is between 0 and 1: " + minScore);
      }
      this.minScore = minScore;
      return this;
    }

    /** How long establishing a connection may take; default 5 s. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** How long waiting for each answer may take; default 10 s. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive(requestTimeout, "requestTimeout");
      return this;
    }

    /** The pause before the second attempt; default 0.5 s. */
    public Builder retryDelay(Duration retryDelay) {
      Objects.requireNonNull(retryDelay, "retryDelay");
      if (retryDelay.isNegative()) {
        throw new IllegalArgumentException("retryDelay is negative: " + retryDelay);
      }
      this.retryDelay = retryDelay;
      return this;
    }

    /** How the pause before the second attempt is waited; default a real sleep (tests: none). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * The commune reference used to build the filters and check the answers; default {@link
     * Communes#get()}, loaded at the first query.
     */
    public Builder communes(Communes communes) {
      this.communes = Objects.requireNonNull(communes, "communes");
      return this;
    }

    /**
     * The geocoder.
     *
     * @throws jakarta.json.JsonException when no JSON-P implementation is on the classpath
     */
    public BanGeocoder build() {
      return new BanGeocoder(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " is not positive: " + d);
      }
      return d;
    }
  }
}
