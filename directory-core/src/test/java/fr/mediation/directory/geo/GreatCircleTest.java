package fr.mediation.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GreatCircleTest {

  @Test
  void measuresKnownDistances() {
    // Paris (Notre-Dame) to Marseille (Vieux-Port): about 661 km.
    assertThat(GreatCircle.metres(48.8530, 2.3499, 43.2951, 5.3745))
        .isCloseTo(661_000, within(2_000.0));
    // One degree of latitude: 111.2 km on the sphere of mean radius.
    assertThat(GreatCircle.metres(45, 3, 46, 3)).isCloseTo(111_195, within(1.0));
    assertThat(GreatCircle.metres(-21.1, 55.5, -21.1, 55.5)).isZero();
  }

  /**
   * The haversine against a distance's decides "within" as the distance in metres does, for pairs a
   * few kilometres apart anywhere the directory has venues (mainland, Corsica, overseas,
   * Saint-Pierre), but at the distance itself, to a micrometre.
   */
  @Test
  void theHaversineTellsWithinADistanceAsTheMetresDo() {
    double[][] places = {
      {48.85, 2.35},
      {43.30, 5.37},
      {42.70, 9.45},
      {16.24, -61.53},
      {-21.11, 55.53},
      {4.93, -52.33},
      {46.78, -56.17},
      {-12.78, 45.23},
      {51.03, 2.37}
    };
    Random random = new Random(42);
    int checked = 0;
    for (int i = 0; i < 200_000; i++) {
      double[] p = places[random.nextInt(places.length)];
      double latA = p[0] + random.nextGaussian() * 0.05;
      double lonA = p[1] + random.nextGaussian() * 0.05;
      double latB = latA + random.nextGaussian() * 0.02;
      double lonB = lonA + random.nextGaussian() * 0.02;
      double metres = GreatCircle.metres(latA, lonA, latB, lonB);
      double h = GreatCircle.haversine(latA, lonA, latB, lonB);
      for (double distance : new double[] {100, 150, 1_000, 3_000}) {
        if (Math.abs(metres - distance) > 1e-6) {
          assertThat(h <= GreatCircle.haversineOf(distance))
              .as("%f,%f to %f,%f (%f m) within %f m", latA, lonA, latB, lonB, metres, distance)
              .isEqualTo(metres <= distance);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(790_000);
  }
}
