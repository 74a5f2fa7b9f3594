package fr.mediation.directory.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.api.source.CheckReport;
import fr.mediation.directory.api.source.RunReport;
import fr.mediation.directory.api.source.RunSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportViewTest {

  private static CheckReport report(String status, String messageFr) {
    return new CheckReport(
        true,
        status,
        "",
        messageFr,
        5,
        3,
        2,
        0,
        Map.of("Lieu marqué inactif", 1),
        0,
        0,
        0,
        0,
        List.of(
            new RunReport.RowIssues(
                2,
                "a",
                List.of(
                    new RunReport.Issue("code_postal", "1510", "Code postal invalide.", ""),
                    new RunReport.Issue("nom", "", "Nom manquant.", ""))),
            new RunReport.RowIssues(
                4,
                "b",
                List.of(new RunReport.Issue("code_postal", "x", "Code postal invalide.", "")))),
        List.of());
  }

  @Test
  void aHeldRunSaysWhichShareOfTheVenuesItWouldRetire() {
    Map<String, Object> view =
        ReportView.of(
            report(
                "held",
                "Import suspendu : ce fichier retirerait 42 des 100 lieux de la source (42 %), plus"
                    + " que les 30 % permis. Rien n'a été modifié."),
            null,
            0.42);

    assertThat(view.get("statut")).isEqualTo("Suspendu");
    assertThat(view.get("suspendu"))
        .isEqualTo(Map.of("part", "Ce fichier retirerait 42 % de vos lieux."));
  }

  @Test
  void aStoredRunShowsTheRowsItsMappingSkippedByReason() {
    RunSummary run =
        new RunSummary(
            7,
            "succeeded",
            "push",
            java.time.Instant.EPOCH,
            java.time.Instant.EPOCH,
            true,
            java.time.Instant.EPOCH,
            "",
            "",
            30,
            6,
            0,
            6,
            0,
            0,
            0,
            0,
            24,
            "sha");
    RunReport report =
        new RunReport(
            run, List.of(), List.of(), List.of(new RunReport.Skipped("Lieu non affiché", 24)));

    Map<String, Object> view = ReportView.of(report, null, null);

    assertThat(view.get("ecarteesNombre")).isEqualTo(24);
    assertThat(view.get("ecartees"))
        .isEqualTo(List.of(Map.of("motif", "Lieu non affiché", "nombre", 24)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void rowsAreListedOnePerReasonAndFilteredByReason() {
    Map<String, Object> all = ReportView.of(report("succeeded", "ok"), null, null);
    Map<String, Object> filtered =
        ReportView.of(report("succeeded", "ok"), "Code postal invalide.", null);

    assertThat((List<?>) all.get("lignesRefusees")).hasSize(3);
    assertThat((List<?>) filtered.get("lignesRefusees")).hasSize(2);
    assertThat((List<Object>) filtered.get("motifs"))
        .containsExactly(
            (Object) Map.of("motif", "Code postal invalide.", "nombre", 2, "choisi", true),
            Map.of("motif", "Nom manquant.", "nombre", 1, "choisi", false));
    assertThat(all.get("suspendu")).isNull();
    assertThat(all.get("ecarteesNombre")).isEqualTo(1);
  }
}
