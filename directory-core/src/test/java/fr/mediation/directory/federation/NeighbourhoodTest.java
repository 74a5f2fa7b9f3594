package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

  /** Places from the north of France to the overseas départements, Saint-Pierre included. */
  private static final double[][] PLACES = {
    {51.03, 2.37},
    {48.857, 2.352},
    {43.30, 5.37},
    {41.39, 9.16},
    {46.78, -56.17},
    {16.24, -61.53},
    {-21.11, 55.53},
    {4.93, -52.33},
    {-12.78, 45.23}
  };

  private static Matchable listing(
      Random random, String id, double lat, double lon, boolean placed, String insee) {
    return new Matchable(
        random.nextBoolean() ? "hub" : "fs",
        id,
        "Médiathèque",
        null,
        random.nextBoolean() ? "75011" : "75012",
        insee,
        placed ? lat : null,
        placed ? lon : null,
        random.nextInt(5) == 0 ? "12345678900012" : "00000000000000",
        random.nextInt(5) == 0 ? "+33140000000" : null,
        null,
        null);
  }

  /**
   * Whatever the positions, communes, phones and registry numbers, a listing the detector can
   * compare with a changed one is in the changed one's neighbourhood; and most of a commune's
   * placed listings further than the detector's reach are not.
   */
  @Test
  void holdsEveryListingTheDetectorCanCompareWithAChangedOne() {
    Random random = new Random(3);
    int candidates = 0;
    int farAndLeft = 0;
    for (int i = 0; i < 200_000; i++) {
      double[] place = PLACES[random.nextInt(PLACES.length)];
      double lat = place[0] + random.nextGaussian() * 0.05;
      double lon = place[1] + random.nextGaussian() * 0.05;
      // Up to 12 km away, most within a few: both sides of the detector's 3 km.
      double reach = 0.11 * random.nextDouble() * random.nextDouble();
      double angle = random.nextDouble() * 2 * Math.PI;
      double lat2 = lat + reach * Math.sin(angle);
      double lon2 = lon + reach * Math.cos(angle) / Math.cos(Math.toRadians(lat));
      Matchable changed =
          listing(
              random, "c", lat, lon, random.nextInt(6) > 0, random.nextBoolean() ? "75056" : null);
      Matchable other =
          listing(
              random,
              "o",
              lat2,
              lon2,
              random.nextInt(6) > 0,
              random.nextBoolean() ? "75056" : null);
      Neighbourhood around = Neighbourhood.of(List.of(changed));
      if (Grouping.departement(changed.codePostal())
              .equals(Grouping.departement(other.codePostal()))
          && DuplicateScorer.candidate(changed, other)) {
        candidates++;
        assertThat(around.holds(other)).as("%s for %s", other, changed).isTrue();
      } else if (changed.placed()
          && other.placed()
          && DuplicateScorer.distance(changed, other) > 2 * DuplicateScorer.MAX_DISTANCE_M
          && !around.holds(other)) {
        farAndLeft++;
      }
    }
    assertThat(candidates).isGreaterThan(50_000);
    assertThat(farAndLeft).isGreaterThan(10_000);
  }

  private static Matchable ofNetwork(String id, String codePostal, double lat, double lon) {
    return new Matchable(
        "hub",
        id,
        "France Services",
        null,
        codePostal,
        null,
        lat,
        lon,
        "13002526500013",
        "+33970000000",
        null,
        null);
  }

  /**
   * A network's phone and registry number are shared by its venues across the country: those of
   * other départements, which grouping never pairs with the changed one, are left out; those of its
   * own, wherever they are in it, are in.
   */
  @Test
  void aNetworksNumbersBringItsVenuesOfTheSameDepartementOnly() {
    Neighbourhood around = Neighbourhood.of(List.of(ofNetwork("c", "48000", 44.518, 3.500)));

    assertThat(around.holds(ofNetwork("same", "48200", 44.890, 3.210))).isTrue();
    assertThat(around.holds(ofNetwork("other", "75011", 48.857, 2.380))).isFalse();
    assertThat(around.holds(ofNetwork("overseas", "97400", -21.11, 55.53))).isFalse();
    assertThat(around.holds(ofNetwork("corsica", "20000", 41.92, 8.74))).isFalse();
    // Grouping reads the département from the postcode: Corsica's all begin with 20.
    Neighbourhood ajaccio = Neighbourhood.of(List.of(ofNetwork("a", "20000", 41.92, 8.74)));
    assertThat(ajaccio.holds(ofNetwork("bastia", "20200", 42.70, 9.45))).isTrue();
    assertThat(ajaccio.holds(ofNetwork("nice", "06000", 43.70, 7.27))).isFalse();
  }

  @Test
  void theCellsWithinADistanceCoverItEveryWay() {
    Random random = new Random(5);
    for (int i = 0; i < 100_000; i++) {
      double[] place = PLACES[random.nextInt(PLACES.length)];
      Matchable a = listing(random, "a", place[0] + random.nextDouble(), place[1], true, null);
      double angle = random.nextDouble() * 2 * Math.PI;
      double metres = random.nextBoolean() ? 1_000 : 3_000;
      double reach = metres / 111_195.0;
      Matchable b =
          listing(
              random,
              "b",
              a.latitude() + reach * Math.sin(angle),
              a.longitude() + reach * Math.cos(angle) / Math.cos(Math.toRadians(a.latitude())),
              true,
              null);
      assertThat(DuplicateScorer.distance(a, b)).isLessThan(metres + 1);
      assertThat(Neighbourhood.cellsWithin(a.latitude(), a.longitude(), metres))
          .contains(Grouping.cellOf(b.latitude(), b.longitude()));
    }
  }
}
