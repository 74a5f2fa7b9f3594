package fr.mediation.directory.api.venue;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A point with a radius, and words: taken by the search, the export and the change feed. Read as
 * text and checked by {@link SearchParameters}, so that a wrong value is a 400 naming it.
 */
public class PointAndWords {

  @Parameter(
      description = "Latitude of the point to search around (WGS84). Needs `lon`.",
      example = "48.8566",
      schema = @Schema(type = SchemaType.NUMBER, minimum = "-90", maximum = "90"))
  @QueryParam("lat")
  public String lat;

  @Parameter(
      description = "Longitude of the point to search around (WGS84). Needs `lat`.",
      example = "2.3522",
      schema = @Schema(type = SchemaType.NUMBER, minimum = "-180", maximum = "180"))
  @QueryParam("lon")
  public String lon;

  @Parameter(
      description =
          "Only venues within this distance of the point, in kilometres (at most 500). Without"
              + " it, the search gives the nearest venues anywhere; the export and the change feed"
              + " need it with a point.",
      example = "5",
      schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "500"))
  @QueryParam("radius_km")
  public String radiusKm;

  @Parameter(
      description =
          "Words to find in the name, commune, presentation and services (French: accents, case,"
              + " elisions such as l' or d' and a typo per word do not matter; every word must"
              + " match; very common words such as le, de are ignored, and words made only of"
              + " them are refused).",
      example = "médiathèque")
  @QueryParam("q")
  public String q;
}
