package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.venue.parameter.BoxConverter;
import fr.mediation.directory.api.venue.parameter.CodeConverter;
import fr.mediation.directory.venue.search.VenueQuery;

/**
 * The area parameters shared by the search, the clusters, the export and the change feed: a box,
 * communes, départements and régions, each read by its converter.
 */
final class AreaParameters {

  private AreaParameters() {}

  static VenueQuery.Area area(FilterParameters p) {
    return new VenueQuery.Area(
        BoxConverter.BOX.convert("bbox", p.bbox, null),
        CodeConverter.COMMUNE.convertAll("code_insee", p.communes),
        CodeConverter.DEPARTEMENT.convertAll("departement", p.departements),
        CodeConverter.REGION.convertAll("region", p.regions));
  }
}
