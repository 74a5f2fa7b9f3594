package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.hours.Closure;
import java.util.Set;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** A search hit read from the index's stored fields, so that searches read no database. */
final class VenueHitProjection {

  private VenueHitProjection() {}

  /** The stored fields of a hit, by name. */
  @ProjectionConstructor
  record Stored(
      @FieldProjection(path = IndexFields.ID) String id,
      @FieldProjection String nom,
      @FieldProjection String adresse,
      @FieldProjection(path = "complement_adresse") String complementAdresse,
      @FieldProjection(path = "code_postal") String codePostal,
      @FieldProjection String commune,
      @FieldProjection(path = "code_insee") String codeInsee,
      @FieldProjection(path = MergedVenue.LOCATION) GeoPoint location,
      @FieldProjection String telephone,
      @FieldProjection String horaires,
      @FieldProjection(path = "horaires_source") String horairesSource,
      @FieldProjection Set<Service> services,
      @FieldProjection(path = "frais_a_charge") Set<Fee> fraisACharge,
      @FieldProjection String closures) {

    VenueHit toHit(Double distanceKm) {
      return new VenueHit(
          id,
          nom,
          adresse,
          complementAdresse,
          codePostal,
          commune,
          codeInsee,
          location == null ? null : location.latitude(),
          location == null ? null : location.longitude(),
          telephone,
          horaires,
          horairesSource,
          services,
          fraisACharge,
          distanceKm,
          Closure.parse(closures));
    }
  }

  /** A hit, with its distance to {@code point} when there is one. */
  static ProjectionFinalStep<VenueHit> of(SearchProjectionFactory<?, ?> f, GeoPoint point) {
    if (point == null) {
      return f.composite()
          .from(f.composite().as(Stored.class).toProjection())
          .as(s -> s.toHit(null));
    }
    return f.composite()
        .from(
            f.composite().as(Stored.class).toProjection(),
            f.distance(MergedVenue.LOCATION, point).unit(DistanceUnit.KILOMETERS).toProjection())
        .as(Stored::toHit);
  }
}
