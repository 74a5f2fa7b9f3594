package fr.mediation.directory.api.venue.parameter;

import fr.mediation.directory.venue.search.VenueQuery;

/** A box {@code minLon,minLat,maxLon,maxLat} in degrees, west before east, south before north. */
public final class BoxConverter implements ParameterConverter<VenueQuery.BoundingBox> {

  public static final BoxConverter BOX = new BoxConverter();

  private BoxConverter() {}

  @Override
  public VenueQuery.BoundingBox convert(String name, String raw) {
    String[] parts = raw.strip().split(",", -1);
    if (parts.length != 4) {
      throw ParameterConverter.refused(name, raw, "box");
    }
    double minLon = DecimalConverter.LONGITUDE.convert(name, parts[0]);
    double minLat = DecimalConverter.LATITUDE.convert(name, parts[1]);
    double maxLon = DecimalConverter.LONGITUDE.convert(name, parts[2]);
    double maxLat = DecimalConverter.LATITUDE.convert(name, parts[3]);
    if (minLon >= maxLon || minLat >= maxLat) {
      throw ParameterConverter.refused(name, raw, "box");
    }
    return new VenueQuery.BoundingBox(minLon, minLat, maxLon, maxLat);
  }
}
