package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.feed.hours.HoursReading;
import fr.mediation.directory.feed.hubs.HubExports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: writes every distinct hours text of the hub exports with its current reading, as a
 * draft for the hand-checked corpus ({@code -Dhours.corpus.draft=/tmp/draft.tsv}).
 */
class HoursCorpusDump {

  @Test
  @EnabledIfSystemProperty(named = "hours.corpus.draft", matches = ".+")
  void writeDraft() throws Exception {
    HubExports.assumeAvailable();
    List<String> out = new ArrayList<>();
    for (String hub : new TreeSet<>(HubExports.FILES.keySet())) {
      for (String encoded : HoursCorpus.distinct(hub)) {
        HoursReading r = HoursCorpus.read(hub, encoded, new ArrayList<>());
        String osm = r == null || r.osm() == null ? "" : r.osm();
        String status = r == null ? "none" : r.complete() ? "exact" : "flag";
        String why = r == null ? "" : r.flagsText();
        out.add(String.join("\t", hub, encoded, osm, status, why));
      }
    }
    Files.write(Path.of(System.getProperty("hours.corpus.draft")), out);
  }
}
