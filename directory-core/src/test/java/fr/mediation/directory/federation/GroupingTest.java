package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.federation.Grouping.Pair;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GroupingTest {

  private final Grouping grouping = new Grouping(new DuplicateScorer(), source -> false);

  private static Member member(
      String id,
      String source,
      String nom,
      String adresse,
      String postcode,
      double lat,
      double lon) {
    return member(Listings.placed(source, id, nom, adresse, postcode, null, lat, lon));
  }

  /** The member of listing {@code match}, by its own id, seen on the same day as every other. */
  private static Member member(Matchable match) {
    return new Member(match.localId(), match, Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** Members {@code l0}, {@code l1}... up to {@code count}, each the listing drawn for its id. */
  private static List<Member> members(int count, Function<String, Matchable> draw) {
    List<Member> members = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      members.add(member(draw.apply("l" + i)));
    }
    return members;
  }

  private final Member hub =
      member("h", "hub", "MSAP de Nérac", "12 pl. du Général de Gaulle", "47600", 44.1360, 0.3390);
  private final Member network =
      member(
          "n",
          "fs",
          "France Services Nérac",
          "12 Place du Général-de-Gaulle",
          "47600",
          44.1365,
          0.3395);
  private final Member third =
      member(
          "t",
          "dept",
          "France Services de Nérac",
          "12 place du Général de Gaulle",
          "47600",
          44.1362,
          0.3392);
  private final Member library =
      member(
          "l",
          "hub",
          "Médiathèque Jean Jaurès de Nérac",
          "2 rue de la République",
          "47600",
          44.1390,
          0.3360);

  @Test
  void groupsOneVenueListedByThreeSources() {
    List<Set<String>> groups =
        grouping.groups(List.of(hub, network, third, library), Set.of(), Set.of());

    assertThat(groups).containsExactly(Set.of("h", "n", "t"), Set.of("l"));
  }

  @Test
  void keepsTwoListingsOfOneSourceApartUnlessConfigured() {
    Member again =
        member(
            "h2", "hub", "MSAP Nérac", "12 place du Général de Gaulle", "47600", 44.1361, 0.3391);

    assertThat(grouping.groups(List.of(hub, again), Set.of(), Set.of())).hasSize(2);
    assertThat(
            new Grouping(new DuplicateScorer(), "hub"::equals)
                .groups(List.of(hub, again), Set.of(), Set.of()))
        .containsExactly(Set.of("h", "h2"));
  }

  @Test
  void notDuplicatesKeepsTwoListingsApartEvenThroughAThird() {
    List<Set<String>> groups =
        grouping.groups(List.of(hub, network, third), Set.of(), Set.of(new Pair("h", "n")));

    assertThat(groups).hasSize(2);
    assertThat(groups).noneMatch(g -> g.containsAll(Set.of("h", "n")));
  }

  @Test
  void sameVenueJoinsListingsTheDetectorKeepsApart() {
    List<Set<String>> groups =
        grouping.groups(List.of(hub, library), Set.of(new Pair("h", "l")), Set.of());

    assertThat(groups).containsExactly(Set.of("h", "l"));
  }

  @Test
  void neverComparesListingsOfTwoDepartements() {
    Member acrossTheBorder =
        member(
            "x",
            "fs",
            "France Services Nérac",
            "12 Place du Général-de-Gaulle",
            "32100",
            44.1365,
            0.3395);

    assertThat(grouping.groups(List.of(hub, acrossTheBorder), Set.of(), Set.of())).hasSize(2);
  }

  @Test
  void neighbouringCellsShareABlockingKey() {
    // Two listings 300 m apart on either side of a cell boundary (0.015° of longitude).
    double boundary = 0.015 * 23;
    Matchable west =
        new Matchable(
            "a",
            "w",
            "EPN",
            "1 rue A",
            "47600",
            null,
            44.0,
            boundary - 0.002,
            "0",
            null,
            null,
            null);
    Matchable east =
        new Matchable(
            "b",
            "e",
            "EPN",
            "1 rue A",
            "47601",
            null,
            44.0,
            boundary + 0.002,
            "0",
            null,
            null,
            null);

    assertThat(Grouping.cellOf(44.0, boundary - 0.002))
        .isNotEqualTo(Grouping.cellOf(44.0, boundary + 0.002));
    assertThat(Grouping.blockingKeys(west)).containsAnyElementsOf(Grouping.blockingKeys(east));
  }

  /**
   * The blocks only save work: in a dense city, with several sources, shared phones and listings
   * without a position, the pairs scored are exactly those that share a blocking key, lie in one
   * département, come from different sources (or one that allows it) and pass the detector's
   * candidate test.
   */
  @Test
  void scoresExactlyThePairsSharingABlockingKeyInADenseCity() {
    java.util.Random random = new java.util.Random(7);
    String[] sources = {"hub", "france-services", "dept", "ville"};
    String[][] communes = {{"75011", "75056"}, {"75012", "75056"}, {"93100", "93048"}};
    List<Member> members =
        members(
            600,
            id -> {
              String[] commune = communes[random.nextInt(communes.length)];
              boolean placed = random.nextInt(10) > 0;
              return new Matchable(
                  sources[random.nextInt(sources.length)],
                  id,
                  "Espace numérique n° " + random.nextInt(40),
                  random.nextInt(30) + " rue de l'Église",
                  commune[0],
                  random.nextBoolean() ? commune[1] : null,
                  placed ? 48.80 + random.nextDouble() * 0.12 : null,
                  placed ? 2.30 + random.nextDouble() * 0.16 : null,
                  random.nextInt(20) == 0 ? "12345678900012" : "00000000000000",
                  random.nextInt(8) == 0 ? "+3314000000" + random.nextInt(5) : null,
                  null,
                  null);
            });
    Grouping allowingVille = new Grouping(new DuplicateScorer(), "ville"::equals, Long.MAX_VALUE);

    Set<Pair> expected = new java.util.HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        Matchable a = members.get(i).match();
        Matchable b = members.get(j).match();
        if ((!a.source().equals(b.source()) || a.source().equals("ville"))
            && Grouping.comparable(a, b)) {
          expected.add(new Pair(members.get(i).id(), members.get(j).id()));
        }
      }
    }

    Set<Pair> scored = new java.util.HashSet<>();
    allowingVille.scored(members).forEach(s -> scored.add(s.pair()));
    assertThat(expected).hasSizeGreaterThan(1000);
    assertThat(scored).isEqualTo(expected);
  }

  @Test
  void overseasDepartementsHaveThreeDigits() {
    assertThat(Grouping.departement("97200")).isEqualTo("972");
    assertThat(Grouping.departement("75011")).isEqualTo("75");
  }

  /**
   * In a crowded city, pairing only the listings that share a feature finds every duplicate that
   * pairing every listing with every other finds: names of one kind with other distinctive words,
   * typos, initials, generic names, shared e-mails and websites, streets written two ways, listings
   * without an address or a position, one source that compares its own listings.
   */
  @Test
  void findsInACrowdedCityTheDuplicatesEveryPairFinds() {
    java.util.Random random = new java.util.Random(11);
    String[] kinds = {
      "Espaces numériques",
      "Médiatèque",
      "Point d'accès de la Ville",
      "Médiathèque",
      "France Services",
      "EPN",
      "Mairie",
      "Centre social",
      "Espace numérique",
      "",
      "Association",
      "Bibliothèque municipale",
      "Cyber-base",
      "Maison de quartier"
    };
    String[] names = {
      "Jean Jaurès", "Voltaire", "Louise Michel", "Victor Hugo", "Aimé Césaire", "Les Lilas",
      "Belleville", "Saint-Blaise", "Marie Curie", "Émile Zola", "Pablo Neruda", "Croix-Nivert"
    };
    String[] streets = {
      "rue de la République", "av. Jean Jaurès", "boulevard Voltaire", "rue des Pyrénées",
      "place de la Nation", "rue Oberkampf", "", "allée Louise Michel"
    };
    String[] sources = {"hub", "france-services", "dept", "ville"};
    List<Member> members =
        members(
            700,
            id -> {
              String kind = kinds[random.nextInt(kinds.length)];
              String name = names[random.nextInt(names.length)];
              String nom =
                  switch (random.nextInt(6)) {
                    case 0 -> kind + " " + typo(name, random);
                    case 1 ->
                        kind + " " + name.charAt(0) + ". " + name.substring(name.indexOf(' ') + 1);
                    case 2 -> kind.isEmpty() ? "Espace public numérique" : kind;
                    default -> (kind + " " + name).strip();
                  };
              String street = streets[random.nextInt(streets.length)];
              String adresse = street.isEmpty() ? null : (1 + random.nextInt(4)) + " " + street;
              boolean placed = random.nextInt(8) > 0;
              return new Matchable(
                  sources[random.nextInt(sources.length)],
                  id,
                  nom,
                  adresse,
                  "750" + (10 + random.nextInt(3)),
                  "75056",
                  placed ? 48.83 + random.nextDouble() * 0.05 : null,
                  placed ? 2.35 + random.nextDouble() * 0.03 : null,
                  "00000000000000",
                  null,
                  random.nextInt(6) == 0 ? "contact" + random.nextInt(8) + "@paris.fr" : null,
                  random.nextInt(6) == 0 ? "https://site" + random.nextInt(8) + ".fr/" : null);
            });
    DuplicateScorer scorer = new DuplicateScorer();
    Grouping everyPair = new Grouping(scorer, "ville"::equals, Long.MAX_VALUE);
    Grouping byFeatures = new Grouping(scorer, "ville"::equals, 0);

    List<Grouping.Scored> all = everyPair.scored(members);
    List<Grouping.Scored> thinned = byFeatures.scored(members);

    Set<Pair> duplicates = duplicatePairs(all);
    assertThat(duplicates).hasSizeGreaterThan(350);
    assertThat(duplicatePairs(thinned)).isEqualTo(duplicates);
    assertThat(thinned.size()).isLessThan(all.size() / 2);
  }

  private static Set<Pair> duplicatePairs(List<Grouping.Scored> scored) {
    Set<Pair> pairs = new java.util.HashSet<>();
    scored.stream().filter(s -> s.decision().duplicate()).forEach(s -> pairs.add(s.pair()));
    return pairs;
  }

  /** The name with one letter of one word dropped, doubled or swapped with the next. */
  private static String typo(String name, java.util.Random random) {
    int at = 1 + random.nextInt(name.length() - 2);
    return switch (random.nextInt(3)) {
      case 0 -> name.substring(0, at) + name.substring(at + 1);
      case 1 -> name.substring(0, at + 1) + name.substring(at);
      default ->
          name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    };
  }
}
