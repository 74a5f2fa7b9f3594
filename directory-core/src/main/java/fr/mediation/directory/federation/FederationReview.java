package fr.mediation.directory.federation;

import fr.mediation.directory.federation.Grouping.Pair;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pairs of listings the duplicate detector scored near its threshold, on both sides, that no
 * decision of people settled yet: what the administrator should look at. Computed with the very
 * grouping federation uses ({@link Federation#grouping()}: blocking, sources' rule, detector and
 * threshold), département by département, closest to the threshold first.
 *
 * <p>Every published listing is scored again at each call (as a full regrouping does, without its
 * writes): cheap for a département, a few seconds for the whole country.
 */
@ApplicationScoped
public class FederationReview {

  @Inject Federation federation;

  @Inject FederationStore store;

  /** How far from the threshold, on both sides, a pair is worth a look. */
  @Inject
  @ConfigProperty(name = "directory.federation.review-band", defaultValue = "0.12")
  double defaultBand;

  /** One side of a pair: the listing, as the detector sees it. */
  public record Side(String id, String mergedId, Matchable listing) {}

  /**
   * A pair near the threshold: both listings, their distance in metres (null when one has no
   * position), the detector's score and reasons, whether the detector takes them as one venue, and
   * whether they are one merged venue now.
   */
  public record Candidate(
      Side a,
      Side b,
      Double distanceMetres,
      double score,
      List<String> reasons,
      boolean duplicate,
      boolean mergedNow) {}

  /** A page of the queue: {@code total} pairs in all. */
  public record Page(double threshold, double band, int total, List<Candidate> pairs) {}

  /** The default band. */
  public double defaultBand() {
    return defaultBand;
  }

  /**
   * The pairs scored within {@code band} of the threshold and not decided by people, closest to the
   * threshold first, from the {@code offset}-th on, at most {@code limit}.
   *
   * @param departement only this département (two or three characters), or null for all
   */
  public Page queue(double band, String departement, int limit, int offset) {
    double threshold = federation.threshold();
    Grouping grouping = federation.grouping();
    Set<Pair> decided = new HashSet<>();
    store.decisions(null).forEach(d -> decided.add(d.pair()));
    Set<String> departements = new TreeSet<>();
    if (departement != null) {
      departements.add(departement);
    } else {
      for (String prefix : store.postcodePrefixes()) {
        String d = Grouping.departement(prefix);
        if (!d.isEmpty()) {
          departements.add(d);
        }
      }
    }
    List<Candidate> near = new ArrayList<>();
    for (String d : departements) {
      Map<String, Row> rows = new HashMap<>();
      List<Member> members = new ArrayList<>();
      for (Row r : store.rowsOfDepartement(d)) {
        if (!r.retired()) {
          rows.put(r.id(), r);
          members.add(new Member(r.id(), r.match(), r.createdAt()));
        }
      }
      for (Grouping.Scored scored : grouping.scored(members)) {
        double score = scored.decision().score();
        // A tiny margin, so that a pair exactly at the band's edge is not lost to rounding.
        if (Math.abs(score - threshold) > band + 1e-9 || decided.contains(scored.pair())) {
          continue;
        }
        Row a = rows.get(scored.pair().a());
        Row b = rows.get(scored.pair().b());
        near.add(
            new Candidate(
                new Side(a.id(), a.mergedId(), a.match()),
                new Side(b.id(), b.mergedId(), b.match()),
                a.match().placed() && b.match().placed()
                    ? (double) Math.round(DuplicateScorer.distance(a.match(), b.match()))
                    : null,
                score,
                scored.decision().reasons(),
                scored.decision().duplicate(),
                a.mergedId() != null && Objects.equals(a.mergedId(), b.mergedId())));
      }
    }
    near.sort(
        Comparator.<Candidate>comparingDouble(c -> Math.abs(c.score() - threshold))
            .thenComparing(c -> c.a().id())
            .thenComparing(c -> c.b().id()));
    int from = Math.min(offset, near.size());
    int to = Math.min(near.size(), from + limit);
    return new Page(threshold, band, near.size(), List.copyOf(near.subList(from, to)));
  }
}
