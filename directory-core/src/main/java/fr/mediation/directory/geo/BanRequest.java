package fr.mediation.directory.geo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link BanGeocoder} asks of BAN for a query, and what its answer must agree with: {@code q}
 * cleaned as the API takes it, and the postcode and INSEE code filters the query allows.
 *
 * @param uri the request
 * @param postcode the query's postcode, normalised, or {@code null}
 * @param distributed whether the reference knows that postcode (else: CEDEX, unknown)
 * @param insee the query's INSEE code, normalised, or {@code null}
 */
record BanRequest(URI uri, String postcode, boolean distributed, String insee) {

  /** The longest {@code q} the API accepts. */
  static final int MAX_QUERY_LENGTH = 200;

  /** The shortest {@code q} the API accepts. */
  static final int MIN_QUERY_LENGTH = 3;

  /**
   * The request to the API at {@code baseUrl} for {@code query}, checked against {@code reference};
   * {@code null} when the query gives nothing to search for.
   */
  static BanRequest of(URI baseUrl, Communes reference, GeocodingQuery query) {
    String address = clean(query.address());
    String name = clean(query.communeName());
    String postcode = CommuneNames.postcode(query.postcode());
    String insee = CommuneNames.insee(query.inseeCode());
    Optional<Commune> commune = insee == null ? Optional.empty() : reference.byInsee(insee);
    boolean distributed = postcode != null && !reference.byPostcode(postcode).isEmpty();

    Map<String, String> params = new LinkedHashMap<>();
    String q;
    boolean municipality = address == null;
    if (!municipality) {
      q = name == null ? address : address + " " + name;
    } else {
      String communeName = name;
      if (communeName == null) {
        communeName = commune.map(c -> reference.currentOf(c).canonicalName()).orElse(postcode);
      }
      if (communeName == null) {
        return null;
      }
      q = communeName;
      if (q.length() < MIN_QUERY_LENGTH && postcode != null && !q.equals(postcode)) {
        q = postcode + " " + q; // "80190 Y": the API wants three characters at least
      }
    }
    q = searchable(q);
    if (q.length() < MIN_QUERY_LENGTH) {
      return null;
    }
    params.put("q", q);
    if (distributed) {
      params.put("postcode", postcode);
    }
    String citycode = insee == null ? null : citycode(reference, insee, commune, postcode);
    if (citycode != null) {
      params.put("citycode", citycode);
    }
    if (municipality) {
      params.put("type", "municipality");
    }
    params.put("limit", "1");
    String queryString =
        params.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return new BanRequest(
        URI.create(baseUrl + "/search/?" + queryString), postcode, distributed, insee);
  }

  /**
   * The {@code citycode} filter: BAN numbers Paris, Lyon and Marseille addresses with their
   * arrondissement's code, and a former commune's with its current commune's.
   */
  private static String citycode(
      Communes reference, String insee, Optional<Commune> known, String postcode) {
    if (known.isEmpty()) {
      return insee;
    }
    Commune c = reference.refine(known.get(), postcode);
    if (c.kind() == Commune.Kind.COMMUNE && hasArrondissements(reference, c)) {
      return null; // the whole city: BAN has no address numbered with its code
    }
    return reference.currentOf(c).insee();
  }

  private static boolean hasArrondissements(Communes reference, Commune city) {
    return reference.members(city).stream()
        .anyMatch(m -> m.kind() == Commune.Kind.ARRONDISSEMENT_MUNICIPAL);
  }

  /** {@code q} as the API takes it: starting with a letter or digit, 200 characters at most. */
  private static String searchable(String q) {
    String s = q.replaceAll("\\s+", " ").replaceFirst("^[^\\p{L}\\p{N}]+", "").strip();
    if (s.length() > MAX_QUERY_LENGTH) {
      s = s.substring(0, MAX_QUERY_LENGTH).strip();
    }
    return s;
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
