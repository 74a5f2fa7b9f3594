package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.search.VenueQuery;
import fr.mediation.directory.venue.search.VenueSearch;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.StreamingOutput;

/** The exports of the whole directory (no filter), for the snapshots written to files. */
public final class WholeExports {

  private WholeExports() {}

  private static VenueQuery all() {
    return SearchParameters.toFilterQuery(new FilterParameters());
  }

  /** The national standard v1 CSV of every venue. */
  public static StreamingOutput csv(VenueSearch search) {
    return VenueExport.csv(search, all(), null);
  }

  /** The same as a JSON array. */
  public static StreamingOutput json(VenueSearch search) {
    return VenueExport.standardJson(search, all(), null);
  }

  /** Every venue as GeoJSON. */
  public static StreamingOutput geoJson(VenueSearch search, Jsonb jsonb) {
    return VenueExport.geoJson(search, all(), null, jsonb);
  }
}
