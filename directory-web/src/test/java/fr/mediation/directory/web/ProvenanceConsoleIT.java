package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A merged venue's page in the console: each field's value with the source it came from and the
 * listings it groups, for the administrator (listed among the merged venues) and for a hub whose
 * listing it groups; another hub gets the console's 404 and sees nothing of it. In Saint-Flour
 * (15100).
 */
class ProvenanceConsoleIT {

  private static String row(String id, String name, String lat, String phone, String date) {
    return Hubs.venueRow(
            id, name, "Saint-Flour", "15100", "2 place d'Armes", lat, "3.0930", phone, date)
        + "\n";
  }

  /** The page's text as a reader sees it (the template's escapes undone). */
  private static String text(HttpResponse<String> page) {
    return page.body().replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
  }

  @Test
  void aMergedVenueShowsWhereEachFieldCameFromToItsSourcesOnly() {
    String tag = "Planeze" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    String name = "Médiathèque " + tag + " de Saint-Flour";
    Hubs a = Hubs.create("prov-a");
    Hubs b = Hubs.create("prov-b");
    Hubs stranger = Hubs.create("prov-c");
    Api.completed(
        a.send(Hubs.VENUE_HEADER + row("p1", name, "45.0340", "04 71 60 12 34", "2025-05-01")));
    Api.completed(b.send(Hubs.VENUE_HEADER + row("q1", name, "45.0341", "", "2025-10-01")));
    JsonObject found = Api.getJson("/api/v1/venues?q=" + tag);
    assertThat(found.getInt("total")).as("the two listings are one venue").isEqualTo(1);
    String id = found.getJsonArray("items").getJsonObject(0).getString("id");
    String page = "/console/lieux-fusionnes/" + id;

    ConsoleClient admin = new ConsoleClient();
    admin.signIn(ADMIN);
    assertThat(text(admin.get("/console/admin/lieux-fusionnes?q=" + tag)))
        .contains(name, "href=\"" + page + "\"");
    HttpResponse<String> adminView = admin.get(page);
    assertThat(adminView.statusCode()).isEqualTo(200);
    assertThat(text(adminView))
        .contains("Hub " + a.source(), "Hub " + b.source(), "fiche p1", "fiche q1")
        .containsPattern(
            Pattern.compile(
                "<th scope=\"row\">téléphone</th><td data-titre=\"Valeur\">[^<]+</td>"
                    + "<td data-titre=\"Source\">Hub "
                    + a.source()
                    + " \\(fiche p1"));

    ConsoleClient hubA = new ConsoleClient();
    hubA.signIn(a.key());
    assertThat(text(hubA.get("/console/sources/" + a.source() + "/lieux")))
        .contains("href=\"" + page + "\"");
    assertThat(hubA.get(page).statusCode()).isEqualTo(200);

    ConsoleClient other = new ConsoleClient();
    other.signIn(stranger.key());
    HttpResponse<String> refused = other.get(page);
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).contains("Page introuvable").doesNotContain(tag);
    assertThat(other.get("/console/admin/lieux-fusionnes").statusCode()).isEqualTo(404);
  }
}
