package fr.mediation.directory.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.hours.HoursReading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-checked corpus of every distinct hours text of the ten hub exports (hours-corpus.tsv),
 * read through each hub's mapping: a reading is exact when it gives the hand's OSM hours and says
 * it is complete; flagged when it says it is not (with the hand's OSM hours for the certain days,
 * if any); wrong otherwise. No reading may be wrong.
 */
class HoursCorpusTest {

  record Row(String hub, String source, boolean exact, String osm) {}

  static List<Row> corpus() throws IOException {
    try (InputStream in = HoursCorpusTest.class.getResourceAsStream("/hours-corpus.tsv")) {
      List<Row> rows = new ArrayList<>();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      boolean header = true;
      for (String line : text.split("\n")) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        rows.add(new Row(f[0], f[1], f[2].equals("exact"), f[3].isEmpty() ? null : f[3]));
      }
      return rows;
    }
  }

  @Test
  void noHoursTextOfTheHubsIsMisread() throws IOException {
    int exact = 0;
    int flagged = 0;
    List<String> wrong = new ArrayList<>();
    List<Row> rows = corpus();
    for (Row row : rows) {
      HoursReading r = HoursCorpus.read(row.hub(), row.source(), new ArrayList<>());
      String osm = r == null ? null : r.osm();
      boolean complete = r != null && r.complete();
      if (complete && row.exact() && row.osm().equals(osm)) {
        exact++;
      } else if (!complete && (osm == null || (!row.exact() && osm.equals(row.osm())))) {
        flagged++;
      } else {
        wrong.add(
            row.hub()
                + " « "
                + row.source()
                + " »: read "
                + (r == null ? "nothing" : (complete ? "exact " : "partial ") + osm)
                + ", by hand "
                + (row.exact() ? "exact " : "flag ")
                + row.osm());
      }
    }
    System.out.printf(
        "Hours corpus: %d texts, %d exact, %d flagged, %d wrong%n",
        rows.size(), exact, flagged, wrong.size());
    assertThat(rows).hasSizeGreaterThan(1000);
    assertThat(wrong).isEmpty();
  }
}
