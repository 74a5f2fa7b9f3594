package fr.mediation.directory.index;

import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.search.IndexFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/**
 * One page at a time, each in its own transaction: the merged venues as the database holds them and
 * as the search index holds them (id and last change), and the writes that bring the index back to
 * the database, found by the next search once a page is done (OpenSearch refreshes only every
 * second otherwise).
 */
@ApplicationScoped
@Transactional
public class IndexPages implements IndexRepair.Store, PlaceOrderedRebuild.Store {

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /** The database's venues after {@code afterId} (all if null), in the database's id order. */
  @Override
  public List<IndexRepair.Stamp> database(String afterId, int size) {
    var query =
        entityManager
            .createQuery(
                "select m.id, m.updatedAt from MergedVenue m"
                    + (afterId == null ? "" : " where m.id > :after")
                    + " order by m.id",
                Object[].class)
            .setMaxResults(size);
    if (afterId != null) {
      query.setParameter("after", afterId);
    }
    return query.getResultList().stream()
        .map(row -> new IndexRepair.Stamp((String) row[0], (Instant) row[1]))
        .toList();
  }

  /**
   * When each of {@code ids} last changed as its indexed document says; absent when not indexed.
   */
  @Override
  public Map<String, Instant> indexed(Collection<String> ids) {
    Map<String, Instant> found = new HashMap<>();
    Search.session(entityManager)
        .search(MergedVenue.class)
        .select(
            f ->
                f.composite()
                    .from(
                        f.field(IndexFields.ID, String.class),
                        f.field(IndexFields.UPDATED_AT, Instant.class))
                    .as(IndexRepair.Stamp::new))
        .where(f -> f.terms().field(IndexFields.ID).matchingAny(ids))
        .fetchHits(ids.size())
        .forEach(stamp -> found.put(stamp.id(), stamp.updatedAt()));
    return found;
  }

  /** The ids of the indexed documents after {@code afterId} (all if null), in the index's order. */
  @Override
  public List<String> index(String afterId, int size) {
    return Search.session(entityManager)
        .search(MergedVenue.class)
        .select(f -> f.field(IndexFields.ID, String.class))
        .where(
            f ->
                afterId == null
                    ? f.matchAll()
                    : f.range().field(IndexFields.ID).greaterThan(afterId))
        .sort(f -> f.field(IndexFields.ID))
        .fetchHits(size);
  }

  /** Whether the index holds no document at all. */
  public boolean indexEmpty() {
    return Search.session(entityManager)
        .search(MergedVenue.class)
        .where(f -> f.matchAll())
        .fetchHits(1)
        .isEmpty();
  }

  /** Those of {@code ids} that are venues of the database. */
  @Override
  public Set<String> existing(Collection<String> ids) {
    return new HashSet<>(
        entityManager
            .createQuery("select m.id from MergedVenue m where m.id in :ids", String.class)
            .setParameter("ids", ids)
            .getResultList());
  }

  /** Indexes again, from the database, the venues {@code ids} (those that exist). */
  @Override
  public void reindex(Collection<String> ids) {
    SearchableAtOnce.in(entityManager);
    SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
    venues(ids).forEach(plan::addOrUpdate);
  }

  @Override
  public List<String> idsInPlaceOrder() {
    return entityManager
        .createQuery(
            "select m.id from MergedVenue m order by " + PlaceOrder.orderBy("m"), String.class)
        .getResultList();
  }

  @Override
  public void index(List<String> ids, IndexingInFlight indexing) {
    indexing.track(entityManager);
    // Added or updated: a venue federation writes meanwhile is never indexed twice.
    SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
    venues(ids).forEach(plan::addOrUpdate);
  }

  /** The venues {@code ids} that exist, in the order of {@code ids} (which the index keeps). */
  private List<MergedVenue> venues(Collection<String> ids) {
    Map<String, MergedVenue> byId = new HashMap<>();
    entityManager
        .createQuery("select m from MergedVenue m where m.id in :ids", MergedVenue.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(venue -> byId.put(venue.getId(), venue));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** Removes from the index the documents of {@code ids}, venues the database does not have. */
  @Override
  public void purge(Collection<String> ids) {
    SearchableAtOnce.in(entityManager);
    SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
    ids.forEach(id -> plan.purge(MergedVenue.class, id, null));
  }
}
