package fr.mediation.directory.api.snapshot;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The metadata document of a snapshot, in DCAT terms an open-data portal harvests (a {@code
 * dcat:Dataset} with its {@code dcat:Distribution}s): title, licence, the schema it conforms to,
 * producers, generation date, rows by source, and each file's URL, size, rows and SHA-256.
 */
final class SnapshotMetadata {

  static final String SCHEMA_NAME = "Schéma des lieux de médiation numérique";
  static final String SCHEMA_VERSION = "1.0.2";
  static final String SCHEMA_URL = "https://schema.data.gouv.fr/LaMednum/standard-mediation-num/";

  /** One file of the snapshot. */
  record Distribution(
      String file, String format, String mediaType, long bytes, long rows, String sha256) {}

  /** A source whose venues are in the snapshot. */
  record Producer(String key, String name, String publisher, String licence, long venues) {}

  private SnapshotMetadata() {}

  /**
   * The document, its download URLs under {@code baseUrl} (the snapshot's stable address, ending
   * with {@code /}).
   */
  static JsonObject of(
      Instant generatedAt,
      String licence,
      String licenceUrl,
      long rows,
      List<Producer> producers,
      List<Distribution> files,
      String baseUrl) {
    JsonArrayBuilder distributions = Json.createArrayBuilder();
    for (Distribution d : files) {
      distributions.add(
          Json.createObjectBuilder()
              .add("@type", "dcat:Distribution")
              .add("title", d.file())
              .add("format", d.format())
              .add("mediaType", d.mediaType())
              .add("downloadURL", baseUrl + d.file())
              .add("byteSize", d.bytes())
              .add("rows", d.rows())
              .add(
                  "checksum",
                  Json.createObjectBuilder()
                      .add("algorithm", "sha256")
                      .add("checksumValue", d.sha256()))
              .add("license", licenceUrl));
    }
    JsonArrayBuilder publishers = Json.createArrayBuilder();
    JsonObjectBuilder bySource = Json.createObjectBuilder();
    for (Producer p : producers) {
      JsonObjectBuilder producer =
          Json.createObjectBuilder().add("source", p.key()).add("name", p.name());
      if (p.publisher() != null) {
        producer.add("publisher", p.publisher());
      }
      if (p.licence() != null) {
        producer.add("license", p.licence());
      }
      publishers.add(producer.add("venues", p.venues()));
      bySource.add(p.key(), p.venues());
    }
    return Json.createObjectBuilder()
        .add(
            "@context",
            Json.createObjectBuilder()
                .add("dcat", "http://www.w3.org/ns/dcat#")
                .add("dct", "http://purl.org/dc/terms/"))
        .add("@type", "dcat:Dataset")
        .add("title", "Lieux de médiation numérique : annuaire fédéré")
        .add(
            "description",
            "Les lieux où se faire aider avec le numérique, rassemblés depuis les fichiers des hubs"
                + " et réseaux, dédoublonnés et publiés au schéma national des lieux de médiation"
                + " numérique.")
        .add("license", licenceUrl)
        .add("licenseTitle", licence)
        .add(
            "conformsTo",
            Json.createObjectBuilder()
                .add("title", SCHEMA_NAME)
                .add("version", SCHEMA_VERSION)
                .add("url", SCHEMA_URL))
        .add("issued", generatedAt.toString())
        .add("modified", generatedAt.toString())
        .add("accrualPeriodicity", "daily")
        .add("rows", rows)
        .add("rowsBySource", bySource)
        .add("producers", publishers)
        .add("distribution", distributions)
        .build();
  }

  /** Rows by source key: each merged venue counts once for each source publishing it. */
  static Map<String, Long> counts(Map<String, Long> bySource) {
    return new java.util.TreeMap<>(bySource);
  }
}
