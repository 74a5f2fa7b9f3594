package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.venue.search.VenueQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A venue search from named parameters, for callers in the same process (the citizens' pages): the
 * same names, converters and checks as {@code GET /api/v1/venues}, so that a filter added to the
 * API reaches them without another copy. A value that cannot be used throws {@link
 * InvalidParameterException}, whose French message can be shown to people.
 */
public final class VenueQueries {

  /** The filters' parameter names. */
  private static final Set<String> FILTERS = FilterParameters.names();

  private VenueQueries() {}

  /** The names of the shared filters ({@code services}, {@code frais_a_charge}...). */
  public static Set<String> filterNames() {
    return FILTERS;
  }

  /**
   * The search that these parameters describe.
   *
   * @param filters values by name; names that are not filters are ignored
   * @param lat latitude of the point ({@code null}: none)
   * @param lon longitude of the point
   * @param radiusKm radius around the point ({@code null}: nearest anywhere)
   * @param limit venues to return
   */
  public static VenueQuery search(
      Map<String, List<String>> filters, Double lat, Double lon, Integer radiusKm, int limit) {
    return SearchParameters.toQuery(
        FilterParameters.of(filters),
        lat == null ? null : Double.toString(lat),
        lon == null ? null : Double.toString(lon),
        radiusKm == null ? null : Integer.toString(radiusKm),
        null,
        null,
        Integer.toString(limit),
        null,
        null,
        null);
  }
}
