package fr.mediation.directory.web;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Venues the page tests need, pushed once as a hub would: one whose name is markup (hub data is
 * untrusted), in Saint-Flour (Cantal).
 */
final class PageFixtures {

  static final String XSS_NAME = "<img src=x onerror=alert(1)>";
  static final String XSS_PRESENTATION = "<script>alert(2)</script> Atelier \"numérique\" & café";

  /** The pushed source's id, its key, and the id of the venue named {@link #XSS_NAME}. */
  record Fixture(String source, String key, String xssVenueId) {}

  private static Fixture fixture;

  private PageFixtures() {}

  static synchronized Fixture get() {
    if (fixture == null) {
      fixture = create();
    }
    return fixture;
  }

  private static Fixture create() {
    String source = "pages-" + UUID.randomUUID().toString().substring(0, 6);
    String key =
        ItServer.MAIN.createSource(
            source, ItServer.pushSource(source, 1).add("name", "Hub des pages"));
    String csv =
        "id,pivot,nom,commune,code_postal,adresse,latitude,longitude,date_maj,services,horaires,"
            + "frais_a_charge,presentation_resume,telephone,courriels\n"
            + "xss-1,84288740800016,\""
            + XSS_NAME
            + "\",Saint-Flour,15100,2 place d'Armes,45.0339,3.0930,2025-09-01,"
            + "Aide aux démarches administratives,\"Mo-Su 00:00-24:00\",Gratuit,\""
            + XSS_PRESENTATION.replace("\"", "\"\"")
            + "\",+33471600000,accueil@mairie-saint-flour.fr\n";
    JsonObject report = Api.pushComplete(source, key, csv.getBytes(StandardCharsets.UTF_8));
    if (report.getJsonObject("run").getInt("created", 0) != 1) {
      throw new AssertionError("Push failed: " + report);
    }
    JsonObject found =
        Api.getJson("/api/v1/venues?lat=45.0339&lon=3.0930&radius_km=1&q=" + Api.encode("img"));
    String id =
        found.getJsonArray("items").stream()
            .map(v -> v.asJsonObject())
            .filter(v -> XSS_NAME.equals(v.getString("nom")))
            .map(v -> v.getString("id"))
            .filter(
                venue ->
                    Api.getJson("/api/v1/venues/" + venue).getJsonArray("sources").stream()
                        .anyMatch(l -> source.equals(l.asJsonObject().getString("source"))))
            .findFirst()
            .orElseThrow(() -> new AssertionError("Pushed venue not found: " + found));
    return new Fixture(source, key, id);
  }
}
