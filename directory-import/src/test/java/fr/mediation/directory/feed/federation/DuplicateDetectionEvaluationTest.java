package fr.mediation.directory.feed.federation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.federation.DuplicateScorer;
import fr.mediation.directory.federation.Grouping;
import fr.mediation.directory.federation.Matchable;
import fr.mediation.directory.federation.Member;
import fr.mediation.directory.feed.RowValidator;
import fr.mediation.directory.feed.hubs.HubExports;
import fr.mediation.directory.feed.mapping.MappedRow;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the duplicate detector on the labelled pairs of real hub venues ({@code
 * federation/labelled-pairs.csv}), looked up in {@code ../shared/data/hubs} through the hubs'
 * mappings. The command that reports them:
 *
 * <pre>./mvnw -pl directory-import -am test -Dtest=DuplicateDetectionEvaluationTest
 * -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class DuplicateDetectionEvaluationTest {

  /**
   * The venues of one hub that its mapping accepts, by local id, those it skips included (the
   * labelled pairs were drawn before the hubs' skip conditions).
   */
  private static Map<String, Matchable> venues(String hub) throws IOException {
    Map<String, Matchable> venues = new HashMap<>();
    for (MappedRow row : HubExports.everyRow(hub)) {
      RowValidator.Validation v = RowValidator.validate(row);
      if (v.accepted()) {
        venues.putIfAbsent(v.record().id().value(), Matchable.of(hub, v.record()));
      }
    }
    return venues;
  }

  @Test
  void reportsPrecisionAndRecallOnTheLabelledPairs() throws IOException {
    HubExports.assumeAvailable();
    Map<String, Map<String, Matchable>> hubs = new HashMap<>();
    for (String hub : HubExports.FILES.keySet()) {
      hubs.put(hub, venues(hub));
    }
    List<CSVRecord> pairs;
    try (Reader reader =
        new InputStreamReader(
            Objects.requireNonNull(
                getClass().getClassLoader().getResourceAsStream("federation/labelled-pairs.csv")),
            StandardCharsets.UTF_8)) {
      pairs =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(reader)
              .getRecords();
    }

    DuplicateScorer scorer = new DuplicateScorer();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    List<String> mistakes = new ArrayList<>();
    for (CSVRecord pair : pairs) {
      Matchable a = hubs.get(pair.get("source_a")).get(pair.get("local_id_a"));
      Matchable b = hubs.get(pair.get("source_b")).get(pair.get("local_id_b"));
      assertThat(a)
          .as("record " + pair.get("source_a") + " / " + pair.get("local_id_a"))
          .isNotNull();
      assertThat(b)
          .as("record " + pair.get("source_b") + " / " + pair.get("local_id_b"))
          .isNotNull();
      boolean labelled = pair.get("label").equals("duplicate");
      DuplicateScorer.Decision decision =
          Grouping.comparable(a, b)
              ? scorer.decide(a, b)
              : new DuplicateScorer.Decision(false, 0, List.of("not a candidate"));
      if (labelled && decision.duplicate()) {
        tp++;
      } else if (!labelled && decision.duplicate()) {
        fp++;
        mistakes.add("false duplicate: " + describe(a, b, decision, pair));
      } else if (labelled) {
        fn++;
        mistakes.add("missed duplicate: " + describe(a, b, decision, pair));
      } else {
        tn++;
      }
    }
    double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    System.out.printf(
        Locale.ROOT,
        "Duplicate detection on %d labelled pairs: precision %.3f, recall %.3f"
            + " (TP %d, FP %d, FN %d, TN %d)%n",
        pairs.size(),
        precision,
        recall,
        tp,
        fp,
        fn,
        tn);
    mistakes.forEach(m -> System.out.println("  " + m));

    assertThat(pairs).hasSizeGreaterThanOrEqualTo(150);
    // Floors from the measured figures (docs/federation.md), to catch regressions.
    assertThat(precision).isGreaterThanOrEqualTo(PRECISION_FLOOR);
    assertThat(recall).isGreaterThanOrEqualTo(RECALL_FLOOR);
  }

  /**
   * Over every venue of the ten hubs, pairing only the listings that share a feature finds each
   * duplicate pair that pairing every listing of a block with every other finds, with each hub's
   * own listings compared too (more pairs, more chances to miss one).
   */
  @Test
  void pairsByFeaturesFindEveryDuplicateOfTheHubs() throws IOException {
    HubExports.assumeAvailable();
    List<Member> members = new ArrayList<>();
    java.time.Instant seen = java.time.Instant.parse("2026-01-01T00:00:00Z");
    for (String hub : HubExports.FILES.keySet()) {
      venues(hub).forEach((id, m) -> members.add(new Member(hub + "/" + id, m, seen)));
    }
    DuplicateScorer scorer = new DuplicateScorer();
    java.util.Set<Grouping.Pair> everyPair =
        duplicates(new Grouping(scorer, s -> true, Long.MAX_VALUE), members);
    java.util.Set<Grouping.Pair> byFeatures =
        duplicates(new Grouping(scorer, s -> true, 0), members);
    System.out.printf(
        Locale.ROOT,
        "%d venues of the hubs, %d duplicate pairs%n",
        members.size(),
        everyPair.size());

    assertThat(everyPair).hasSizeGreaterThan(250);
    assertThat(byFeatures).isEqualTo(everyPair);
  }

  private static java.util.Set<Grouping.Pair> duplicates(Grouping grouping, List<Member> members) {
    java.util.Set<Grouping.Pair> pairs = new java.util.HashSet<>();
    grouping.scored(members).stream()
        .filter(s -> s.decision().duplicate())
        .forEach(s -> pairs.add(s.pair()));
    return pairs;
  }

  static final double PRECISION_FLOOR = 0.97;
  static final double RECALL_FLOOR = 0.90;

  private static String describe(
      Matchable a, Matchable b, DuplicateScorer.Decision d, CSVRecord pair) {
    return String.format(
        Locale.ROOT,
        "%s/%s \"%s\" ~ %s/%s \"%s\": score %.2f %s [%s: %s]",
        a.source(),
        a.localId(),
        a.nom(),
        b.source(),
        b.localId(),
        b.nom(),
        d.score(),
        d.reasons(),
        pair.get("kind"),
        pair.get("reason"));
  }
}
