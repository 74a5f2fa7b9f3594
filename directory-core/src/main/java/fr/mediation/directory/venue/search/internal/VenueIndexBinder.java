package fr.mediation.directory.venue.search.internal;

import fr.mediation.directory.geo.Commune;
import fr.mediation.directory.geo.Communes;
import fr.mediation.directory.venue.VenueFields;
import fr.mediation.directory.venue.hours.Closure;
import fr.mediation.directory.venue.hours.HolidayZone;
import fr.mediation.directory.venue.hours.OpeningSchedule;
import fr.mediation.directory.venue.search.Analyzers;
import fr.mediation.directory.venue.search.IndexFields;
import fr.mediation.directory.venue.search.MapTiles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.IndexObjectFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaObjectField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.ObjectStructure;
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

  /** "Pass numérique" (APTIC cheques) as sources write it in their free texts. */
  private static final Pattern PASS_NUMERIQUE =
      Pattern.compile("pass(es)?[ -]num[ée]riques?|\\baptic\\b", Pattern.CASE_INSENSITIVE);

  @Override
  public void bind(TypeBindingContext context) {
    context.dependencies().useRootOnly();
    IndexSchemaElement schema = context.indexSchemaElement();
    var f = context.typeFactory();
    var keyword = f.asString().aggregable(Aggregable.YES).toIndexFieldType();
    var sortableKeyword = f.asString().sortable(Sortable.YES).projectable(Projectable.YES);
    var flag = f.asBoolean().aggregable(Aggregable.YES).toIndexFieldType();
    var minute = f.asInteger().toIndexFieldType();
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
    fields.hoursHolidays = schema.field(IndexFields.HOURS_HOLIDAYS, flag).toReference();
    fields.passNumerique = schema.field(IndexFields.PASS_NUMERIQUE, flag).toReference();
    fields.accessSheet = schema.field(IndexFields.ACCESS_SHEET, flag).toReference();
    fields.onlineBooking = schema.field(IndexFields.ONLINE_BOOKING, flag).toReference();
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
    IndexSchemaObjectField open =
        schema.objectField(IndexFields.OPEN, ObjectStructure.NESTED).multiValued();
    fields.openFrom = open.field(IndexFields.FROM, minute).toReference();
    fields.openTo = open.field(IndexFields.TO, minute).toReference();
    fields.open = open.toReference();
    IndexSchemaObjectField openHoliday =
        schema.objectField(IndexFields.OPEN_HOLIDAY, ObjectStructure.NESTED).multiValued();
    fields.holidayFrom = openHoliday.field(IndexFields.FROM, minute).toReference();
    fields.holidayTo = openHoliday.field(IndexFields.TO, minute).toReference();
    fields.openHoliday = openHoliday.toReference();
    IndexSchemaObjectField closed =
        schema.objectField(IndexFields.CLOSED, ObjectStructure.NESTED).multiValued();
    fields.closedFrom = closed.field(IndexFields.FROM, minute).toReference();
    fields.closedTo = closed.field(IndexFields.TO, minute).toReference();
    fields.closed = closed.toReference();
    IndexSchemaObjectField temporary =
        schema.objectField(IndexFields.TEMPORARY, ObjectStructure.NESTED).multiValued();
    fields.temporaryFrom = temporary.field(IndexFields.FROM, minute).toReference();
    fields.temporaryTo = temporary.field(IndexFields.TO, minute).toReference();
    IndexSchemaObjectField temporaryOpen =
        temporary.objectField(IndexFields.OPEN, ObjectStructure.NESTED).multiValued();
    fields.temporaryOpenFrom = temporaryOpen.field(IndexFields.FROM, minute).toReference();
    fields.temporaryOpenTo = temporaryOpen.field(IndexFields.TO, minute).toReference();
    fields.temporaryOpen = temporaryOpen.toReference();
    fields.temporary = temporary.toReference();
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
    IndexFieldReference<Boolean> hoursHolidays;
    IndexFieldReference<Boolean> passNumerique;
    IndexFieldReference<Boolean> accessSheet;
    IndexFieldReference<Boolean> onlineBooking;
    IndexFieldReference<Double> lat;
    IndexFieldReference<Double> lon;
    IndexFieldReference<Long>[] cells;
    IndexFieldReference<String> servicesText;
    IndexFieldReference<String> nameWords;
    IndexFieldReference<String> textWords;
    IndexObjectFieldReference open;
    IndexFieldReference<Integer> openFrom;
    IndexFieldReference<Integer> openTo;
    IndexObjectFieldReference openHoliday;
    IndexFieldReference<Integer> holidayFrom;
    IndexFieldReference<Integer> holidayTo;
    IndexObjectFieldReference closed;
    IndexFieldReference<Integer> closedFrom;
    IndexFieldReference<Integer> closedTo;
    IndexObjectFieldReference temporary;
    IndexFieldReference<Integer> temporaryFrom;
    IndexFieldReference<Integer> temporaryTo;
    IndexObjectFieldReference temporaryOpen;
    IndexFieldReference<Integer> temporaryOpenFrom;
    IndexFieldReference<Integer> temporaryOpenTo;
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
      schedule.ifPresent(s -> writeHours(target, s));
      writeClosures(target, venue, zone);
      for (var service : venue.getServices()) {
        target.addValue(fields.servicesText, service.label());
      }
      writeWords(target, venue);
      target.addValue(fields.passNumerique, mentionsPassNumerique(venue));
      target.addValue(fields.accessSheet, venue.getFicheAccesLibre() != null);
      target.addValue(fields.onlineBooking, venue.getPriseRdv() != null);
      if (venue.getLatitude() != null && venue.getLongitude() != null) {
        target.addValue(fields.lat, venue.getLatitude());
        target.addValue(fields.lon, venue.getLongitude());
        for (int zoom = MapTiles.MIN_ZOOM; zoom <= MapTiles.MAX_ZOOM; zoom++) {
          target.addValue(
              fields.cells[zoom], MapTiles.cell(venue.getLatitude(), venue.getLongitude(), zoom));
        }
      }
    }

    private void writeHours(DocumentElement target, OpeningSchedule schedule) {
      // Rules bound to dates (months, weeks, nth weekdays) are read for the week of indexing.
      LocalDate today = LocalDate.now(schedule.zone().zone());
      for (int[] span : schedule.weeklyIntervals(today)) {
        DocumentElement open = target.addObject(fields.open);
        open.addValue(fields.openFrom, span[0]);
        open.addValue(fields.openTo, span[1]);
      }
      target.addValue(fields.hoursHolidays, schedule.mentionsHolidays());
      if (schedule.mentionsHolidays()) {
        List<int[]> spans = schedule.holidayIntervals(today);
        for (int[] span : spans) {
          DocumentElement open = target.addObject(fields.openHoliday);
          open.addValue(fields.holidayFrom, span[0]);
          open.addValue(fields.holidayTo, span[1]);
        }
      }
    }

    /**
     * The venue's closures (recorded, and the dated rules of its hub's hours), not over today: the
     * search leaves the usual hours aside on their days, and reads exceptional hours instead.
     */
    private void writeClosures(DocumentElement target, VenueFields venue, HolidayZone zone) {
      LocalDate today = LocalDate.now(zone.zone());
      List<Closure> closures = new java.util.ArrayList<>(Closure.current(venue.closures(), today));
      closures.addAll(Closure.inHours(venue.hoursForOpenState(), today));
      for (Closure closure : closures) {
        int from = (int) closure.from().toEpochDay();
        int to = (int) closure.to().toEpochDay();
        DocumentElement closed = target.addObject(fields.closed);
        closed.addValue(fields.closedFrom, from);
        closed.addValue(fields.closedTo, to);
        Optional<OpeningSchedule> hours = closure.schedule(zone);
        if (hours.isPresent()) {
          DocumentElement temporary = target.addObject(fields.temporary);
          temporary.addValue(fields.temporaryFrom, from);
          temporary.addValue(fields.temporaryTo, to);
          for (int[] span : hours.get().weeklyIntervals(closure.from())) {
            DocumentElement open = temporary.addObject(fields.temporaryOpen);
            open.addValue(fields.temporaryOpenFrom, span[0]);
            open.addValue(fields.temporaryOpenTo, span[1]);
          }
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

    private static boolean mentionsPassNumerique(VenueFields venue) {
      for (String text :
          new String[] {
            venue.getAutresFormationsLabels(),
            venue.getPresentationResume(),
            venue.getPresentationDetail()
          }) {
        if (text != null && PASS_NUMERIQUE.matcher(text.toLowerCase(Locale.ROOT)).find()) {
          return true;
        }
      }
      return false;
    }
  }
}
