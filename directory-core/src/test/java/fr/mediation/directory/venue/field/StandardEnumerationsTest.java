package fr.mediation.directory.venue.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The enumerations carry the standard v1.0.2's labels verbatim, and each value reads back. */
class StandardEnumerationsTest {

  @Test
  void servicesHaveTheStandardLabels() {
    assertThat(StandardLabels.labels(Service.class))
        .containsExactly(
            "Aide aux démarches administratives",
            "Maîtrise des outils numériques du quotidien",
            "Insertion professionnelle via le numérique",
            "Utilisation sécurisée du numérique",
            "Parentalité et éducation avec le numérique",
            "Loisirs et créations numériques",
            "Compréhension du monde numérique",
            "Accès internet et matériel informatique",
            "Acquisition de matériel informatique à prix solidaire");
  }

  @Test
  void specificPublicsHaveTheStandardLabels() {
    assertThat(StandardLabels.labels(SpecificPublic.class))
        .containsExactly("Jeunes", "Étudiants", "Familles et/ou enfants", "Seniors", "Femmes");
  }

  @Test
  void specificSupportsHaveTheStandardLabels() {
    assertThat(StandardLabels.labels(SpecificSupport.class))
        .containsExactly(
            "Surdité",
            "Handicaps moteurs",
            "Handicaps mentaux",
            "Illettrisme",
            "Langues étrangères (anglais)",
            "Langues étrangères (autres)",
            "Déficience visuelle");
  }

  @Test
  void feesHaveTheStandardLabels() {
    assertThat(StandardLabels.labels(Fee.class))
        .containsExactly("Gratuit", "Gratuit sous condition", "Payant");
  }

  @Test
  void nationalProgrammesHaveTheStandardLabels() {
    assertThat(StandardLabels.labels(NationalProgramme.class))
        .containsExactly(
            "Aidants Connect",
            "Bibliothèques numérique de référence",
            "Certification PIX",
            "Conseillers numériques",
            "Emmaüs Connect",
            "France Services",
            "Grande école du numérique",
            "La Croix Rouge",
            "Point d'accès numérique CAF",
            "Promeneurs du net",
            "Relais numérique (Emmaüs Connect)");
  }

  @Test
  void trainingLabelsHaveTheStandardLabels() {
    assertThat(StandardLabels.labels(TrainingLabel.class))
        .containsExactly(
            "Formé à « Mon Espace Santé »",
            "Formé à « DUPLEX » (illettrisme)",
            "Arnia/MedNum BFC (Bourgogne-Franche-Comté)",
            "Collectif ressources et acteurs réemploi (Normandie)",
            "Étapes numériques(La Poste)",
            "Fabriques de Territoire",
            "Les Éclaireurs du numérique (Drôme)",
            "Mes Papiers (Métropole de Lyon)",
            "ORDI 3.0",
            "SUD LABS (PACA)");
  }

  @Test
  void accessModesHaveTheStandardLabels() {
    assertThat(StandardLabels.labels(AccessMode.class))
        .containsExactly(
            "Se présenter",
            "Téléphoner",
            "Contacter par mail",
            "Prendre un RDV en ligne",
            "Ce lieu n'accueille pas de public",
            "Envoyer un mail avec une fiche de prescription");
  }

  @Test
  void supportModesHaveTheStandardLabels() {
    assertThat(StandardLabels.labels(SupportMode.class))
        .containsExactly(
            "En autonomie", "Accompagnement individuel", "Dans un atelier collectif", "À distance");
  }

  @Test
  void mobilitiesHaveTheStandardLabels() {
    assertThat(StandardLabels.labels(Mobility.class)).containsExactly("Itinérant", "Fixe");
  }

  @Test
  void labelsUseOrdinarySpacesAndApostrophes() {
    assertThat(allLabels())
        .allSatisfy(
            label ->
                assertThat(label).doesNotContain("\u00a0", "\u202f", "’").isEqualTo(label.strip()));
  }

  @Test
  void codesAreUrlFriendly() {
    assertThat(allConstants().map(StandardLabel::code))
        .allSatisfy(code -> assertThat(code).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    assertThat(Service.AIDE_AUX_DEMARCHES_ADMINISTRATIVES.code())
        .isEqualTo("aide-aux-demarches-administratives");
    assertThat(TrainingLabel.FORME_A_MON_ESPACE_SANTE.code()).isEqualTo("forme-a-mon-espace-sante");
    assertThat(TrainingLabel.ETAPES_NUMERIQUES.code()).isEqualTo("etapes-numeriques-la-poste");
    assertThat(NationalProgramme.POINT_D_ACCES_NUMERIQUE_CAF.code())
        .isEqualTo("point-d-acces-numerique-caf");
    assertThat(TrainingLabel.ORDI_3_0.code()).isEqualTo("ordi-3-0");
    assertThat(SpecificPublic.ETUDIANTS.code()).isEqualTo("etudiants");
    assertThat(Mobility.ITINERANT.code()).isEqualTo("itinerant");
  }

  static Stream<Class<? extends Enum<?>>> enumerations() {
    return Stream.of(
        Service.class,
        SpecificPublic.class,
        SpecificSupport.class,
        Fee.class,
        NationalProgramme.class,
        TrainingLabel.class,
        AccessMode.class,
        SupportMode.class,
        Mobility.class,
        Typology.class);
  }

  @Test
  void everyLabelCodeNameAndAliasReadsBackToItsOwnConstant() {
    assertEveryKeyReadsBack(Service.class);
    assertEveryKeyReadsBack(SpecificPublic.class);
    assertEveryKeyReadsBack(SpecificSupport.class);
    assertEveryKeyReadsBack(Fee.class);
    assertEveryKeyReadsBack(NationalProgramme.class);
    assertEveryKeyReadsBack(TrainingLabel.class);
    assertEveryKeyReadsBack(AccessMode.class);
    assertEveryKeyReadsBack(SupportMode.class);
    assertEveryKeyReadsBack(Mobility.class);
    assertEveryKeyReadsBack(Typology.class);
  }

  @ParameterizedTest
  @MethodSource("enumerations")
  void codesAreUniqueWithinAnEnumeration(Class<? extends Enum<?>> type) {
    List<String> codes =
        Stream.of(type.getEnumConstants()).map(c -> ((StandardLabel) c).code()).toList();
    assertThat(codes).doesNotHaveDuplicates();
  }

  private static <E extends Enum<E> & StandardLabel> void assertEveryKeyReadsBack(Class<E> type) {
    for (E constant : EnumSet.allOf(type)) {
      Stream<String> keys =
          Stream.concat(
              Stream.of(constant.label(), constant.code(), constant.name()),
              constant.aliases().stream());
      keys.forEach(
          key ->
              assertThat(StandardLabels.find(type, key))
                  .as("%s read from '%s'", constant, key)
                  .contains(constant));
    }
  }

  private static Stream<StandardLabel> allConstants() {
    return enumerations()
        .flatMap(type -> Stream.of(type.getEnumConstants()))
        .map(StandardLabel.class::cast);
  }

  private static List<String> allLabels() {
    return allConstants().map(StandardLabel::label).toList();
  }
}
