package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.hours.Closure;
import fr.mediation.directory.venue.hours.HolidayZone;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A temporary closure or period of exceptional hours of a venue, as the API gives it. */
@Schema(
    name = "Closure",
    description =
        "A temporary closure (\"fermé du ... au ...\") or a period of exceptional hours of the"
            + " venue, recorded by a hub or the administrator or written in the hub's hours as a"
            + " dated OpenStreetMap rule. Periods over are not listed.")
@JsonbPropertyOrder({"du", "au", "horaires", "motif", "enCours"})
public record ClosureView(
    @Schema(description = "First day (inclusive), in the venue's zone.", examples = "2026-12-22")
        LocalDate du,
    @Schema(description = "Last day (inclusive).", examples = "2027-01-02") LocalDate au,
    @Schema(
            description =
                "The hours during the period (OpenStreetMap syntax); absent when the venue is"
                    + " closed throughout.",
            examples = "Tu 14:00-17:00")
        String horaires,
    @Schema(description = "The reason, in French.", examples = "Congés de fin d'année")
        String motif,
    @JsonbProperty("en_cours")
        @Schema(description = "Whether the period covers today.", examples = "true")
        boolean enCours) {

  /**
   * The periods of a venue not over on its today: those recorded, then those of its hours' dated
   * rules.
   */
  static List<ClosureView> of(
      List<Closure> recorded,
      String hours,
      String insee,
      String postcode,
      java.time.ZonedDateTime now) {
    HolidayZone zone = HolidayZone.of(insee, postcode);
    LocalDate today = now.withZoneSameInstant(zone.zone()).toLocalDate();
    List<ClosureView> views = new ArrayList<>();
    List<Closure> all = new ArrayList<>(Closure.current(recorded, today));
    all.addAll(Closure.inHours(hours, today));
    all.sort(java.util.Comparator.comparing(Closure::from));
    for (Closure c : all) {
      views.add(new ClosureView(c.from(), c.to(), c.hours(), c.reason(), c.covers(today)));
    }
    return List.copyOf(views);
  }
}
