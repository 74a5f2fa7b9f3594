package fr.mediation.directory.bench;

import fr.mediation.directory.federation.DuplicateScorer;
import fr.mediation.directory.federation.Grouping;
import fr.mediation.directory.federation.Matchable;
import fr.mediation.directory.federation.Member;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Federation grouping the listings of one crowded district: {@code listings} venues of {@code
 * sources} hubs within 2 km (a Paris arrondissement at a million venues holds a few thousand),
 * named as hubs name them (kinds of venues, people's and places' names, typos, initials, generic
 * names, shared e-mails and websites), a tenth of them listed by two hubs. {@code pairing}: {@code
 * every} scores every pair of a block (the grouping before crowded blocks were thinned), {@code
 * features} the pairs sharing a feature (the default).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GroupingBench {

  @Param({"2000"})
  int listings;

  @Param({"4"})
  int sources;

  @Param({"every", "features"})
  String pairing;

  /**
   * The share of the listings, in percent, grouped already and unchanged since (settled), as when a
   * hub's file arrives in a district the other hubs filled: the rest are the new file's listings.
   */
  @Param({"0", "90"})
  int settledPercent;

  private List<Member> members;
  private Grouping grouping;

  private static final String[] KINDS = {
    "Médiathèque", "France Services", "EPN", "Mairie annexe", "Centre social", "Espace numérique",
    "", "Association", "Bibliothèque", "Cyber-base", "Maison de quartier", "Point numérique CAF"
  };
  private static final String[] NAMES = {
    "Jean Jaurès", "Voltaire", "Louise Michel", "Victor Hugo", "Aimé Césaire", "Les Lilas",
    "Belleville", "Saint-Blaise", "Marie Curie", "Émile Zola", "Pablo Neruda", "Croix-Nivert",
    "Parmentier", "Oberkampf", "Charonne", "Folie-Méricourt", "Sainte-Marguerite", "Roquette",
    "Faidherbe", "Nation", "Picpus", "Bercy", "Daumesnil", "Rosa Parks", "Simone Veil"
  };
  private static final String[] STREETS = {
    "rue de la République", "av. Jean Jaurès", "boulevard Voltaire", "rue des Pyrénées",
    "place de la Nation", "rue Oberkampf", "", "allée Louise Michel", "rue de Charonne",
    "rue du Faubourg Saint-Antoine", "avenue Parmentier", "rue de la Roquette"
  };

  @Setup
  public void generate() {
    Random random = new Random(17);
    members = new ArrayList<>(listings);
    Instant seen = Instant.parse("2026-01-01T00:00:00Z");
    Matchable previous = null;
    for (int i = 0; i < listings; i++) {
      String source = "hub" + random.nextInt(sources);
      Matchable m;
      if (previous != null && random.nextInt(10) == 0) {
        // The venue the listing before is, as another hub writes it.
        m =
            new Matchable(
                source,
                "l" + i,
                previous.nom().toUpperCase(java.util.Locale.ROOT),
                previous.adresse(),
                previous.codePostal(),
                previous.codeInsee(),
                previous.latitude() == null ? null : previous.latitude() + 0.0003,
                previous.longitude(),
                previous.pivot(),
                previous.telephone(),
                previous.courriels(),
                null);
      } else {
        String kind = KINDS[random.nextInt(KINDS.length)];
        String name = NAMES[random.nextInt(NAMES.length)];
        String nom =
            switch (random.nextInt(5)) {
              case 0 -> kind + " " + name.charAt(0) + ". " + name.substring(name.indexOf(' ') + 1);
              case 1 -> kind.isEmpty() ? "Espace public numérique" : kind;
              default -> (kind + " " + name + " " + (1 + random.nextInt(40))).strip();
            };
        String street = STREETS[random.nextInt(STREETS.length)];
        boolean placed = random.nextInt(8) > 0;
        m =
            new Matchable(
                source,
                "l" + i,
                nom,
                street.isEmpty() ? null : (1 + random.nextInt(120)) + " " + street,
                "75011",
                "75111",
                placed ? 48.85 + random.nextDouble() * 0.018 : null,
                placed ? 2.37 + random.nextDouble() * 0.027 : null,
                "00000000000000",
                random.nextInt(4) == 0 ? "+3314" + (10_000_000 + random.nextInt(90_000_000)) : null,
                random.nextInt(6) == 0 ? "contact" + random.nextInt(300) + "@paris.fr" : null,
                random.nextInt(6) == 0 ? "https://site" + random.nextInt(300) + ".fr/" : null);
      }
      previous = m;
      members.add(new Member("id-" + i, m, seen));
    }
    grouping =
        pairing.equals("every")
            ? new Grouping(new DuplicateScorer(), s -> false, Long.MAX_VALUE)
            : new Grouping(new DuplicateScorer(), s -> false);
    if (settledPercent > 0) {
      // The earlier listings grouped alone and settled in their merged venues; the new ones pending.
      int old = listings * settledPercent / 100;
      Map<String, String> mergedId = new HashMap<>();
      for (Set<String> group : grouping.groups(members.subList(0, old), Set.of(), Set.of())) {
        String id = group.iterator().next();
        group.forEach(member -> mergedId.put(member, id));
      }
      List<Member> settled = new ArrayList<>(listings);
      for (int i = 0; i < listings; i++) {
        Member m = members.get(i);
        settled.add(
            i < old
                ? new Member(m.id(), m.match(), m.createdAt(), mergedId.get(m.id()), true)
                : m);
      }
      members = settled;
    }
    if (listings <= 4_000) {
      // Every pair's explained decision is held here: a city's would not fit in memory.
      System.out.printf(
          "%n%s: %d pairs scored, %d duplicates%n",
          pairing,
          grouping.scored(members).size(),
          grouping.scored(members).stream().filter(s -> s.decision().duplicate()).count());
    }
  }

  @Benchmark
  public List<Set<String>> groups() {
    return grouping.groups(members, Set.of(), Set.of());
  }
}
