package fr.mediation.directory.federation;

import fr.mediation.directory.database.PlannerStatistics;
import fr.mediation.directory.federation.FederationStore.Assignment;
import fr.mediation.directory.federation.Grouping.Pair;
import fr.mediation.directory.venue.ListingWrites;
import fr.mediation.directory.venue.search.VenueSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the merged venues in step with the listings: after every import (and at start-up), the
 * listings changed since they were last composed are grouped again with their neighbours, and the
 * merged venues of those groups only are composed again. Ids are kept: a group keeps the merged id
 * most of its listings had; a new group takes its oldest listing's id; a merged venue whose
 * listings went to another group redirects there; one without published listings is retired.
 *
 * <p>Two listings in different départements are never merged, so the work goes one département at a
 * time. When many listings changed at once (a first import), the départements of the changed
 * listings are grouped again whole; otherwise the changed listings of each département are grouped
 * again with their neighbours. The départements where nothing changed are left as they are: a
 * regional hub's file does not regroup the whole country. Either way, two unchanged listings of
 * different merged venues are not scored again ({@link Member#scoredWith}).
 */
@ApplicationScoped
public class Federation {

  private static final Logger LOG = Logger.getLogger(Federation.class.getName());

  /** Listings per write transaction. */
  static final int CHUNK = 500;

  /** From this share of changed listings, their départements are grouped again whole. */
  static final double FULL_SHARE = 0.2;

  @Inject FederationStore store;

  @Inject VenueSearch search;

  /** The database planner's statistics; set by CDI, one without a database in unit tests. */
  @Inject PlannerStatistics statistics = new PlannerStatistics();

  /** Turns with publications; set by CDI, a fresh one in unit tests. */
  @Inject ListingWrites writes = new ListingWrites();

  @Inject
  @ConfigProperty(name = "directory.federation.threshold", defaultValue = "0.62")
  double threshold;

  @Inject
  @ConfigProperty(name = "directory.federation.max-age-days", defaultValue = "730")
  int maxAgeDays;

  /** Sources whose own listings may be duplicates of each other. */
  @Inject
  @ConfigProperty(name = "directory.federation.within-sources", defaultValue = " ")
  String withinSources;

  Clock clock = Clock.systemUTC();

  private final ReentrantLock lock = new ReentrantLock();

  /** What a reconciliation did. */
  public record Outcome(int listings, int groups, int composed, int redirected, int retired) {
    static final Outcome NONE = new Outcome(0, 0, 0, 0, 0);

    Outcome plus(Outcome o) {
      return new Outcome(
          listings + o.listings,
          groups + o.groups,
          composed + o.composed,
          redirected + o.redirected,
          retired + o.retired);
    }
  }

  /** Groups and composes again the listings changed since they were last composed. */
  public Outcome reconcilePending() {
    lock.lock();
    try {
      // One read gives how many changed, where, and which.
      Map<String, List<String>> pending = store.pendingByDepartement();
      int changed = pending.values().stream().mapToInt(List::size).sum();
      if (changed == 0) {
        return Outcome.NONE;
      }
      // An import that changed a tenth of the listings leaves the planner's statistics behind:
      // the reads below would be planned on those of a smaller table, or on none.
      statistics.refresh(changed);
      long published = store.activeCount();
      Outcome outcome;
      if (changed >= FULL_SHARE * published) {
        outcome = reconcileAll(pending.keySet());
      } else {
        // The changed listings and their neighbours, one département at a time: all at once, a
        // thousand listings spread over the country held the cells and communes of every dense
        // city in memory together.
        outcome = Outcome.NONE;
        for (List<String> ids : pending.values()) {
          outcome = outcome.plus(reconcile(ids));
        }
      }
      Outcome done = outcome;
      LOG.info(() -> "Federation: " + done);
      return done;
    } finally {
      lock.unlock();
    }
  }

  /** Groups again every listing of the départements where listings changed, one by one. */
  Outcome reconcileAll(Set<String> changedDepartements) {
    Set<String> departements = new java.util.TreeSet<>(changedDepartements);
    departements.remove("");
    Map<Pair, MergeDecision.Kind> decisions = new HashMap<>();
    store.decisions(null).forEach(d -> decisions.put(d.pair(), d.getKind()));
    Outcome outcome = Outcome.NONE;
    for (String departement : departements) {
      List<Row> rows = store.rowsOfDepartement(departement);
      // Listings merged with one of another département (by a decision) come along.
      Map<String, Row> all = new LinkedHashMap<>();
      rows.forEach(r -> all.put(r.id(), r));
      addGroupMembers(all);
      outcome = outcome.plus(regroup(all, decisions));
    }
    return outcome;
  }

  /** Groups again the listings {@code changed}, their neighbours and their groups. */
  Outcome reconcile(Collection<String> changed) {
    Map<String, Row> all = new LinkedHashMap<>();
    store.rows(changed).forEach(r -> all.put(r.id(), r));
    List<Matchable> published = new ArrayList<>();
    all.values().stream().filter(r -> !r.retired()).forEach(r -> published.add(r.match()));
    store.neighbours(Neighbourhood.of(published)).forEach(r -> all.putIfAbsent(r.id(), r));
    Map<Pair, MergeDecision.Kind> decisions = new HashMap<>();
    for (MergeDecision d : store.decisions(all.keySet())) {
      decisions.put(d.pair(), d.getKind());
    }
    Set<String> partners = new HashSet<>();
    decisions.keySet().forEach(p -> partners.addAll(List.of(p.a(), p.b())));
    partners.removeAll(all.keySet());
    if (!partners.isEmpty()) {
      store.rows(partners).forEach(r -> all.putIfAbsent(r.id(), r));
    }
    addGroupMembers(all);
    for (MergeDecision d : store.decisions(all.keySet())) {
      decisions.put(d.pair(), d.getKind());
    }
    return regroup(all, decisions);
  }

  /**
   * Adds every listing of the merged venues the listings of {@code all} belong to: their ids first,
   * then the rows of those not read yet (around a changed listing, most members are its neighbours,
   * read already).
   */
  private void addGroupMembers(Map<String, Row> all) {
    Set<String> mergedIds = new HashSet<>();
    all.values().forEach(r -> Optional.ofNullable(r.mergedId()).ifPresent(mergedIds::add));
    List<String> unread =
        store.idsOfMerged(mergedIds).stream().filter(id -> !all.containsKey(id)).toList();
    store.rows(unread).forEach(r -> all.putIfAbsent(r.id(), r));
  }

  private Outcome regroup(Map<String, Row> all, Map<Pair, MergeDecision.Kind> decisions) {
    Grouping grouping = grouping();
    List<Member> members = Member.of(all.values());
    Set<Pair> same = new HashSet<>();
    Set<Pair> apart = new HashSet<>();
    decisions.forEach(
        (pair, kind) -> (kind == MergeDecision.Kind.SAME_VENUE ? same : apart).add(pair));
    List<Set<String>> groups = grouping.groups(members, same, apart);

    // Ids: each group keeps the merged id most of its listings had, largest groups first.
    Set<String> oldIds = new HashSet<>();
    all.values().forEach(r -> Optional.ofNullable(r.mergedId()).ifPresent(oldIds::add));
    Set<String> used = new HashSet<>();
    List<String> ids = new ArrayList<>(groups.size());
    List<Set<String>> unnamed = new ArrayList<>();
    for (Set<String> group : groups) {
      Map<String, Integer> votes = new TreeMap<>();
      for (String id : group) {
        String old = all.get(id).mergedId();
        if (old != null && !used.contains(old)) {
          votes.merge(old, 1, Integer::sum);
        }
      }
      String chosen =
          votes.entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .map(Map.Entry::getKey)
              .orElse(null);
      if (chosen != null) {
        used.add(chosen);
      } else {
        unnamed.add(group);
      }
      ids.add(chosen);
    }
    // A new group takes its oldest listing's id, unless a merged venue has it already.
    Map<Set<String>, String> oldest = new HashMap<>();
    for (Set<String> group : unnamed) {
      oldest.put(
          group,
          group.stream()
              .map(all::get)
              .min(
                  Comparator.comparing(
                          Row::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(Row::id))
              .orElseThrow()
              .id());
    }
    Set<String> taken = store.existingMerged(oldest.values());
    for (int i = 0; i < groups.size(); i++) {
      if (ids.get(i) == null) {
        String candidate = oldest.get(groups.get(i));
        String id =
            taken.contains(candidate) || used.contains(candidate)
                ? UUID.randomUUID().toString()
                : candidate;
        used.add(id);
        ids.set(i, id);
      }
    }

    // Old merged ids no group kept: redirect to where most of their listings went, or retire.
    Map<String, String> groupIdOf = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      for (String listing : groups.get(i)) {
        groupIdOf.put(listing, ids.get(i));
      }
    }
    Map<String, String> redirects = new HashMap<>();
    Set<String> retired = new HashSet<>();
    for (String old : oldIds) {
      if (used.contains(old)) {
        continue;
      }
      Map<String, Integer> destinations = new TreeMap<>();
      for (Row r : all.values()) {
        if (old.equals(r.mergedId()) && !r.retired()) {
          destinations.merge(groupIdOf.get(r.id()), 1, Integer::sum);
        }
      }
      destinations.entrySet().stream()
          .max(Map.Entry.comparingByValue())
          .ifPresentOrElse(e -> redirects.put(old, e.getKey()), () -> retired.add(old));
    }
    List<String> unpublished = all.values().stream().filter(Row::retired).map(Row::id).toList();

    // Writes, a chunk of groups at a time.
    LocalDate freshSince =
        LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))).minusDays(maxAgeDays);
    Instant now = clock.instant();
    int composed = 0;
    List<Assignment> chunk = new ArrayList<>();
    int size = 0;
    // A group whose listings are unchanged and were all, and only, its merged venue is left alone.
    // Its last composition counted the listings published then: a listing retired since is still
    // pending, and counts, so that the venue is composed again without it.
    Map<String, Integer> oldSizes = new HashMap<>();
    for (Row r : all.values()) {
      if (r.mergedId() != null && (!r.retired() || r.pending())) {
        oldSizes.merge(r.mergedId(), 1, Integer::sum);
      }
    }
    for (int i = 0; i < groups.size(); i++) {
      String id = ids.get(i);
      boolean untouched =
          oldSizes.getOrDefault(id, 0) == groups.get(i).size()
              && groups.get(i).stream()
                  .map(all::get)
                  .allMatch(r -> !r.pending() && id.equals(r.mergedId()));
      if (untouched) {
        continue;
      }
      chunk.add(new Assignment(id, List.copyOf(groups.get(i))));
      size += groups.get(i).size();
      if (size >= CHUNK) {
        List<Assignment> full = chunk;
        composed +=
            writes.inTurn(
                () -> store.write(full, Map.of(), Set.of(), List.of(), freshSince, now, false));
        search.venuesChanged();
        chunk = new ArrayList<>();
        size = 0;
      }
    }
    List<Assignment> last = chunk;
    composed +=
        writes.inTurn(
            () -> store.write(last, redirects, retired, unpublished, freshSince, now, true));
    search.venuesChanged();
    return new Outcome(all.size(), groups.size(), composed, redirects.size(), retired.size());
  }

  /** The grouping federation uses: its detector, threshold and sources' rule. */
  Grouping grouping() {
    Set<String> within = new HashSet<>();
    for (String s : withinSources.split(",")) {
      if (!s.isBlank()) {
        within.add(s.strip());
      }
    }
    return new Grouping(new DuplicateScorer(threshold), within::contains);
  }

  /** The score from which two listings are the same venue. */
  public double threshold() {
    return threshold;
  }

  /** Records a decision about listings and applies it at once. */
  public List<MergeDecision> decide(MergeDecision.Kind kind, List<String> listingIds, String note) {
    Instant now = clock.instant();
    List<MergeDecision> saved = new ArrayList<>();
    if (kind == MergeDecision.Kind.SAME_VENUE) {
      for (int i = 1; i < listingIds.size(); i++) {
        saved.add(
            store.save(new MergeDecision(kind, listingIds.get(0), listingIds.get(i), note, now)));
      }
    } else {
      for (int i = 0; i < listingIds.size(); i++) {
        for (int j = i + 1; j < listingIds.size(); j++) {
          saved.add(
              store.save(new MergeDecision(kind, listingIds.get(i), listingIds.get(j), note, now)));
        }
      }
    }
    store.markPending(listingIds);
    reconcilePending();
    return saved;
  }

  /** Withdraws a decision and applies the change at once; empty if there is none. */
  public Optional<MergeDecision> withdraw(long id) {
    MergeDecision decision = store.delete(id);
    if (decision == null) {
      return Optional.empty();
    }
    store.markPending(List.of(decision.getListingA(), decision.getListingB()));
    reconcilePending();
    return Optional.of(decision);
  }

  /** Every decision, oldest first. */
  public List<MergeDecision> decisions() {
    return store.decisions(null);
  }

  /** Groups every listing again (after the thresholds changed). */
  public Outcome reconcileEverything() {
    store.markAllPending();
    return reconcilePending();
  }
}
