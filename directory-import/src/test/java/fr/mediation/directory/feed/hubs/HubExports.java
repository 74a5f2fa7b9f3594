package fr.mediation.directory.feed.hubs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.mediation.directory.feed.FeedFormats;
import fr.mediation.directory.feed.mapping.FeedMapping;
import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.feed.mapping.MappingEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The ten real hub exports of {@code ../shared/data/hubs}, read through their mappings, for the
 * tests that use them (they skip with a message when {@code ../shared} is absent).
 */
public final class HubExports {

  /** Where the exports are, seen from a module's folder. */
  public static final Path DIR = Path.of("../../shared/data/hubs");

  /** Each hub's mapping name and its export's file name. */
  public static final Map<String, String> FILES =
      Map.of(
          "gironde", "gironde.json",
          "hub-lo", "hub-lo.json",
          "angers", "angers.json",
          "fibre-64", "fibre-64.json",
          "mednum-bfc", "mednum-bfc.csv",
          "conumm", "conumm.csv",
          "rhinocc", "rhinocc.csv",
          "france-services", "france-services.csv",
          "les-assembleurs", "les-assembleurs.csv",
          "normandie-epn", "normandie-epn.csv");

  private HubExports() {}

  /** Skips the calling test, with a message, when the exports are not there. */
  public static void assumeAvailable() {
    assumeTrue(
        Files.isDirectory(DIR),
        "Skipped: the real hub exports are not at "
            + DIR.toAbsolutePath().normalize()
            + " (../shared/data is absent).");
  }

  /** The rows of {@code hub}'s export, as its mapping reads them. */
  public static List<MappedRow> rows(String hub) throws IOException {
    assumeAvailable();
    return FeedFormats.read(hub, null, Files.readAllBytes(DIR.resolve(FILES.get(hub))));
  }

  /**
   * The rows of {@code hub}'s export as its mapping reads them, its {@code skip} conditions left
   * aside: every venue of the file, those the hub does not show included.
   */
  public static List<MappedRow> everyRow(String hub) throws IOException {
    assumeAvailable();
    FeedMapping m = FeedMappings.fromClasspath("mappings/" + hub + ".yaml");
    FeedMapping unfiltered =
        new FeedMapping(
            m.name(),
            m.format(),
            m.encoding(),
            m.delimiter(),
            m.recordsPath(),
            m.coordinates(),
            m.fixSwappedCoordinates(),
            m.fields(),
            List.of());
    return MappingEngine.map(Files.readAllBytes(DIR.resolve(FILES.get(hub))), unfiltered);
  }
}
