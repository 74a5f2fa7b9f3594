package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The administrator's console pages over HTTP: only the administrator reaches them (a hub gets the
 * console's 404), and a form posted without the session's token changes nothing.
 */
class AdminConsoleIT {

  private static final List<String> PAGES =
      List.of(
          "/console/admin/sources",
          "/console/admin/federation",
          "/console/admin/decisions",
          "/console/admin/signalements",
          "/console/admin/journal",
          "/console/admin/sources/nouvelle",
          "/console/admin/lieux-fusionnes");

  @Test
  void aHubGetsTheConsolesNotFoundOnEveryAdministratorsPage() {
    Hubs hub = Hubs.create("adm-hub");
    ConsoleClient browser = new ConsoleClient();
    browser.signIn(hub.key());

    for (String page : PAGES) {
      HttpResponse<String> answer = browser.get(page);
      assertThat(answer.statusCode()).as(page).isEqualTo(404);
      assertThat(answer.body()).contains("Page introuvable");
    }
    assertThat(browser.get("/console/admin/sources/" + hub.source() + "/imports/1").statusCode())
        .isEqualTo(404);
  }

  @Test
  void theAdministratorReadsEveryPageAndAFormWithoutTheTokenChangesNothing() {
    ConsoleClient browser = new ConsoleClient();
    browser.signIn(ADMIN);
    for (String page : PAGES) {
      HttpResponse<String> answer = browser.get(page);
      assertThat(answer.statusCode()).as(page).isEqualTo(200);
      assertThat(answer.body()).contains("lang=\"fr\"", "Se déconnecter");
    }

    HttpResponse<String> forged =
        browser.post("/console/admin/federation", "a", "x", "b", "y", "decision", "distincts");

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("Action refusée");
    assertThat(browser.post("/console/admin/decisions", "decision", "1").statusCode())
        .isEqualTo(403);
  }
}
