package fr.mediation.directory.feed.hubs;

import fr.mediation.directory.feed.RowValidator;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.venue.field.StandardField;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: prints each real export's rows, accepted, rejected and warned rows, and the rows
 * warned about their hours, for docs/hubs.md ({@code -Dhubs.counts=true}).
 */
class HubExportsCountsDump {

  @Test
  @EnabledIfSystemProperty(named = "hubs.counts", matches = "true")
  void printCounts() throws Exception {
    for (String hub : new TreeSet<>(HubExports.FILES.keySet())) {
      int accepted = 0;
      int warned = 0;
      int hours = 0;
      int withHours = 0;
      var rows = HubExports.rows(hub);
      for (MappedRow row : rows) {
        var v = RowValidator.validate(row);
        if (!v.accepted()) {
          continue;
        }
        accepted++;
        if (!row.warnings().isEmpty()) {
          warned++;
        }
        if (row.warnings().stream().anyMatch(w -> w.field() == StandardField.HORAIRES)) {
          hours++;
        }
        if (row.row().values().get(StandardField.HORAIRES) != null) {
          withHours++;
        }
      }
      System.out.printf(
          "COUNTS %s rows=%d accepted=%d rejected=%d warned=%d hoursWarned=%d withHoraires=%d%n",
          hub, rows.size(), accepted, rows.size() - accepted, warned, hours, withHours);
    }
  }
}
