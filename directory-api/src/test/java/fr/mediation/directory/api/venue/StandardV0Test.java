package fr.mediation.directory.api.venue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.StandardField;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandardV0Test {

  static Map<StandardField, String> row() {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    row.put(StandardField.ID, "structure-1");
    row.put(StandardField.PIVOT, "43493312300029");
    row.put(StandardField.NOM, "Anonymal");
    row.put(StandardField.COMMUNE, "Reims");
    row.put(StandardField.CODE_POSTAL, "51100");
    row.put(StandardField.CODE_INSEE, "51454");
    row.put(StandardField.ADRESSE, "12 BIS RUE DE LECLERCQ « le patio »");
    row.put(StandardField.LATITUDE, "49.25");
    row.put(StandardField.LONGITUDE, "4.03");
    row.put(StandardField.TYPOLOGIE, "TIERS_LIEUX|ASSO");
    row.put(StandardField.TELEPHONE, "+33180059880");
    row.put(StandardField.COURRIELS, "contact@laquincaillerie.tl|responsable@laquincaillerie.tl");
    row.put(StandardField.SITE_WEB, "https://www.laquincaillerie.tl/|https://example.org/");
    row.put(StandardField.HORAIRES, "Mo-Fr 09:00-12:00");
    row.put(StandardField.DATE_MAJ, "2024-04-02");
    row.put(
        StandardField.SERVICES,
        "Aide aux démarches administratives|Accès internet et matériel informatique");
    row.put(StandardField.PUBLICS_SPECIFIQUEMENT_ADRESSES, "Jeunes|Étudiants");
    row.put(StandardField.PRISE_EN_CHARGE_SPECIFIQUE, "Surdité|Langues étrangères (anglais)");
    row.put(StandardField.FRAIS_A_CHARGE, "Gratuit sous condition");
    row.put(StandardField.DISPOSITIF_PROGRAMMES_NATIONAUX, "Conseillers numériques|La Croix Rouge");
    row.put(StandardField.FORMATIONS_LABELS, "Fabriques de Territoire");
    row.put(StandardField.AUTRES_FORMATIONS_LABELS, "Label et la bête");
    row.put(StandardField.MODALITES_ACCOMPAGNEMENT, "En autonomie|À distance");
    row.put(StandardField.FICHE_ACCES_LIBRE, "https://acceslibre.beta.gouv.fr/app/erp/m-13/");
    row.put(StandardField.PRISE_RDV, "https://exemple.fr/rdv?lieu=(12)");
    return row;
  }

  private static Optional<Map<String, String>> v0(Map<StandardField, String> row) {
    Venue venue = new Venue("hub", VenueRecord.parse(row), Instant.EPOCH);
    return StandardV0.row(venue.getId(), venue);
  }

  @Test
  void aV1VenueIsWrittenWithTheV0WordingsTheCartographyReads() {
    Map<String, String> v0 = v0(row()).orElseThrow();
    assertThat(v0.get("services"))
        .isEqualTo(
            "Réaliser des démarches administratives avec un accompagnement;Accéder à une"
                + " connexion internet;Accéder à du matériel");
    assertThat(v0.get("publics_accueillis"))
        .isEqualTo("Jeunes (16-26 ans);Surdité;Public langues étrangères");
    assertThat(v0.get("conditions_acces")).startsWith("Gratuit sous condition : La gratuité");
    assertThat(v0.get("labels_nationaux")).isEqualTo("CNFS;Fabriques de Territoire");
    assertThat(v0.get("labels_autres")).isEqualTo("La Croix Rouge;Label et la bête");
    assertThat(v0.get("modalites_accompagnement"))
        .isEqualTo("Seul : j'ai accès à du matériel et une connexion");
    assertThat(v0.get("courriel")).isEqualTo("contact@laquincaillerie.tl");
    assertThat(v0.get("site_web"))
        .isEqualTo("https://www.laquincaillerie.tl/;https://example.org/");
    assertThat(v0.get("typologie")).contains("TIERS_LIEUX").contains("ASSO");
    assertThat(v0.get("accessibilite")).isEqualTo("https://acceslibre.beta.gouv.fr/app/erp/m-13/");
    assertThat(v0).doesNotContainKey("prise_rdv");
    assertThat(v0.get("adresse")).isEqualTo("12 BIS RUE DE LECLERCQ le patio");
    assertThat(StandardV0.COLUMNS).containsAll(v0.keySet());
  }

  @Test
  void everyFieldOfTheStandardHasAV0ColumnOrIsExplicitlyNotInV0() {
    for (StandardField field : StandardField.inOrder()) {
      assertThat(field.field().v0())
          .as("declare %s's v0 column (.v0, .v0Reworded) or .notInV0() in StandardField", field)
          .isNotNull();
    }
    assertThat(V0Fields.BY_FIELD.keySet()).containsExactlyElementsOf(StandardField.inOrder());
    V0Fields.BY_FIELD.values().stream()
        .filter(v0 -> !v0.notInV0())
        .forEach(v0 -> assertThat(StandardV0.COLUMNS).contains(v0.column()));
  }

  @Test
  void theV0RowKeepsTheColumnsOrderAndCopiesTheFieldsV0HasAsIs() {
    Map<StandardField, String> fields = row();
    fields.put(StandardField.PRESENTATION_RESUME, "Ateliers numériques pour tous.");
    fields.put(StandardField.STRUCTURE_PARENTE, "Ville de Reims");
    Map<String, String> v0 = v0(fields).orElseThrow();

    assertThat(v0.keySet())
        .containsExactlyElementsOf(StandardV0.COLUMNS.stream().filter(v0::containsKey).toList());
    assertThat(v0)
        .containsEntry("pivot", "43493312300029")
        .containsEntry("code_insee", "51454")
        .containsEntry("telephone", "+33180059880")
        .containsEntry("horaires", "Mo-Fr 09:00-12:00")
        .containsEntry("presentation_resume", "Ateliers numériques pour tous.")
        .containsEntry("structure_parente", "Ville de Reims")
        .containsEntry("date_maj", "2024-04-02")
        .doesNotContainKeys("itinerance", "modalites_acces");
  }

  @Test
  void anEmailWithAByteOrderMarkIsExportedWithoutIt() {
    // A zero-width no-break space (U+FEFF, a byte-order mark pasted along with a spreadsheet's
    // cell) in an address: JavaScript's \s, in the component's pattern, refuses it, and the
    // component then throws the whole file away. The address is read without it.
    Map<StandardField, String> row = row();
    row.put(StandardField.COURRIELS, "\uFEFFaccueil@mairie-saint-jean-d-angely.fr");
    Map<String, String> v0 = v0(row).orElseThrow();
    assertThat(v0.get("courriel")).isEqualTo("accueil@mairie-saint-jean-d-angely.fr");
    assertThat(v0.get("telephone")).isEqualTo("+33180059880");
  }

  @Test
  void aVenueTheComponentWouldRefuseIsLeftOut() {
    Map<StandardField, String> row = row();
    row.put(StandardField.COMMUNE, "Reims (Marne)");
    assertThat(v0(row)).isEmpty();
  }
}
