package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CandidateColumnsTest {

  private static final Instant SEEN = Instant.parse("2026-01-01T00:00:00Z");

  /**
   * The values the rules read, with what makes each rule turn: no postcode, three-digit overseas
   * départements, Corsica, a blank phone, the standard's unknown registry number, a SIREN, a
   * position without its longitude, settled listings with and without a merged venue.
   */
  private static final String[] POSTCODES = {
    "75011", "75012", "92100", "97200", "97210", "97100", "20000", "20200", null, "75"
  };

  private static final String[] INSEE = {"75111", "75112", "92012", "97209", "2A004", null, " "};
  private static final String[] PIVOTS = {
    "00000000000000", "", null, "12345678900011", "12345678900012", "123456789", "000000000", "0"
  };
  private static final String[] PHONES = {null, "", " ", "+33140000001", "+33140000002"};
  private static final String[] SOURCES = {"hub", "ville", "dept"};

  /**
   * Every pair of listings of random values is compared by the columns exactly when the rules read
   * on the listings themselves compare it: their sources meet, they are not two settled listings of
   * different venues, they lie in one département and pass the detector's candidate test; the
   * positions straddle the candidate distances, so that both answers of each rule are met.
   */
  @Test
  void comparesExactlyThePairsTheRulesOnTheListingsCompare() {
    Random random = new Random(23);
    Grouping grouping = new Grouping(new DuplicateScorer(), "ville"::equals);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 700; i++) {
      boolean placed = random.nextInt(5) > 0;
      // Within a few kilometres: 1 and 3 km apart, the candidate test's two distances, are common.
      Double latitude = placed ? 48.85 + random.nextDouble() * 0.04 : null;
      Double longitude =
          placed || random.nextInt(3) == 0 ? 2.35 + random.nextDouble() * 0.05 : null;
      Matchable match =
          new Matchable(
              pick(random, SOURCES),
              "l" + i,
              "Espace numérique",
              null,
              pick(random, POSTCODES),
              pick(random, INSEE),
              latitude,
              longitude,
              pick(random, PIVOTS),
              pick(random, PHONES),
              null,
              null);
      boolean settled = random.nextInt(2) == 0;
      String merged = random.nextInt(4) == 0 ? null : "v" + random.nextInt(40);
      members.add(new Member("l" + i, match, SEEN, merged, settled));
    }
    Member[] all = members.toArray(Member[]::new);
    CandidateColumns columns = new CandidateColumns(grouping, all);

    int compared = 0;
    int far = 0;
    for (int a = 0; a < all.length; a++) {
      for (int b = 0; b < all.length; b++) {
        if (a == b) {
          continue;
        }
        Member x = all[a];
        Member y = all[b];
        boolean rules =
            (grouping.comparesWithin(x.match().source())
                    || !x.match().source().equals(y.match().source()))
                && x.scoredWith(y)
                && Grouping.departement(x.match().codePostal())
                    .equals(Grouping.departement(y.match().codePostal()))
                && DuplicateScorer.candidate(x.match(), y.match());
        assertThat(columns.compares(a, b)).as("%s and %s", x, y).isEqualTo(rules);
        if (rules) {
          compared++;
        } else if (x.match().placed() && y.match().placed()) {
          far++;
        }
      }
    }
    // Both answers, many times: a test whose rules never turned would prove nothing.
    assertThat(compared).isGreaterThan(10_000);
    assertThat(far).isGreaterThan(10_000);
  }

  /** Two copies of one listing (the same id) are never a pair. */
  @Test
  void neverComparesAListingWithItself() {
    Matchable hub =
        new Matchable(
            "hub", "l1", "EPN", null, "75011", "75111", 48.85, 2.35, null, null, null, null);
    Matchable city =
        new Matchable(
            "ville", "l1", "EPN", null, "75011", "75111", 48.85, 2.35, null, null, null, null);
    Member[] twice = {new Member("hub/l1", hub, SEEN), new Member("hub/l1", city, SEEN)};
    Member[] two = {twice[0], new Member("ville/l1", city, SEEN)};
    Grouping grouping = new Grouping(new DuplicateScorer(), s -> false);

    assertThat(new CandidateColumns(grouping, twice).compares(0, 1)).isFalse();
    assertThat(new CandidateColumns(grouping, two).compares(0, 1)).isTrue();
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
