package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.hours.Closure;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;

/** A search hit read from the index's stored fields, so that searches read no database. */
final class VenueHitProjection {

  private VenueHitProjection() {}

  /** A hit read from the index's stored fields: the database is not read. */
  static ProjectionFinalStep<VenueHit> of(SearchProjectionFactory<?, ?> f, GeoPoint point) {
    return f.composite()
        .from(
            f.field(IndexFields.ID, String.class).toProjection(),
            f.field("nom", String.class).toProjection(),
            f.field("adresse", String.class).toProjection(),
            f.field("complement_adresse", String.class).toProjection(),
            f.field("code_postal", String.class).toProjection(),
            f.field("commune", String.class).toProjection(),
            f.field("code_insee", String.class).toProjection(),
            f.field(MergedVenue.LOCATION, GeoPoint.class).toProjection(),
            f.field("telephone", String.class).toProjection(),
            f.field("horaires", String.class).toProjection(),
            f.field("services", Service.class).set().toProjection(),
            f.field("frais_a_charge", Fee.class).set().toProjection(),
            point == null
                ? f.constant((Double) null).toProjection()
                : f.distance(MergedVenue.LOCATION, point)
                    .unit(DistanceUnit.KILOMETERS)
                    .toProjection(),
            f.field("horaires_source", String.class).toProjection(),
            f.field("closures", String.class).toProjection())
        .asList(VenueHitProjection::toHit);
  }

  @SuppressWarnings("unchecked")
  private static VenueHit toHit(List<?> v) {
    GeoPoint location = (GeoPoint) v.get(7);
    return new VenueHit(
        (String) v.get(0),
        (String) v.get(1),
        (String) v.get(2),
        (String) v.get(3),
        (String) v.get(4),
        (String) v.get(5),
        (String) v.get(6),
        location == null ? null : location.latitude(),
        location == null ? null : location.longitude(),
        (String) v.get(8),
        (String) v.get(9),
        (String) v.get(13),
        (Set<Service>) v.get(10),
        (Set<Fee>) v.get(11),
        (Double) v.get(12),
        Closure.parse((String) v.get(14)));
  }
}
