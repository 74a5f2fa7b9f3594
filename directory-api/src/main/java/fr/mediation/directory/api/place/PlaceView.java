package fr.mediation.directory.api.place;

import fr.mediation.directory.geo.Places;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place found for a search box. */
@Schema(name = "Place", description = "A commune, arrondissement or postcode.")
@JsonbPropertyOrder({
  "type",
  "nom",
  "codeInsee",
  "codesPostaux",
  "departement",
  "centre",
  "population"
})
public record PlaceView(
    @Schema(
            description = "`commune`, `arrondissement` (Paris, Lyon, Marseille) or `code_postal`.",
            enumeration = {"commune", "arrondissement", "code_postal"},
            examples = "commune")
        String type,
    @Schema(description = "Official name of the commune or arrondissement.", examples = "Bordeaux")
        String nom,
    @JsonbProperty("code_insee") @Schema(description = "INSEE code.", examples = "33063")
        String codeInsee,
    @JsonbProperty("codes_postaux")
        @Schema(
            description = "Postcodes (for a `code_postal`, the one typed).",
            examples = "[\"33000\",\"33100\",\"33200\",\"33300\",\"33800\"]")
        List<String> codesPostaux,
    @Schema(description = "Code of the département.", examples = "33") String departement,
    @Schema(description = "Centre of the commune (WGS84); absent when the reference has none.")
        Centre centre,
    @Schema(description = "Legal population, when known.", examples = "261804")
        Integer population) {

  /** A point. */
  @Schema(name = "Centre", description = "A WGS84 point.")
  public record Centre(
      @Schema(examples = "44.8624") double lat, @Schema(examples = "-0.5848") double lon) {}

  static PlaceView of(Places.Place place) {
    var c = place.commune();
    return new PlaceView(
        place.type().name().toLowerCase(Locale.ROOT),
        c.name(),
        c.insee(),
        place.postcode() != null ? List.of(place.postcode()) : c.postcodes(),
        c.departement(),
        c.hasPosition() ? new Centre(c.latitude(), c.longitude()) : null,
        c.population());
  }
}
