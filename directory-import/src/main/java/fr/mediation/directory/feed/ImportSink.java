package fr.mediation.directory.feed;

import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.venue.InvalidRowException;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every source's rows end: validated into {@link VenueRecord}s, stored (created or updated in
 * place, keyed by source and local id), indexed with the transaction, and the run recorded. Invalid
 * rows are rejected one by one with their reasons; they never stop the good ones.
 */
@ApplicationScoped
public class ImportSink {

  private static final int FLUSH_EVERY = 200;

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  Clock clock = Clock.systemUTC();

  /** Whether this exact content of {@code sourceKey} was already imported. */
  @Transactional
  public boolean alreadyImported(String sourceKey, String contentSha256) {
    return !entityManager
        .createQuery(
            "select r.id from ImportRun r where r.sourceKey = :source"
                + " and r.contentSha256 = :sha and r.finishedAt is not null",
            Long.class)
        .setParameter("source", sourceKey)
        .setParameter("sha", contentSha256)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Validates and stores {@code rows} of source {@code sourceKey}, in one transaction. */
  @Transactional
  public ImportReport store(String sourceKey, String contentSha256, List<SourceRow> rows) {
    Instant now = clock.instant();
    ImportRun run = new ImportRun(sourceKey, contentSha256, now);
    List<RejectedRow> rejected = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int pending = 0;
    for (SourceRow row : rows) {
      String localId = row.values().get(StandardField.ID);
      VenueRecord record;
      try {
        record = VenueRecord.parse(row.values());
      } catch (InvalidRowException e) {
        rejected.add(new RejectedRow(row.number(), localId, e.errors()));
        continue;
      }
      Integer first = seen.putIfAbsent(record.id().value(), row.number());
      if (first != null) {
        rejected.add(
            new RejectedRow(
                row.number(),
                localId,
                List.of(
                    new InvalidFieldException(
                        StandardField.ID,
                        record.id().value(),
                        "Expected an id unique in the file; row " + first + " has it already.",
                        "Identifiant déjà utilisé par la ligne " + first + " du fichier."))));
        continue;
      }
      Venue venue = entityManager.find(Venue.class, Venue.idFor(sourceKey, record.id().value()));
      if (venue == null) {
        entityManager.persist(new Venue(sourceKey, record, now));
        created++;
      } else if (venue.apply(record, now)) {
        updated++;
      } else {
        unchanged++;
      }
      if (++pending % FLUSH_EVERY == 0) {
        entityManager.flush();
        entityManager.clear();
      }
    }
    run.finish(rows.size(), created + updated + unchanged, rejected.size(), clock.instant());
    entityManager.persist(run);
    return new ImportReport(sourceKey, false, rows.size(), created, updated, unchanged, rejected);
  }
}
