package fr.mediation.directory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.api.venue.VenueDetail;
import fr.mediation.directory.venue.field.StandardField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The venue page's access conditions list the registry's fields that have a caption. */
class ViewsConditionsTest {

  /** A detail holding only {@code standard}'s values, as VenueDetail.of gives them. */
  private static VenueDetail detail(Map<StandardField, Object> standard) {
    return new VenueDetail(
        "merged-1", standard, null, null, null, null, null, null, null, null, null);
  }

  @Test
  void eachCaptionedFieldPresentIsListedInTheStandardsOrderWithItsValues() {
    VenueDetail v =
        detail(
            Map.of(
                StandardField.FRAIS_A_CHARGE, List.of("Gratuit"),
                StandardField.PUBLICS_SPECIFIQUEMENT_ADRESSES, List.of("Jeunes", "Étudiants"),
                StandardField.MODALITES_ACCOMPAGNEMENT, List.of("À distance"),
                StandardField.NOM, "Anonymal"));

    assertThat(Views.conditions(v))
        .containsExactly(
            Map.of("libelle", "Pour qui", "valeur", "Jeunes, Étudiants"),
            Map.of("libelle", "Coût", "valeur", "Gratuit"),
            Map.of("libelle", "Accompagnement", "valeur", "À distance"));
  }

  @Test
  void aVenueWithoutThemListsNone() {
    assertThat(Views.conditions(detail(Map.of()))).isEmpty();
  }
}
