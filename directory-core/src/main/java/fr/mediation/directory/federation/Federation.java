package fr.mediation.directory.federation;

import fr.mediation.directory.database.PlannerStatistics;
import fr.mediation.directory.federation.FederationStore.Assignment;
import fr.mediation.directory.federation.Grouping.Pair;
import fr.mediation.directory.federation.Regrouping.Batch;
import fr.mediation.directory.index.IndexingInFlight;
import fr.mediation.directory.venue.ListingWrites;
import fr.mediation.directory.venue.search.VenueSearch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
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

  /**
   * How many listings the batches grouped at once may hold together: about the largest
   * département's at a million venues, so that two crowded ones are not grouped side by side in a 1
   * GB heap.
   */
  static final int ROWS_IN_FLIGHT = 40_000;

  @Inject FederationStore store;

  /**
   * Where batches are grouped beside reads and writes; set by CDI (none: on the calling thread).
   */
  @Inject GroupingThreads groupingThreads;

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

  /**
   * How many départements are grouped at once; when unset, half the machine's processors, at least
   * one. Grouping is processor work: the other half stays with searches while a national file is
   * federated (on two cores, one département at a time, as before there were threads).
   */
  @Inject
  @ConfigProperty(name = "directory.federation.grouping-threads")
  Optional<Integer> groupingAtOnce = Optional.empty();

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

  /** Refuses settings federation cannot run with, naming the setting and its value. */
  @PostConstruct
  void checkSettings() {
    groupingAtOnce.ifPresent(
        n -> {
          if (n < 1) {
            throw new IllegalStateException(
                "directory.federation.grouping-threads must be 1 or more, not " + n);
          }
        });
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
        outcome =
            searchableAtEnd(
                indexing ->
                    this.<Collection<String>>inTurn(this::around, indexing).run(pending.values()));
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
    return searchableAtEnd(
        indexing ->
            this.<String>inTurn(
                    departement -> {
                      // Listings merged with one of another département (by a decision) come
                      // along.
                      Map<String, Row> all = new LinkedHashMap<>();
                      store.rowsOfDepartement(departement).forEach(r -> all.put(r.id(), r));
                      addGroupMembers(all);
                      return new Batch(all, decisions);
                    },
                    indexing)
                .run(departements));
  }

  /** Groups again the listings {@code changed}, their neighbours and their groups. */
  Outcome reconcile(Collection<String> changed) {
    return searchableAtEnd(
        indexing -> {
          Batch batch = around(changed);
          return write(batch, group(batch), indexing);
        });
  }

  /**
   * Runs {@code writes}, whose commits do not wait for the index, then waits once until all their
   * merged venues are searchable: federation's thread goes on to the next département while the
   * index takes the last one's venues, and a federation that returns has its venues found.
   */
  private Outcome searchableAtEnd(Function<IndexingInFlight, Outcome> writes) {
    IndexingInFlight indexing = new IndexingInFlight();
    Outcome outcome = writes.apply(indexing);
    store.awaitSearchable(indexing);
    search.venuesChanged();
    return outcome;
  }

  /** Batches read by {@code read}, grouped beside the reads and writes. */
  private <K> Regrouping<K> inTurn(Function<K, Batch> read, IndexingInFlight indexing) {
    return new Regrouping<>(
        read,
        this::group,
        (batch, groups) -> write(batch, groups, indexing),
        groupingThreads == null ? Runnable::run : groupingThreads,
        groupingAtOnce.orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2)),
        ROWS_IN_FLIGHT);
  }

  /** The listings {@code changed}, their neighbours, their groups and people's decisions. */
  private Batch around(Collection<String> changed) {
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
    return new Batch(all, decisions);
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

  /** The groups of a batch's listings: computation only, on any thread. */
  private List<Set<String>> group(Batch batch) {
    Set<Pair> same = new HashSet<>();
    Set<Pair> apart = new HashSet<>();
    batch
        .decisions()
        .forEach((pair, kind) -> (kind == MergeDecision.Kind.SAME_VENUE ? same : apart).add(pair));
    return grouping().groups(Member.of(batch.all().values()), same, apart);
  }

  /** Gives a batch's groups their merged ids and writes them. */
  private Outcome write(Batch batch, List<Set<String>> groups, IndexingInFlight indexing) {
    Map<String, Row> all = batch.all();
    MergedIds merged = MergedIds.of(groups, all, store::existingMerged);
    List<String> ids = merged.ids();
    Map<String, String> redirects = merged.redirects();
    Set<String> retired = merged.retired();
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
                () -> store.write(full, Map.of(), Set.of(), List.of(), freshSince, now, indexing));
        search.venuesChanged();
        chunk = new ArrayList<>();
        size = 0;
      }
    }
    List<Assignment> last = chunk;
    composed +=
        writes.inTurn(
            () -> store.write(last, redirects, retired, unpublished, freshSince, now, indexing));
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
