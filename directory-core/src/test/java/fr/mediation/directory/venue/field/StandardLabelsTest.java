package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StandardLabelsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Aide aux démarches administratives",
        "  aide aux   démarches administratives ",
        "AIDE AUX DEMARCHES ADMINISTRATIVES",
        "aide-aux-demarches-administratives",
        "AIDE_AUX_DEMARCHES_ADMINISTRATIVES",
        "Aide\u00a0aux démarches administratives"
      })
  void parsesLabelCodeOrNameTolerantly(String raw) {
    assertThat(StandardLabels.parse(Service.class, StandardField.SERVICES, raw))
        .isEqualTo(Service.AIDE_AUX_DEMARCHES_ADMINISTRATIVES);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Formé à « Mon Espace Santé »",
        "Formé à «Mon Espace Santé»",
        "Formé à «\u00a0Mon Espace Santé\u00a0»",
        "Formé à «\u202fMon Espace Santé\u202f»",
        "forme a \"Mon Espace Sante\"",
        "Formé à Mon Espace Santé"
      })
  void parsesGuillemetsWithOrWithoutSpaces(String raw) {
    assertThat(StandardLabels.parse(TrainingLabel.class, StandardField.FORMATIONS_LABELS, raw))
        .isEqualTo(TrainingLabel.FORME_A_MON_ESPACE_SANTE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Point d'accès numérique CAF",
        "Point d’accès numérique CAF",
        "point d'acces numerique caf"
      })
  void parsesTypographicApostrophes(String raw) {
    assertThat(
            StandardLabels.parse(
                NationalProgramme.class, StandardField.DISPOSITIF_PROGRAMMES_NATIONAUX, raw))
        .isEqualTo(NationalProgramme.POINT_D_ACCES_NUMERIQUE_CAF);
  }

  @Test
  void parsesTheStandardsVerbatimLabelAndItsCorrectedSpelling() {
    assertThat(
            StandardLabels.parse(
                TrainingLabel.class,
                StandardField.FORMATIONS_LABELS,
                "Étapes numériques(La Poste)"))
        .isEqualTo(TrainingLabel.ETAPES_NUMERIQUES);
    assertThat(
            StandardLabels.parse(
                TrainingLabel.class,
                StandardField.FORMATIONS_LABELS,
                "Étapes numériques (La Poste)"))
        .isEqualTo(TrainingLabel.ETAPES_NUMERIQUES);
  }

  @Test
  void parsesTheLongerWordingsOfTheStandardsDescription() {
    assertThat(
            StandardLabels.parseList(
                SupportMode.class,
                StandardField.MODALITES_ACCOMPAGNEMENT,
                "Dans un atelier collectif : j'apprends collectivement à utiliser le numérique|À"
                    + " distance (par téléphone ou en visioconférence)"))
        .containsExactly(SupportMode.DANS_UN_ATELIER_COLLECTIF, SupportMode.A_DISTANCE);
  }

  @Test
  void rejectsUnknownValueListingTheAcceptedLabels() {
    InvalidFieldException e =
        rejection(() -> StandardLabels.parse(Fee.class, StandardField.FRAIS_A_CHARGE, "Gratos"));
    assertThat(e.field()).isEqualTo(StandardField.FRAIS_A_CHARGE);
    assertThat(e.value()).isEqualTo("Gratos");
    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid fee condition: 'Gratos'. Expected one of: Gratuit, Gratuit sous condition,"
                + " Payant.");
    assertThat(e.expectedFr())
        .isEqualTo("Valeur attendue parmi : Gratuit, Gratuit sous condition, Payant.");
  }

  @Test
  void rejectsNullAndBlankValues() {
    assertThat(
            rejection(() -> StandardLabels.parse(Fee.class, StandardField.FRAIS_A_CHARGE, null))
                .field())
        .isEqualTo(StandardField.FRAIS_A_CHARGE);
    assertThat(
            rejection(() -> StandardLabels.parse(Fee.class, StandardField.FRAIS_A_CHARGE, " - "))
                .value())
        .isEqualTo(" - ");
  }

  @Test
  void findReturnsEmptyForUnknownValues() {
    assertThat(StandardLabels.find(Fee.class, "Gratos")).isEmpty();
    assertThat(StandardLabels.find(Fee.class, null)).isEmpty();
    assertThat(StandardLabels.find(Fee.class, "payant")).contains(Fee.PAYANT);
  }

  @Test
  void parsesListInEnumOrderWithoutDuplicates() {
    Set<Fee> fees =
        StandardLabels.parseList(
            Fee.class, StandardField.FRAIS_A_CHARGE, "Payant| |gratuit|Payant||Gratuit");
    assertThat(fees).containsExactly(Fee.GRATUIT, Fee.PAYANT);
  }

  @Test
  void parsedListIsUnmodifiable() {
    Set<Fee> fees = StandardLabels.parseList(Fee.class, StandardField.FRAIS_A_CHARGE, "Payant");
    assertThatThrownBy(() -> fees.add(Fee.GRATUIT))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void acceptsSemicolonAsListSeparator() {
    assertThat(StandardLabels.parseList(Mobility.class, StandardField.ITINERANCE, "Itinérant;Fixe"))
        .containsExactly(Mobility.ITINERANT, Mobility.FIXE);
  }

  @Test
  void rejectsListWithAnUnknownPartNamingThePart() {
    InvalidFieldException e =
        rejection(
            () ->
                StandardLabels.parseList(
                    Mobility.class, StandardField.ITINERANCE, "Fixe| Ambulant "));
    assertThat(e.field()).isEqualTo(StandardField.ITINERANCE);
    assertThat(e.value()).isEqualTo("Ambulant");
    assertThat(e.expected())
        .isEqualTo("Expected one of: Itinérant, Fixe. Separate several values with |.");
    assertThat(e.expectedFr())
        .isEqualTo("Valeur attendue parmi : Itinérant, Fixe. Séparez plusieurs valeurs par |.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "|", " | | "})
  void rejectsListWithoutValue(String raw) {
    InvalidFieldException e =
        rejection(() -> StandardLabels.parseList(Mobility.class, StandardField.ITINERANCE, raw));
    assertThat(e.field()).isEqualTo(StandardField.ITINERANCE);
    assertThat(e.expected())
        .isEqualTo("Expected at least one of: Itinérant, Fixe. Separate several values with |.");
  }

  @Test
  void rejectsNullList() {
    assertThat(
            rejection(
                    () -> StandardLabels.parseList(Mobility.class, StandardField.ITINERANCE, null))
                .field())
        .isEqualTo(StandardField.ITINERANCE);
  }

  @Test
  void joinsLabelsInEnumOrderWithoutDuplicates() {
    assertThat(
            StandardLabels.join(
                List.of(SpecificPublic.FEMMES, SpecificPublic.JEUNES, SpecificPublic.FEMMES)))
        .isEqualTo("Jeunes|Femmes");
    assertThat(StandardLabels.join(List.of())).isEmpty();
  }

  @Test
  void joinsAnyListOfEveryEnumerationInDeclarationOrderWithoutDuplicatesOrNulls() {
    java.util.Random random = new java.util.Random(42);
    for (Class<?> type :
        List.of(
            Mobility.class,
            Typology.class,
            SupportMode.class,
            SpecificPublic.class,
            NationalProgramme.class,
            AccessMode.class,
            SpecificSupport.class,
            Service.class,
            TrainingLabel.class,
            Fee.class)) {
      StandardLabel[] constants = (StandardLabel[]) type.getEnumConstants();
      for (int round = 0; round < 200; round++) {
        List<StandardLabel> values = new java.util.ArrayList<>();
        boolean[] present = new boolean[constants.length];
        for (int i = random.nextInt(constants.length * 2); i > 0; i--) {
          int pick = random.nextInt(constants.length);
          values.add(constants[pick]);
          present[pick] = true;
        }
        if (random.nextBoolean()) {
          values.add(null);
        }
        java.util.StringJoiner expected = new java.util.StringJoiner("|");
        for (int i = 0; i < constants.length; i++) {
          if (present[i]) {
            expected.add(constants[i].label());
          }
        }
        assertThat(StandardLabels.join(values))
            .as(type + " " + values)
            .isEqualTo(expected.toString());
      }
    }
  }

  @Test
  void joinsLabelsOfSeveralEnumerationsGroupedByEnumeration() {
    assertThat(
            StandardLabels.join(
                List.of(SpecificPublic.JEUNES, Fee.GRATUIT, SpecificPublic.FEMMES, Fee.GRATUIT)))
        .isEqualTo(Fee.GRATUIT.label() + "|Jeunes|Femmes");
  }

  @Test
  void joinRoundTripsAParsedList() {
    String raw =
        "Maîtrise des outils numériques du quotidien|Insertion professionnelle via le"
            + " numérique|Loisirs et créations numériques";
    assertThat(
            StandardLabels.join(
                StandardLabels.parseList(Service.class, StandardField.SERVICES, raw)))
        .isEqualTo(raw);
  }

  @Test
  void slugsAsDocumented() {
    assertThat(StandardLabels.slug("Formé à « Mon Espace Santé »"))
        .isEqualTo("forme-a-mon-espace-sante");
    assertThat(StandardLabels.slug("  Œuvres d’art & Cœur ")).isEqualTo("oeuvres-d-art-coeur");
    assertThat(StandardLabels.slug("TIERS_LIEUX")).isEqualTo("tiers-lieux");
    assertThat(StandardLabels.slug("---")).isEmpty();
    assertThat(StandardLabels.slug(null)).isEmpty();
  }
}
