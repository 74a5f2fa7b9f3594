package fr.mediation.directory.feed.hubs;

import fr.mediation.directory.feed.PlaceNormaliser;
import fr.mediation.directory.feed.RowValidator;
import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.geo.Communes;
import fr.mediation.directory.geo.GazetteerGeocoder;
import fr.mediation.directory.venue.field.StandardField;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: prints each real export's rows, accepted, rejected, skipped (by the mapping's skip
 * conditions) and warned rows (by the mapping and the validation, or when placed in their commune
 * as an import does, with the offline gazetteer), the rows warned about their hours, the rows whose
 * commune column held one of La Poste's localities, for docs/hubs.md ({@code -Dhubs.counts=true}).
 */
class HubExportsCountsDump {

  @Test
  @EnabledIfSystemProperty(named = "hubs.counts", matches = "true")
  void printCounts() throws Exception {
    PlaceNormaliser places = new PlaceNormaliser(Communes.get(), new GazetteerGeocoder());
    for (String hub : new TreeSet<>(HubExports.FILES.keySet())) {
      int accepted = 0;
      int skipped = 0;
      int warned = 0;
      int hours = 0;
      int withHours = 0;
      int localities = 0;
      var rows = HubExports.rows(hub);
      for (MappedRow row : rows) {
        if (row.skipped() != null) {
          skipped++;
          continue;
        }
        var v = RowValidator.validate(row);
        if (!v.accepted()) {
          continue;
        }
        accepted++;
        List<FieldWarning> warnings = new ArrayList<>(v.warnings());
        places.place(v.record(), warnings);
        if (!warnings.isEmpty()) {
          warned++;
        }
        if (warnings.stream().anyMatch(w -> w.field() == StandardField.HORAIRES)) {
          hours++;
        }
        if (warnings.stream()
            .anyMatch(
                w -> w.field() == StandardField.COMMUNE && w.messageFr().contains("localité"))) {
          localities++;
        }
        if (row.row().values().get(StandardField.HORAIRES) != null) {
          withHours++;
        }
      }
      System.out.printf(
          "COUNTS %s rows=%d accepted=%d rejected=%d skipped=%d warned=%d hoursWarned=%d"
              + " withHoraires=%d localities=%d%n",
          hub,
          rows.size(),
          accepted,
          rows.size() - accepted - skipped,
          skipped,
          warned,
          hours,
          withHours,
          localities);
    }
  }
}
