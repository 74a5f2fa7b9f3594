package fr.mediation.directory.federation;

import fr.mediation.directory.federation.FederationStore.Assignment;
import fr.mediation.directory.index.IndexingInFlight;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The federation's store with its listings and decisions in memory, for the tests of what {@link
 * Federation} and {@link FederationReview} decide: it answers their reads from the listings a test
 * adds, and records what federation writes instead of writing it. The database's part is tested
 * apart ({@code SettledListingsTest}; {@code FederationIT} in directory-web).
 */
class ListingsInMemory extends FederationStore {

  /** Listings by id, as the database holds them. */
  final Map<String, Row> listings = new LinkedHashMap<>();

  /** Merged venues that exist, standing or not. */
  final Set<String> merged = new HashSet<>();

  /** The decisions people recorded. */
  final List<MergeDecision> decisions = new ArrayList<>();

  /** What federation wrote: merged venues and their listings, redirects, retirements, settled. */
  final List<Assignment> written = new ArrayList<>();

  final Map<String, String> redirected = new HashMap<>();
  final Set<String> retired = new HashSet<>();
  final Set<String> settled = new HashSet<>();

  /** Federation's writes and its waits for the index, in order: "write" and "await". */
  final List<String> writesAndWaits = new ArrayList<>();

  /**
   * Whether writes also change the listings as the database would (merged id, pending mark), for
   * tests that federate several imports one after another.
   */
  boolean applyWrites;

  /** Runs as each write begins, for a test that looks at the moment federation writes. */
  Runnable onWrite = () -> {};

  /** A federation over these listings, with the default threshold and no index. */
  Federation federation() {
    Federation federation = new Federation();
    federation.store = this;
    federation.search =
        new fr.mediation.directory.venue.search.VenueSearch() {
          @Override
          public void venuesChanged() {
            // no index here
          }
        };
    federation.threshold = 0.62;
    federation.maxAgeDays = 730;
    federation.withinSources = " ";
    return federation;
  }

  /** Adds (or replaces) a listing, and its merged venue when it has one. */
  void add(Row listing) {
    listings.put(listing.id(), listing);
    if (listing.mergedId() != null) {
      merged.add(listing.mergedId());
    }
  }

  @Override
  public long activeCount() {
    return listings.values().stream().filter(r -> !r.retired()).count();
  }

  @Override
  public List<String> postcodePrefixes() {
    return listings.values().stream()
        .map(r -> r.match().codePostal().substring(0, 3))
        .distinct()
        .toList();
  }

  /** The postcodes each {@link #neighbours} call asked for, in order. */
  final List<Set<String>> neighbourCalls = new ArrayList<>();

  @Override
  public Map<String, List<String>> pendingByDepartement() {
    Map<String, List<String>> ids = new java.util.TreeMap<>();
    listings.values().stream()
        .filter(Row::pending)
        .forEach(
            r ->
                ids.computeIfAbsent(
                        Grouping.departement(r.match().codePostal()), k -> new ArrayList<>())
                    .add(r.id()));
    return ids;
  }

  @Override
  public List<Row> rowsOfDepartement(String prefix) {
    return listings.values().stream()
        .filter(r -> r.inPlay() && r.match().codePostal().startsWith(prefix))
        .toList();
  }

  @Override
  public List<Row> rows(Collection<String> ids) {
    return ids.stream().map(listings::get).filter(r -> r != null && r.inPlay()).toList();
  }

  @Override
  public List<String> idsOfMerged(Collection<String> mergedIds) {
    return listings.values().stream()
        .filter(r -> r.mergedId() != null && mergedIds.contains(r.mergedId()))
        .map(Row::id)
        .toList();
  }

  /** The published listings of the neighbourhood, as the database would read them. */
  @Override
  public List<Row> neighbours(Neighbourhood around) {
    Set<String> postcodes = new java.util.TreeSet<>(around.postcodes());
    postcodes.addAll(around.placedByPostcode().keySet());
    neighbourCalls.add(Set.copyOf(postcodes));
    return listings.values().stream().filter(r -> !r.retired() && around.holds(r.match())).toList();
  }

  @Override
  public List<MergeDecision> decisions(Collection<String> ids) {
    return ids == null
        ? List.copyOf(decisions)
        : decisions.stream()
            .filter(d -> ids.contains(d.getListingA()) || ids.contains(d.getListingB()))
            .toList();
  }

  @Override
  public Set<String> existingMerged(Collection<String> ids) {
    return ids.stream().filter(merged::contains).collect(Collectors.toSet());
  }

  @Override
  public void awaitSearchable(IndexingInFlight indexing) {
    writesAndWaits.add("await");
  }

  @Override
  public int write(
      List<Assignment> assignments,
      Map<String, String> redirects,
      Set<String> retiredIds,
      Collection<String> settledIds,
      LocalDate freshSince,
      Instant now,
      IndexingInFlight indexing) {
    onWrite.run();
    writesAndWaits.add("write");
    written.addAll(assignments);
    redirected.putAll(redirects);
    retired.addAll(retiredIds);
    settled.addAll(settledIds);
    if (applyWrites) {
      for (Assignment a : assignments) {
        merged.add(a.mergedId());
        for (String id : a.listingIds()) {
          Row r = listings.get(id);
          listings.put(id, new Row(id, r.match(), a.mergedId(), r.createdAt(), r.retired(), false));
        }
      }
      for (String id : settledIds) {
        Row r = listings.get(id);
        listings.put(id, new Row(id, r.match(), r.mergedId(), r.createdAt(), r.retired(), false));
      }
    }
    return assignments.size();
  }
}
