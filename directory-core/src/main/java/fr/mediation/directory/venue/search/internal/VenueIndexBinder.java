package fr.mediation.directory.venue.search.internal;

import fr.mediation.directory.geo.Commune;
import fr.mediation.directory.geo.Communes;
import fr.mediation.directory.venue.VenueFields;
import fr.mediation.directory.venue.hours.Closure;
import fr.mediation.directory.venue.hours.HolidayZone;
import fr.mediation.directory.venue.hours.OpeningSchedule;
import fr.mediation.directory.venue.search.Analyzers;
import fr.mediation.directory.venue.search.FlagFields;
import fr.mediation.directory.venue.search.IndexFields;
import fr.mediation.directory.venue.search.MapTiles;
import fr.mediation.directory.venue.search.OpenHours;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Index fields computed from a venue for the API's filters, sorts and clusters: see {@link
 * IndexFields} for their names and meaning.
 */
public class VenueIndexBinder implements TypeBinder {

  @Override
  public void bind(TypeBindingContext context) {
    context.dependencies().useRootOnly();
    IndexSchemaElement schema = context.indexSchemaElement();
    var f = context.typeFactory();
    var keyword = f.asString().aggregable(Aggregable.YES).toIndexFieldType();
    var sortableKeyword = f.asString().sortable(Sortable.YES).projectable(Projectable.YES);
    var flag = f.asBoolean().aggregable(Aggregable.YES).toIndexFieldType();
    var coordinate =
        f.asDouble().aggregable(Aggregable.YES).searchable(Searchable.NO).toIndexFieldType();

    Fields fields = new Fields();
    fields.id = schema.field(IndexFields.ID, sortableKeyword.toIndexFieldType()).toReference();
    fields.updatedAt =
        schema
            .field(
                IndexFields.UPDATED_AT,
                f.asInstant()
                    .sortable(Sortable.YES)
                    .projectable(Projectable.YES)
                    .toIndexFieldType())
            .toReference();
    fields.departement = schema.field(IndexFields.DEPARTEMENT, keyword).toReference();
    fields.region = schema.field(IndexFields.REGION, keyword).toReference();
    fields.communes = schema.field(IndexFields.COMMUNES, keyword).multiValued().toReference();
    fields.holidayZone = schema.field(IndexFields.HOLIDAY_ZONE, keyword).toReference();
    fields.hoursKnown = schema.field(IndexFields.HOURS_KNOWN, flag).toReference();
    fields.flags = FlagFields.declare(schema, f);
    fields.lat = schema.field(IndexFields.LAT, coordinate).toReference();
    fields.lon = schema.field(IndexFields.LON, coordinate).toReference();
    fields.cells = newCells();
    var cell =
        f.asLong().aggregable(Aggregable.YES).projectable(Projectable.YES).toIndexFieldType();
    fields.servicesText =
        schema
            .field(
                IndexFields.SERVICES_TEXT,
                f.asString().analyzer(Analyzers.FRENCH).toIndexFieldType())
            .multiValued()
            .toReference();
    var words = f.asString().analyzer(Analyzers.FRENCH_WORDS).toIndexFieldType();
    fields.nameWords = schema.field(IndexFields.NAME_WORDS, words).toReference();
    fields.textWords = schema.field(IndexFields.TEXT_WORDS, words).multiValued().toReference();
    for (int zoom = MapTiles.MIN_ZOOM; zoom <= MapTiles.MAX_ZOOM; zoom++) {
      fields.cells[zoom] = schema.field(IndexFields.cell(zoom), cell).toReference();
    }
    fields.hours = OpenHours.declare(schema, f);
    context.bridge(VenueFields.class, new Bridge(fields));
  }

  @SuppressWarnings("unchecked")
  private static IndexFieldReference<Long>[] newCells() {
    return new IndexFieldReference[MapTiles.MAX_ZOOM + 1];
  }

  private static final class Fields {
    IndexFieldReference<String> id;
    IndexFieldReference<Instant> updatedAt;
    IndexFieldReference<String> departement;
    IndexFieldReference<String> region;
    IndexFieldReference<String> communes;
    IndexFieldReference<String> holidayZone;
    IndexFieldReference<Boolean> hoursKnown;
    FlagFields flags;
    IndexFieldReference<Double> lat;
    IndexFieldReference<Double> lon;
    IndexFieldReference<Long>[] cells;
    IndexFieldReference<String> servicesText;
    IndexFieldReference<String> nameWords;
    IndexFieldReference<String> textWords;
    OpenHours.Fields hours;
  }

  private record Bridge(Fields fields) implements TypeBridge<VenueFields> {

    @Override
    public void write(DocumentElement target, VenueFields venue, TypeBridgeWriteContext context) {
      target.addValue(fields.id, venue.getId());
      target.addValue(fields.updatedAt, venue.getUpdatedAt());
      Optional<Commune> commune = Optional.empty();
      if (venue.getCodeInsee() != null) {
        commune = Communes.get().byInsee(venue.getCodeInsee());
      }
      if (commune.isEmpty() && venue.getCodePostal() != null) {
        commune = Communes.get().byPostcode(venue.getCodePostal()).stream().findFirst();
      }
      commune.ifPresent(
          c -> {
            target.addValue(fields.departement, c.departement());
            target.addValue(fields.region, c.region());
            target.addValue(fields.communes, c.insee());
            if (c.parentInsee() != null) {
              target.addValue(fields.communes, c.parentInsee());
            }
          });
      if (venue.getCodeInsee() != null
          && commune.map(c -> !c.insee().equals(venue.getCodeInsee())).orElse(true)) {
        target.addValue(fields.communes, venue.getCodeInsee());
      }
      HolidayZone zone = HolidayZone.of(venue.getCodeInsee(), venue.getCodePostal());
      target.addValue(fields.holidayZone, zone.key());
      // Hours not read exactly are never indexed as a schedule: no "open now" on a guess.
      Optional<OpeningSchedule> schedule = OpeningSchedule.of(venue.hoursForOpenState(), zone);
      target.addValue(fields.hoursKnown, schedule.isPresent());
      LocalDate today = LocalDate.now(zone.zone());
      List<Closure> closures = new ArrayList<>(Closure.current(venue.closures(), today));
      closures.addAll(Closure.inHours(venue.hoursForOpenState(), today));
      fields.hours.write(target, schedule, closures, zone, today);
      for (var service : venue.getServices()) {
        target.addValue(fields.servicesText, service.label());
      }
      writeWords(target, venue);
      fields.flags.write(target, venue);
      if (venue.getLatitude() != null && venue.getLongitude() != null) {
        target.addValue(fields.lat, venue.getLatitude());
        target.addValue(fields.lon, venue.getLongitude());
        for (int zoom = MapTiles.MIN_ZOOM; zoom <= MapTiles.MAX_ZOOM; zoom++) {
          target.addValue(
              fields.cells[zoom], MapTiles.cell(venue.getLatitude(), venue.getLongitude(), zoom));
        }
      }
    }

    private void writeWords(DocumentElement target, VenueFields venue) {
      if (venue.getNom() != null) {
        target.addValue(fields.nameWords, venue.getNom());
      }
      for (String text :
          new String[] {
            venue.getCommune(), venue.getPresentationResume(), venue.getPresentationDetail()
          }) {
        if (text != null) {
          target.addValue(fields.textWords, text);
        }
      }
      for (var service : venue.getServices()) {
        target.addValue(fields.textWords, service.label());
      }
    }
  }
}
