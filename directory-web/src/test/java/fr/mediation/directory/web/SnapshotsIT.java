package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.ADMIN;
import static fr.mediation.directory.web.Api.getJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** A snapshot written on demand is served at stable addresses, with the checksums it announces. */
class SnapshotsIT {

  @Test
  void aSnapshotIsDownloadableWithItsChecksumRowsAndMetadata() throws Exception {
    HttpResponse<String> written =
        Api.send("POST", "/api/v1/admin/snapshots", null, "Authorization", "Bearer " + ADMIN);
    assertThat(written.statusCode()).as(written.body()).isEqualTo(200);

    JsonObject metadata = getJson("/api/v1/snapshots/latest");
    assertThat(metadata.getString("@type")).isEqualTo("dcat:Dataset");
    assertThat(metadata.getJsonObject("conformsTo").getString("title"))
        .isEqualTo("Schéma des lieux de médiation numérique");
    assertThat(metadata.getString("licenseTitle")).isEqualTo("Licence Ouverte 2.0");
    assertThat(metadata.getJsonArray("producers")).isNotEmpty();
    int rows = metadata.getInt("rows");
    assertThat(rows).isPositive();
    assertThat(metadata.getJsonArray("distribution")).hasSize(3);
    HttpClient http = HttpClient.newHttpClient();
    for (JsonValue value : metadata.getJsonArray("distribution")) {
      JsonObject file = value.asJsonObject();
      assertThat(file.getString("downloadURL")).startsWith(Api.BASE + "/api/v1/snapshots/latest/");
      HttpResponse<byte[]> download =
          http.send(
              HttpRequest.newBuilder(URI.create(file.getString("downloadURL"))).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(download.statusCode()).isEqualTo(200);
      String sha =
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body()));
      assertThat(sha).isEqualTo(file.getJsonObject("checksum").getString("checksumValue"));
      assertThat(file.getInt("rows")).isEqualTo(rows);
      assertThat((long) download.body().length)
          .isEqualTo(file.getJsonNumber("byteSize").longValue());
    }
    assertThat(Api.get("/api/v1/snapshots/latest/autre.csv").statusCode()).isEqualTo(404);
    assertThat(Api.send("POST", "/api/v1/admin/snapshots", null).statusCode()).isEqualTo(401);
  }
}
