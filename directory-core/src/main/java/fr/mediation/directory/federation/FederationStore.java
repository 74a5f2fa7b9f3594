package fr.mediation.directory.federation;

import fr.mediation.directory.federation.SettledListings.Settled;
import fr.mediation.directory.index.IndexingInFlight;
import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;

/** The federation's reads and writes, each in its own short transaction. */
@ApplicationScoped
public class FederationStore {

  /** Values per {@code in (...)} list. */
  static final int BATCH = 500;

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /** A merged venue and the published listings it is composed of. */
  public record Assignment(String mergedId, List<String> listingIds) {}

  /** How many listings are published. */
  @Transactional
  public long activeCount() {
    return entityManager
        .createQuery("select count(v) from Venue v where v.retiredAt is null", Long.class)
        .getSingleResult();
  }

  /** The first three characters of every postcode in use. */
  @Transactional
  public List<String> postcodePrefixes() {
    return entityManager
        .createQuery(
            "select distinct substring(v.codePostal, 1, 3) from Venue v order by 1", String.class)
        .getResultList();
  }

  /** The ids of the listings pending federation, by département (their postcode's). */
  @Transactional
  public Map<String, List<String>> pendingByDepartement() {
    Map<String, List<String>> ids = new java.util.TreeMap<>();
    entityManager
        .createQuery(
            "select v.id, v.codePostal from Venue v where v.federationPending = true",
            Object[].class)
        .getResultStream()
        .forEach(
            r ->
                ids.computeIfAbsent(Grouping.departement((String) r[1]), k -> new ArrayList<>())
                    .add((String) r[0]));
    return ids;
  }

