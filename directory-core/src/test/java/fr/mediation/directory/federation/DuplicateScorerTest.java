package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DuplicateScorerTest {

  private final DuplicateScorer scorer = new DuplicateScorer();

  private static Matchable venue(
      String source, String nom, String adresse, String postcode, double lat, double lon) {
    return Listings.placed(source, nom, nom, adresse, postcode, null, lat, lon);
  }

  @Test
  void recognisesTheSameFranceServicesWrittenDifferently() {
    Matchable hub =
        venue("hub", "MSAP de Nérac", "12 pl. du Général de Gaulle", "47600", 44.1360, 0.3390);
    Matchable network =
        venue(
            "fs",
            "France Services Nérac",
            "12 Place du Général-de-Gaulle",
            "47600",
            44.1365,
            0.3395);

    assertThat(DuplicateScorer.candidate(hub, network)).isTrue();
    assertThat(scorer.decide(hub, network).duplicate()).isTrue();
  }

  @Test
  void tellsTheTownHallFromTheLibraryOfTheSameTown() {
    Matchable mairie =
        venue("a", "Mairie de Saint-Affrique", "Place du Foirail", "12400", 43.9580, 2.8870);
    Matchable mediatheque =
        venue(
            "b",
            "Médiathèque Jean Jaurès de Saint-Affrique",
            "2 rue de la République",
            "12400",
            43.9592,
            2.8850);

    assertThat(DuplicateScorer.candidate(mairie, mediatheque)).isTrue();
    assertThat(scorer.decide(mairie, mediatheque).duplicate()).isFalse();
  }

  @Test
  void tellsTwoVenuesOfOneNetworkInOneTownApart() {
    Matchable north = venue("a", "Cyber-base Nord", "4 rue des Lilas", "72000", 48.0150, 0.1990);
    Matchable south =
        venue("a", "Cyber-base Sud", "18 avenue Jean Jaurès", "72000", 47.9890, 0.2010);

    assertThat(scorer.decide(north, south).duplicate()).isFalse();
  }

  @Test
  void theSameNameFarAwayIsNeverTheSamePlace() {
    Matchable one =
        venue("a", "Espace numérique Saint-Paul", "1 rue de l'Église", "60650", 49.4300, 1.9900);
    Matchable other =
        venue("b", "Espace numérique Saint-Paul", "1 rue de l'Église", "97460", -21.0100, 55.2700);

    assertThat(DuplicateScorer.candidate(one, other)).isFalse();
    assertThat(scorer.decide(one, other).duplicate()).isFalse();
  }

  @Test
  void aSharedPhoneMakesACandidateAndCounts() {
    Matchable a =
        new Matchable(
            "a",
            "1",
            "EPN du Val",
            "3 rue Haute",
            "41000",
            null,
            null,
            null,
            "00000000000000",
            "+33254000000",
            null,
            null);
    Matchable b =
        new Matchable(
            "b",
            "2",
            "Espace public numérique du Val",
            "3, r. Haute",
            "41000",
            null,
            null,
            null,
            "00000000000000",
            "+33254000000",
            null,
            null);

    assertThat(DuplicateScorer.candidate(a, b)).isTrue();
    DuplicateScorer.Decision decision = scorer.decide(a, b);
    assertThat(decision.duplicate()).isTrue();
    assertThat(decision.reasons())
        .containsExactly("names 0.75", "addresses 1.00", "same phone", "same kind [DIGITAL_SPACE]");

    // Grouping asks for the decision alone: the same, without its reasons written out.
    DuplicateScorer.Decision unexplained =
        scorer.decide(DuplicateScorer.Compared.of(a), DuplicateScorer.Compared.of(b), false);
    assertThat(unexplained.score()).isEqualTo(decision.score());
    assertThat(unexplained.duplicate()).isTrue();
    assertThat(unexplained.reasons()).isEmpty();
  }

  @Test
  void aSirenAloneSaysNothingButASiretDoes() {
    Matchable a =
        new Matchable(
            "a",
            "1",
            "Atelier A",
            "1 rue A",
            "31000",
            null,
            43.60,
            1.44,
            "434806402",
            null,
            null,
            null);
    Matchable b =
        new Matchable(
            "b",
            "2",
            "Atelier B",
            "9 rue B",
            "31000",
            null,
            43.61,
            1.45,
            "434806402",
            null,
            null,
            null);

    assertThat(scorer.decide(a, b).reasons()).doesNotContain("same SIRET/RNA");
  }

  @Test
  void addressesWithAnotherHouseNumberAreLessSimilar() {
    assertThat(DuplicateScorer.addressSimilarity("12 rue Victor Hugo", "12, r. Victor-Hugo"))
        .isEqualTo(1.0);
    assertThat(DuplicateScorer.addressSimilarity("12 rue Victor Hugo", "48 rue Victor Hugo"))
        .isLessThan(0.7);
  }

  @Test
  void readsAbbreviationsAndAliasesOfNamesAsTheSameName() {
    assertThat(
            DuplicateScorer.nameSimilarity(
                "CSC Jean-Paul Coste", "Centre Socio Culturel Jean Paul Coste"))
        .isGreaterThanOrEqualTo(0.9);
    assertThat(
            DuplicateScorer.nameSimilarity(
                "La Poste Montreynaud", "Bureau de poste de Montreynaud"))
        .isGreaterThanOrEqualTo(0.9);
    assertThat(DuplicateScorer.nameSimilarity("Solidairnet", "Chom'Actif (Solidairnet)"))
        .isGreaterThanOrEqualTo(0.8);
    assertThat(DuplicateScorer.nameSimilarity("CASSPA", "C.A.S.S.P.A.")).isEqualTo(1.0);
    assertThat(
            DuplicateScorer.nameSimilarity(
                "Espace multimédia - Centre J. Tati", "Maison de Quartier - Jacques Tati"))
        .isGreaterThan(DuplicateScorer.nameSimilarity("Centre J. Tati", "Maison Victor Hugo"));
  }

  @Test
  void aliasesMakeTheSameVenueOfTwoSourcesOne() {
    Matchable hub = venue("a", "CSC Jean-Paul Coste", "8 rue de la Paix", "13090", 43.5290, 5.4310);
    Matchable other =
        venue(
            "b",
            "Centre Socio Culturel Jean Paul Coste",
            "8 Rue de la Paix",
            "13090",
            43.5291,
            5.4312);

    assertThat(scorer.decide(hub, other).duplicate()).isTrue();
  }

  @Test
  void twoTenantsOfOneBuildingNamedInBracketsAreTwoVenues() {
    Matchable ireps =
        venue("a", "Cité des associations (IREPS)", "58 bd du Doyenné", "49100", 47.4780, -0.5470);
    Matchable oxygem =
        venue("a", "Cité des associations (OXYGEM)", "58 bd du Doyenné", "49100", 47.4780, -0.5470);

    assertThat(DuplicateScorer.differentQualifiers(ireps.nom(), oxygem.nom())).isTrue();
    assertThat(scorer.decide(ireps, oxygem).duplicate()).isFalse();
  }

  @Test
  void aFablabIsNotThePublicDigitalSpaceOfTheSameDistrict() {
    Matchable epn = venue("a", "EPN Planoise", "6 rue de Cologne", "25000", 47.2170, 5.9500);
    Matchable fablab = venue("a", "FabLab Planoise", "6 rue de Cologne", "25000", 47.2171, 5.9502);

    assertThat(scorer.decide(epn, fablab).duplicate()).isFalse();
  }

  /**
   * Words whose lengths leave no chance are not compared: none of them reaches 0.92, even the most
   * alike (one the beginning of the other, over two letters).
   */
  @Test
  void wordsOfTooDifferentLengthsNeverReachTheSimilarityOfATypo() {
    var jaroWinkler = new org.apache.commons.text.similarity.JaroWinklerSimilarity();
    java.util.Random random = new java.util.Random(5);
    int skipped = 0;
    for (int i = 0; i < 200_000; i++) {
      int m = 4 + random.nextInt(12);
      int n = 4 + random.nextInt(20);
      StringBuilder a = new StringBuilder();
      for (int k = 0; k < Math.max(m, n); k++) {
        a.append(random.nextInt(3) == 0 ? 'b' : 'a');
      }
      String longer = a.toString();
      String shorter =
          random.nextBoolean()
              ? longer.substring(0, Math.min(m, n))
              : longer.substring(longer.length() - Math.min(m, n));
      if (!MatchedWords.mayBeAlike(shorter.length(), longer.length())) {
        skipped++;
        assertThat(jaroWinkler.apply(shorter, longer))
            .as(shorter + " / " + longer)
            .isLessThan(0.92);
      }
    }
    assertThat(skipped).isGreaterThan(10_000);
    // At the bound itself, words do reach it: the bound is not loose.
    assertThat(jaroWinkler.apply("aaaaaa", "aaaaaaaaaa")).isGreaterThanOrEqualTo(0.92);
    assertThat(MatchedWords.mayBeAlike(6, 10)).isTrue();
  }

  /**
   * Grouping's decisions (unexplained) are the explained ones for every duplicate, score included;
   * a pair that could not reach the threshold even with the same name is not scored further, and
   * its score is then the highest it could have had. The district below has both many times.
   */
  @Test
  void decidesAsTheExplainedDecisionWithoutScoringNamesThatCannotMatter() {
    String[] names = {
      "Médiathèque Jean Jaurès",
      "Mairie",
      "France Services",
      "MSAP de Nérac",
      "EPN Voltaire",
      "Espace public numérique",
      "Centre social Louise Michel",
      "Bus numérique",
      "Cyber-base",
      "Cité des associations (IREPS)",
      "Cité des associations (OXYGEM)",
      "Association Les Lilas",
      "J. Jaurès",
      "Médiatèque Jean Jaures"
    };
    String[] streets = {"12 rue de la République", "3 av. Jean Jaurès", "", "1 place Voltaire"};
    Random random = new Random(41);
    List<DuplicateScorer.Compared> venues = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      boolean placed = random.nextInt(5) > 0;
      String street = streets[random.nextInt(streets.length)];
      venues.add(
          DuplicateScorer.Compared.of(
              new Matchable(
                  "s" + random.nextInt(3),
                  "l" + i,
                  names[random.nextInt(names.length)],
                  street.isEmpty() ? null : street,
                  random.nextBoolean() ? "47600" : "47000",
                  random.nextInt(3) == 0 ? null : "47195",
                  placed ? 44.13 + random.nextDouble() * 0.01 : null,
                  placed ? 0.33 + random.nextDouble() * 0.01 : null,
                  random.nextInt(6) == 0 ? "1234567890001" + random.nextInt(2) : "00000000000000",
                  random.nextInt(5) == 0 ? "+3355300000" + random.nextInt(3) : null,
                  random.nextInt(6) == 0 ? "accueil@nerac.fr" : null,
                  random.nextInt(6) == 0 ? "https://nerac.fr/" : null)));
    }
    int duplicates = 0;
    int notScored = 0;
    for (int i = 0; i < venues.size(); i++) {
      for (int j = i + 1; j < venues.size(); j++) {
        DuplicateScorer.Decision explained = scorer.decide(venues.get(i), venues.get(j), true);
        DuplicateScorer.Decision grouping = scorer.decide(venues.get(i), venues.get(j), false);
        assertThat(grouping.duplicate()).isEqualTo(explained.duplicate());
        if (explained.duplicate()) {
          assertThat(grouping.score()).isEqualTo(explained.score());
          duplicates++;
        } else {
          assertThat(grouping.score()).isGreaterThanOrEqualTo(explained.score());
          if (grouping.score() != explained.score()) {
            notScored++;
          }
        }
      }
    }
    assertThat(duplicates).isGreaterThan(1_000);
    assertThat(notScored).isGreaterThan(10_000);
  }
}
