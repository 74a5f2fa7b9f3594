package fr.mediation.directory.api.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotMetadataTest {

  @Test
  void theMetadataSaysSchemaLicenceProducersRowsAndChecksums() {
    JsonObject m =
        SnapshotMetadata.of(
            Instant.parse("2026-12-03T03:00:00Z"),
            "Licence Ouverte 2.0",
            "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
            505,
            List.of(
                new SnapshotMetadata.Producer("gironde", "Hubik", "Hubik", "Licence Ouverte", 300),
                new SnapshotMetadata.Producer("exemple", "Exemple", null, null, 205)),
            List.of(
                new SnapshotMetadata.Distribution(
                    "lieux-mediation-numerique.csv", "CSV", "text/csv", 1234, 505, "ab12")),
            "https://annuaire.example/api/v1/snapshots/latest/");
    assertThat(m.getString("@type")).isEqualTo("dcat:Dataset");
    assertThat(m.getJsonObject("conformsTo").getString("version")).isEqualTo("1.0.2");
    assertThat(m.getString("issued")).isEqualTo("2026-12-03T03:00:00Z");
    assertThat(m.getJsonObject("rowsBySource").getInt("gironde")).isEqualTo(300);
    assertThat(m.getJsonArray("producers")).hasSize(2);
    JsonObject csv = m.getJsonArray("distribution").getJsonObject(0);
    assertThat(csv.getString("downloadURL"))
        .isEqualTo(
            "https://annuaire.example/api/v1/snapshots/latest/lieux-mediation-numerique.csv");
    assertThat(csv.getJsonObject("checksum").getString("checksumValue")).isEqualTo("ab12");
    assertThat(csv.getInt("rows")).isEqualTo(505);
  }

  @Test
  void rowsAreCountedInEachFormat(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("a.csv");
    Files.writeString(csv, "id,nom\n1,\"Lieu\nsur deux lignes\"\n2,B\n", StandardCharsets.UTF_8);
    assertThat(Snapshots.rows(csv, "CSV")).isEqualTo(2);
    Path json = dir.resolve("a.json");
    Files.writeString(json, "[{\"id\":\"1\"},{\"id\":\"2\"},{\"id\":\"3\"}]");
    assertThat(Snapshots.rows(json, "JSON")).isEqualTo(3);
    Path geo = dir.resolve("a.geojson");
    Files.writeString(
        geo,
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
            + "{\"type\":\"Point\",\"coordinates\":[1,2]},\"properties\":{\"sources\":[{\"a\":1}]}}]}");
    assertThat(Snapshots.rows(geo, "GeoJSON")).isEqualTo(1);
  }
}