  /**
   * Every listing {@linkplain Row#inPlay in play} whose postcode starts with {@code prefix} (a
   * département: two or three digits), read by a range of the postcode index rather than a scan.
   */
  @Transactional
  public List<Row> rowsOfDepartement(String prefix) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(connection -> Row.ofDepartement(connection, prefix));
  }

  /** The listings {@linkplain Row#inPlay in play} with these ids. */
  @Transactional
  public List<Row> rows(Collection<String> ids) {
    return byIds(ids, false);
  }

  /**
   * The ids of every listing (published or not) of these merged venues, read from the narrow table
   * of merged ids alone: most are those of listings federation has read already.
   */
  @Transactional
  public List<String> idsOfMerged(Collection<String> mergedIds) {
    return ValuesReads.read(
        entityManager,
        "select venue_id from venue_federation where merged_id = any(?)",
        mergedIds,
        r -> r.getString(1));
  }

  /**
   * The published listings of a {@linkplain Neighbourhood neighbourhood}. A listing often shares
   * several keys with another (its commune, its cell, a network's phone number or registry number
   * shared by all its venues), so the ids are read first along each key's index, and each listing's
   * row once.
   */
  @Transactional
  public List<Row> neighbours(Neighbourhood around) {
    return byIds(new NeighbourIds(entityManager).of(around), true);
  }

  private List<Row> byIds(Collection<String> ids, boolean publishedOnly) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(connection -> Row.byIds(connection, ids, publishedOnly));
  }

  /** What {@code query} answers for {@code values}, asked {@value #BATCH} values at a time. */
  private static <T> List<T> inBatches(
      Collection<String> values, Function<List<String>, List<T>> query) {
    List<String> all = new ArrayList<>(values);
    List<T> found = new ArrayList<>();
    for (int from = 0; from < all.size(); from += BATCH) {
      found.addAll(query.apply(all.subList(from, Math.min(from + BATCH, all.size()))));
    }
    return found;
  }

  /** The decisions naming any of these listings; every decision when {@code ids} is null. */
  @Transactional
  public List<MergeDecision> decisions(Collection<String> ids) {
    if (ids == null) {
      return entityManager
          .createQuery("select d from MergeDecision d order by d.id", MergeDecision.class)
          .getResultList();
    }
    List<Long> decided =
        ValuesReads.read(
            entityManager,
            "select id from merge_decision where listing_a = any(?)"
                + " union select id from merge_decision where listing_b = any(?)",
            ids,
            r -> r.getLong(1));
    if (decided.isEmpty()) {
      return List.of();
    }
    return entityManager
        .unwrap(Session.class)
        .byMultipleIds(MergeDecision.class)
        .enableOrderedReturn(false)
        .multiLoad(List.copyOf(new HashSet<>(decided)))
        .stream()
        .filter(Objects::nonNull)
        .toList();
  }

  /** Which of these ids are merged venues already. */
  @Transactional
  public Set<String> existingMerged(Collection<String> ids) {
    return new HashSet<>(
        ValuesReads.read(
            entityManager,
            "select id from merged_venue where id = any(?)",
            ids,
            r -> r.getString(1)));
  }

  /**
   * Composes the merged venues of {@code assignments}, redirects and retires the ones no longer
   * standing, and marks the listings {@code settled} (unpublished ones included) as composed.
   *
   * <p>Listings are read only (no copy kept to compare at flush) and their merged id is written in
   * the narrow table {@code venue_federation} by {@link SettledListings}, each guarded by the
   * version the listing was read with: a listing an import changed meanwhile fails the write, which
   * is rolled back whole and leaves its listings pending, as an entity's optimistic lock did. The
   * wide {@code venue} row and its version are not written: an import holding an older copy of the
   * listing still publishes, and marks it pending again.
   *
   * @param indexing where the commit hands the merged venues' documents to the index without
   *     waiting for them: federation waits once, at its end ({@link #awaitSearchable})
   */
  @Transactional
  public int write(
      List<Assignment> assignments,
      Map<String, String> redirects,
      Set<String> retired,
      Collection<String> settled,
      LocalDate freshSince,
      Instant now,
      IndexingInFlight indexing) {
    indexing.track(entityManager);
    Set<String> mergedIds = new HashSet<>(redirects.keySet());
    mergedIds.addAll(retired);
    List<String> listingIds = new ArrayList<>(settled);
    for (Assignment a : assignments) {
      mergedIds.add(a.mergedId());
      listingIds.addAll(a.listingIds());
    }
    Map<String, MergedVenue> merged = load(MergedVenue.class, mergedIds, MergedVenue::getId, false);
    Map<String, Venue> listings = load(Venue.class, listingIds, Venue::getId, true);
    List<Settled> settle = new ArrayList<>(listingIds.size());
    int changed = 0;
    for (Assignment a : assignments) {
      MergedVenue venue = merged.get(a.mergedId());
      boolean created = venue == null;
      if (created) {
        venue = new MergedVenue(a.mergedId(), now);
      }
      List<Venue> members = a.listingIds().stream().map(listings::get).toList();
      if (venue.compose(members, freshSince, now)) {
        changed++;
      }
      if (created) {
        entityManager.persist(venue);
      }
      for (Venue member : members) {
        // A listing already composed into this venue is left as it is (no update, no version).
        if (member.isFederationPending() || !a.mergedId().equals(member.getMergedId())) {
          settle.add(new Settled(member.getId(), a.mergedId(), member.getVersion()));
        }
      }
    }
    redirects.forEach(
        (from, to) -> {
          MergedVenue venue = merged.get(from);
          if (venue != null) {
            venue.redirectTo(to, now);
          }
        });
    for (String id : retired) {
      MergedVenue venue = merged.get(id);
      if (venue != null) {
        venue.retire(now);
      }
    }
    // The unpublished listings are in no group (Member.of leaves retired listings out): each
    // listing is settled once, as SettledListings requires.
    for (String id : settled) {
      Venue listing = listings.get(id);
      if (listing != null && listing.isFederationPending()) {
        settle.add(new Settled(id, listing.getMergedId(), listing.getVersion()));
      }
    }
    settle(settle);
    return changed;
  }

  /** Returns when the merged venues of every write {@code indexing} tracked are searchable. */
  @Transactional
  public void awaitSearchable(IndexingInFlight indexing) {
    indexing.awaitSearchable(entityManager);
  }

  /**
   * Writes each listing's merged id and clears its pending mark in {@code venue_federation}, unless
   * the listing changed since it was read ({@link SettledListings}).
   *
   * @throws OptimisticLockException when a listing changed meanwhile (the transaction rolls back)
   */
  private void settle(List<Settled> settled) {
    if (!settled.isEmpty()) {
      entityManager
          .unwrap(Session.class)
          .doWork(connection -> SettledListings.write(connection, settled));
    }
  }

  /**
   * The entities of {@code type} with these ids, by the ORM's load of many ids (one array parameter
   * where the database has arrays, one statement prepared once).
   */
  private <T> Map<String, T> load(
      Class<T> type, Collection<String> ids, Function<T, String> id, boolean readOnly) {
    Map<String, T> found = new HashMap<>();
    entityManager
        .unwrap(Session.class)
        .byMultipleIds(type)
        .withReadOnly(readOnly)
        .withBatchSize(ValuesReads.BATCH)
        .enableOrderedReturn(false)
        .multiLoad(new ArrayList<>(ids))
        .forEach(
            t -> {
              if (t != null) {
                found.put(id.apply(t), t);
              }
            });
    return found;
  }

  /** Marks listings as changed, so that their merged venues are composed again. */
  @Transactional
  public void markPending(Collection<String> listingIds) {
    inBatches(
        listingIds,
        batch ->
            List.of(
                entityManager
                    .createQuery("update Venue v set v.federationPending = true where v.id in :ids")
                    .setParameter("ids", batch)
                    .executeUpdate()));
  }

  /** Marks every listing as changed (after a change of thresholds). */
  @Transactional
  public int markAllPending() {
    return entityManager
        .createQuery("update Venue v set v.federationPending = true")
        .executeUpdate();
  }

  /** Stores a decision. */
  @Transactional
  public MergeDecision save(MergeDecision decision) {
    // A newer decision about the same pair replaces the older one.
    entityManager
        .createQuery("delete from MergeDecision d where d.listingA = :a and d.listingB = :b")
        .setParameter("a", decision.getListingA())
        .setParameter("b", decision.getListingB())
        .executeUpdate();
    entityManager.persist(decision);
    return decision;
  }

  /** Deletes a decision; {@code null} if there is none with this id. */
  @Transactional
  public MergeDecision delete(long id) {
    MergeDecision decision = entityManager.find(MergeDecision.class, id);
    if (decision != null) {
      entityManager.remove(decision);
    }
    return decision;
  }
}
