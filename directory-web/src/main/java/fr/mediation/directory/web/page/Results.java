package fr.mediation.directory.web.page;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.api.venue.VenueQueries;
import fr.mediation.directory.api.venue.VenueSummary;
import fr.mediation.directory.venue.search.VenueHits;
import fr.mediation.directory.venue.search.VenueSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The venues around a point, as the search page and the orientation sheet list them: the API's
 * search in-process, widened when nothing is near, saying so.
 */
@ApplicationScoped
class Results {

  static final int DEFAULT_RADIUS = 10;
  private static final int[] WIDER = {25, 50, 100, 200};

  @Inject VenueSearch search;

  /** The venues found and how to tell them. */
  record Found(List<VenueSummary> venues, long total, boolean exact, Integer radius, String note) {}

  /**
   * Searches around {@code where} with the API's filters, widening the radius when nothing matches.
   *
   * @throws InvalidParameterException when a filter's value cannot be used
   */
  Found around(
      Where.Point where,
      Map<String, List<String>> filters,
      int radius,
      int limit,
      ZonedDateTime now) {
    List<Integer> radii = new ArrayList<>(List.of(radius));
    for (int r : WIDER) {
      if (r > radius) {
        radii.add(r);
      }
    }
    for (int r : radii) {
      VenueHits hits =
          search.search(
              VenueQueries.search(filters, where.latitude(), where.longitude(), r, limit),
              VenueSearch.COUNTED_UP_TO);
      if (!hits.hits().isEmpty()) {
        String note =
            r == radius
                ? null
                : "Aucun lieu à moins de "
                    + radius
                    + " km ne correspond : nous avons élargi la recherche à "
                    + r
                    + " km.";
        return new Found(summaries(hits, now), hits.total(), hits.totalExact(), r, note);
      }
    }
    VenueHits nearest =
        search.search(
            VenueQueries.search(filters, where.latitude(), where.longitude(), null, 5),
            VenueSearch.COUNTED_UP_TO);
    List<VenueSummary> found = summaries(nearest, now);
    return new Found(
        found,
        found.size(),
        true,
        null,
        found.isEmpty()
            ? null
            : "Aucun lieu à moins de "
                + radii.getLast()
                + " km ne correspond. Voici les lieux les plus proches, plus loin.");
  }

  private static List<VenueSummary> summaries(VenueHits hits, ZonedDateTime now) {
    return hits.hits().stream().map(hit -> VenueSummary.of(hit, now)).toList();
  }

  /** The template's values for a list of results. */
  static Map<String, Object> model(Found found, ZonedDateTime now, String back) {
    Map<String, Object> page = new LinkedHashMap<>();
    List<Map<String, Object>> venues = new ArrayList<>();
    for (VenueSummary v : found.venues()) {
      venues.add(Views.summary(v, now, back));
    }
    page.put("lieux", venues);
    page.put("aLieux", !venues.isEmpty());
    page.put("aucun", venues.isEmpty());
    page.put("total", found.total());
    page.put("rayon", found.radius());
    if (found.note() != null) {
      page.put("elargi", found.note());
    }
    long total = found.total();
    page.put(
        "totalTexte",
        !found.exact()
            ? "Au moins " + String.format(Locale.FRANCE, "%,d", total) + " lieux"
            : total == 1 ? "1 lieu" : String.format(Locale.FRANCE, "%,d", total) + " lieux");
    return page;
  }
}
