package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.field.Field;
import fr.mediation.directory.venue.field.Fields;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything known of a venue: the fields of the national standard (French names; lists as arrays),
 * written from the registry ({@link Fields}) in the standard's order, among the directory's own
 * properties. {@link Json} writes the JSON and {@link VenueDetailSchema} documents it, both in
 * {@link #propertyOrder()}: a new field of the standard appears in both without an edit here.
 *
 * @param standard the value of each field of the standard present but {@code id} (the directory's
 *     own id stands for it), as {@link Field#json(String)} gives it
 */
@Schema(name = "VenueDetail", description = "A venue with every field of the national standard.")
@JsonbTypeSerializer(VenueDetail.Json.class)
public record VenueDetail(
    @Schema(
            description = "The directory's id of the venue.",
            examples = "3f1c2a9e-5b7d-3c41-9a0e-2d8f6b1c4e77")
        String id,
    @Schema(hidden = true) Map<StandardField, Object> standard,
    @JsonbProperty("position_precision")
        @Schema(
            description =
                "source when the source gave the position; otherwise how precisely the directory"
                    + " placed the venue: address, street, commune or postcode.",
            examples = "source")
        String positionPrecision,
    @JsonbProperty("horaires_communiques")
        @Schema(
            description = VenueSummary.HOURS_AS_WRITTEN,
            examples = "Lundi 9h-12h, mardi sur rendez-vous")
        String horairesCommuniques,
    @JsonbProperty("updated_at")
        @Schema(description = "When the directory last saw a change of this venue.")
        Instant updatedAt,
    @JsonbProperty("retired_at")
        @Schema(
            description =
                "When the venue stopped being published (only in the change feed, which lists"
                    + " retired venues; absent while published).",
            examples = "2026-11-20T08:00:00Z")
        Instant retiredAt,
    @JsonbProperty("ouvert_maintenant")
        @Schema(
            description =
                VenueSummary.OPEN_NOW
                    + ", and from the change feed and exports (they describe the data, not the"
                    + " moment: their content and ETag change only with the venue).",
            examples = "true")
        Boolean ouvertMaintenant,
    @JsonbProperty("prochain_changement")
        @Schema(
            description = VenueSummary.NEXT_CHANGE + ", and from the change feed and exports.",
            examples = "2026-11-24T17:00:00+01:00")
        String prochainChangement,
    @Schema(
            description =
                "The sources publishing the venue (merged into one), each with the venue's id in"
                    + " that source and its update date; listings a source no longer publishes"
                    + " come last, with `retired_at`. Absent from the change feed.")
        List<SourceListing> sources,
    @Schema(
            description =
                "Temporary closures and periods of exceptional hours not over, the earliest"
                    + " first (empty when none); `ouvert_maintenant` and `prochain_changement`"
                    + " already apply them. Absent from the change feed and exports.")
        List<ClosureView> fermetures,
    @Schema(
            description =
                "For each field of the standard present, the listings its value comes from: the"
                    + " freshest listing for a single value, every contributing listing for a"
                    + " list. Absent from the change feed.")
        Map<String, List<SourceListing.Origin>> provenance) {

  /** The directory's own properties written right after a field of the standard. */
  private static final Map<StandardField, String> OWN_AFTER =
      Map.of(
          StandardField.LONGITUDE, "position_precision",
          StandardField.HORAIRES, "horaires_communiques");

  /** The directory's own properties written after the standard's fields, in this order. */
  private static final List<String> OWN_LAST =
      List.of(
          "updated_at",
          "retired_at",
          "ouvert_maintenant",
          "prochain_changement",
          "fermetures",
          "sources",
          "provenance");

  private static final List<String> ORDER = order();

  private static List<String> order() {
    List<String> names = new ArrayList<>();
    names.add("id");
    for (Field<?> field : Fields.all()) {
      if (field.standard() != StandardField.ID) {
        names.add(field.key());
        if (OWN_AFTER.containsKey(field.standard())) {
          names.add(OWN_AFTER.get(field.standard()));
        }
      }
    }
    names.addAll(OWN_LAST);
    return List.copyOf(names);
  }

  /** The names of the detail's properties in the order written and documented. */
  static List<String> propertyOrder() {
    return ORDER;
  }

  /** Whether property {@code name} is a field of the standard's (documented by the registry). */
  static boolean isStandard(String name) {
    return !name.equals("id") && StandardField.byKey(name).isPresent();
  }

  /** The value of property {@code name}, {@code null} when absent. */
  Object property(String name) {
    return switch (name) {
      case "id" -> id;
      case "position_precision" -> positionPrecision;
      case "horaires_communiques" -> horairesCommuniques;
      case "updated_at" -> updatedAt;
      case "retired_at" -> retiredAt;
      case "ouvert_maintenant" -> ouvertMaintenant;
      case "prochain_changement" -> prochainChangement;
      case "fermetures" -> fermetures;
      case "sources" -> sources;
      case "provenance" -> provenance;
      default -> standard.get(StandardField.byKey(name).orElseThrow());
    };
  }

  /** The value of the standard's {@code field}: a string, a number, a date, a list or null. */
  public Object get(StandardField field) {
    return standard.get(field);
  }

  /** The text of the standard's {@code field}, {@code null} when absent or not a text. */
  public String text(StandardField field) {
    return standard.get(field) instanceof String text ? text : null;
  }

  /** The items of the standard's list {@code field}, empty when absent. */
  public List<String> list(StandardField field) {
    return standard.get(field) instanceof List<?> items
        ? items.stream().map(String::valueOf).toList()
        : List.of();
  }

  /** Writes the detail's properties in {@link #propertyOrder()}, absent ones left out. */
  public static final class Json implements JsonbSerializer<VenueDetail> {
    @Override
    public void serialize(VenueDetail detail, JsonGenerator json, SerializationContext context) {
      json.writeStartObject();
      for (String name : ORDER) {
        Object value = detail.property(name);
        if (value != null) {
          context.serialize(name, value, json);
        }
      }
      json.writeEnd();
    }
  }

  /**
   * The detail of merged venue {@code v} as the change feed and exports give it: without its
   * sources, provenance and open state.
   */
  public static VenueDetail of(MergedVenue v) {
    return of(v, null, key -> null, new OpenState(null, null), null);
  }

  /**
   * The detail of merged venue {@code v}, composed of {@code listings}, open at {@code now} or not.
   */
  public static VenueDetail of(
      MergedVenue v,
      List<Venue> listings,
      java.util.function.Function<String, Instant> lastHarvests,
      ZonedDateTime now) {
    return v.getRetiredAt() == null
        ? of(
            v,
            listings,
            lastHarvests,
            OpenState.at(v, now),
            ClosureView.of(
                v.closures(), v.hoursForOpenState(), v.getCodeInsee(), v.getCodePostal(), now))
        : of(v, listings, lastHarvests, new OpenState(null, null), List.of());
  }

  private static VenueDetail of(
      MergedVenue v,
      List<Venue> listings,
      java.util.function.Function<String, Instant> lastHarvests,
      OpenState open,
      List<ClosureView> closures) {
    Map<String, List<SourceListing.Origin>> provenance = null;
    if (listings != null) {
      Map<String, List<SourceListing.Origin>> origins = new LinkedHashMap<>();
      v.getProvenance()
          .forEach(
              (field, list) ->
                  origins.put(
                      field.key(),
                      list.stream()
                          .map(o -> new SourceListing.Origin(o.source(), o.localId(), o.dateMaj()))
                          .toList()));
      provenance = origins;
    }
    Map<StandardField, Object> standard = new EnumMap<>(StandardField.class);
    for (Field<?> field : Fields.all()) {
      Object value = field.json(v.standardText(field.standard()));
      if (field.standard() != StandardField.ID && value != null) {
        standard.put(field.standard(), value);
      }
    }
    return new VenueDetail(
        v.getId(),
        standard,
        v.getPositionPrecision() == null
            ? null
            : v.getPositionPrecision().toLowerCase(java.util.Locale.ROOT),
        v.getHorairesSource(),
        v.getUpdatedAt(),
        v.getRetiredAt(),
        open.open(),
        open.nextChange(),
        listings == null
            ? null
            : listings.stream()
                .map(l -> SourceListing.of(l, lastHarvests.apply(l.getSourceKey())))
                .toList(),
        closures,
        provenance);
  }
}
