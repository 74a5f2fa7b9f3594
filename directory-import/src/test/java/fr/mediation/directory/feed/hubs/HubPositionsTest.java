package fr.mediation.directory.feed.hubs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.PlaceNormaliser;
import fr.mediation.directory.feed.RowValidator;
import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.geo.Communes;
import fr.mediation.directory.geo.GazetteerGeocoder;
import fr.mediation.directory.venue.VenueRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The positions of the ten hubs' exports checked against the communes their rows name, as every
 * import checks them: what justifies the tolerance, and what it changes (docs/hubs.md).
 */
class HubPositionsTest {

  @Test
  void positionsFarFromTheirCommuneAreReplacedAndThoseInItsPostcodeKeptWithAWarning()
      throws IOException {
    HubExports.assumeAvailable();
    PlaceNormaliser places = new PlaceNormaliser(Communes.get(), new GazetteerGeocoder());
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> replaced = new ArrayList<>();
    for (String hub : HubExports.FILES.keySet()) {
      for (MappedRow row : HubExports.rows(hub)) {
        RowValidator.Validation v = RowValidator.validate(row);
        if (!v.accepted() || v.record().coordinates() == null) {
          continue;
        }
        VenueRecord source = v.record();
        List<FieldWarning> warnings = new ArrayList<>();
        VenueRecord placed = places.place(source, warnings).record();
        String outcome =
            warnings.stream()
                .map(FieldWarning::messageFr)
                .filter(m -> m.startsWith("Position") || m.startsWith("Latitude"))
                .map(
                    m ->
                        m.startsWith("Latitude")
                            ? "swapped"
                            : m.contains("gardée") ? "kept, commune to check" : "replaced")
                .findFirst()
                .orElse("kept");
        outcomes.merge(outcome, 1, Integer::sum);
        if (outcome.equals("replaced")) {
          assertThat(placed.coordinates()).isNotEqualTo(source.coordinates());
          replaced.add(hub + " " + source.id().value() + " " + source.commune().value());
        } else if (!outcome.equals("swapped")) {
          assertThat(placed.coordinates()).isEqualTo(source.coordinates());
        }
      }
    }
    System.out.println("Positions of the hubs' exports: " + outcomes);
    replaced.forEach(r -> System.out.println("  replaced: " + r));
    // Measured when the check was written (docs/hubs.md): of 4,268 positions, 4,141 in a commune
    // the reference bounds, 4,049 of those inside its box and 23 within 2 km of it; 23 in another
    // commune of the same postcode; 46 far away (11 of them 70 to 590 km away in Hub-Lo's file).
    // Then 23 more kept: rows accepted once a missing postcode came from their commune.
    assertThat(outcomes)
        .containsEntry("kept", 4222)
        .containsEntry("kept, commune to check", 23)
        .containsEntry("replaced", 46)
        .doesNotContainKey("swapped");
  }
}
