package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.geo.Communes;
import fr.mediation.directory.geo.GazetteerGeocoder;
import fr.mediation.directory.source.ImportIssue;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.ImportRun.Status;
import fr.mediation.directory.source.ImportRun.Trigger;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where every source's rows end, whatever the hub's format: each row validated into a {@link
 * VenueRecord}; good rows stored (created, updated in place, or skipped when their fingerprint is
 * unchanged), bad rows rejected one by one with their reasons; venues the source no longer
 * publishes retired, unless that would retire more than the source allows, in which case nothing
 * changes and the run is held. One transaction: an interrupted run loses nothing, and the search
 * index follows the commit.
 */
@ApplicationScoped
public class ImportSink {

  private static final int FLUSH_EVERY = 200;

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  Clock clock = Clock.systemUTC();

  /** What one row became after validation. */
  private record Accepted(
      int number, VenueRecord record, String positionPrecision, List<FieldWarning> warnings) {}

  private volatile PlaceNormaliser places;

  /** The commune reference and the geocoder, loaded at the first import. */
  private PlaceNormaliser places() {
    if (places == null) {
      Communes communes = Communes.get();
      places = new PlaceNormaliser(communes, new GazetteerGeocoder(communes));
    }
    return places;
  }

  /** A stored venue of the source, as much as is needed to decide without loading it. */
  private record Known(String fingerprint, boolean retired) {}

  /** Validates and stores the rows of one file of {@code source}. */
  @Transactional
  public ImportReport store(Source source, String sha, List<MappedRow> rows, Trigger trigger) {
    Instant now = clock.instant();
    String sourceKey = source.getKey();

    List<Accepted> accepted = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (MappedRow row : rows) {
      String localId = row.row().values().get(StandardField.ID);
      RowValidator.Validation validation = RowValidator.validate(row);
      List<InvalidFieldException> errors = new ArrayList<>(validation.errors());
      List<FieldWarning> warnings = new ArrayList<>(validation.warnings());
      VenueRecord record = validation.record();
      Integer first =
          localId == null ? null : seen.putIfAbsent(localId.strip(), row.row().number());
      if (first != null) {
        errors.add(
            new InvalidFieldException(
                StandardField.ID,
                localId,
                "Expected an id unique in the file; row " + first + " has it already.",
                "Identifiant déjà utilisé par la ligne " + first + " du fichier."));
      }
      if (errors.isEmpty()) {
        PlaceNormaliser.Placed placed = places().place(record, warnings);
        accepted.add(
            new Accepted(
                row.row().number(), placed.record(), placed.positionPrecision(), warnings));
      } else {
        rejected.add(new RejectedRow(row.row().number(), localId, errors, row.raw()));
      }
    }

    Map<String, Known> known = new HashMap<>();
    for (Object[] v :
        entityManager
            .createQuery(
                "select v.localId, v.fingerprint, v.retiredAt from Venue v where v.sourceKey = :s",
                Object[].class)
            .setParameter("s", sourceKey)
            .getResultList()) {
      known.put((String) v[0], new Known((String) v[1], v[2] != null));
    }
    Set<String> inFile = new HashSet<>(seen.keySet());
    List<String> toRetire =
        known.entrySet().stream()
            .filter(e -> !e.getValue().retired() && !inFile.contains(e.getKey()))
            .map(Map.Entry::getKey)
            .toList();
    long active = known.values().stream().filter(k -> !k.retired()).count();

    ImportRun run = new ImportRun(sourceKey, sha, now).triggeredBy(trigger);
    entityManager.persist(run);
    List<WarnedRow> warned =
        accepted.stream()
            .filter(a -> !a.warnings().isEmpty())
            .map(a -> new WarnedRow(a.number(), a.record().id().value(), a.warnings()))
            .toList();

    if (active > 0 && toRetire.size() > source.getMaxRetireShare() * active) {
      int share = (int) Math.round(100.0 * toRetire.size() / active);
      int allowed = (int) Math.round(100 * source.getMaxRetireShare());
      run.finish(rows.size(), accepted.size(), rejected.size(), clock.instant());
      run.conclude(
          Status.HELD,
          "Held: this file would retire "
              + toRetire.size()
              + " of the source's "
              + active
              + " venues ("
              + share
              + " %), more than the "
              + allowed
              + " % allowed. Nothing was changed.",
          "Import suspendu : ce fichier retirerait "
              + toRetire.size()
              + " des "
              + active
              + " lieux de la source ("
              + share
              + " %), plus que les "
              + allowed
              + " % permis. Rien n'a été modifié.");
      recordIssues(run, rejected, warned);
      return report(run, rejected, warned);
    }

    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int pending = 0;
    for (Accepted a : accepted) {
      String localId = a.record().id().value();
      Known k = known.get(localId);
      Venue candidate = new Venue(sourceKey, a.record(), now);
      if (k != null && !k.retired() && candidate.getFingerprint().equals(k.fingerprint())) {
        unchanged++;
        continue;
      }
      if (k == null) {
        candidate.setPositionPrecision(a.positionPrecision());
        entityManager.persist(candidate);
        created++;
      } else {
        Venue venue = entityManager.find(Venue.class, candidate.getId());
        venue.setPositionPrecision(a.positionPrecision());
        if (venue.apply(a.record(), now)) {
          updated++;
        } else {
          unchanged++;
        }
      }
      if (++pending % FLUSH_EVERY == 0) {
        entityManager.flush();
        entityManager.clear();
      }
    }
    for (String localId : toRetire) {
      entityManager.find(Venue.class, Venue.idFor(sourceKey, localId)).retire(now);
      if (++pending % FLUSH_EVERY == 0) {
        entityManager.flush();
        entityManager.clear();
      }
    }
    entityManager.flush();
    entityManager.clear();
    run = entityManager.find(ImportRun.class, run.getId());
    run.finish(rows.size(), accepted.size(), rejected.size(), clock.instant());
    run.changes(created, updated, unchanged, toRetire.size(), warned.size());
    run.conclude(
        Status.SUCCEEDED,
        rows.size()
            + " rows read: "
            + accepted.size()
            + " accepted ("
            + created
            + " new, "
            + updated
            + " updated, "
            + unchanged
            + " unchanged), "
            + rejected.size()
            + " rejected, "
            + toRetire.size()
            + " venues retired.",
        rows.size()
            + " lignes lues : "
            + accepted.size()
            + " acceptées ("
            + created
            + " nouvelles, "
            + updated
            + " modifiées, "
            + unchanged
            + " inchangées), "
            + rejected.size()
            + " refusées, "
            + toRetire.size()
            + " lieux retirés.");
    recordIssues(run, rejected, warned);
    return report(run, rejected, warned);
  }

  /** Records a run that changed nothing: the file could not be read, or was the same as before. */
  @Transactional
  public ImportReport record(
      String sourceKey,
      String sha,
      Trigger trigger,
      Status status,
      String message,
      String messageFr) {
    Instant now = clock.instant();
    ImportRun run = new ImportRun(sourceKey, sha, now).triggeredBy(trigger);
    run.finish(0, 0, 0, now);
    run.conclude(status, message, messageFr);
    entityManager.persist(run);
    return report(run, List.of(), List.of());
  }

  private void recordIssues(ImportRun run, List<RejectedRow> rejected, List<WarnedRow> warned) {
    int pending = 0;
    for (RejectedRow row : rejected) {
      String raw = json(row.raw());
      for (InvalidFieldException e : row.errors()) {
        entityManager.persist(
            new ImportIssue(
                run.getId(),
                ImportIssue.Kind.REJECTED,
                row.number(),
                row.localId(),
                e.field().key(),
                e.value(),
                e.getMessage(),
                e.frenchMessage(),
                raw));
        raw = null; // the row is kept once, with its first reason
        if (++pending % FLUSH_EVERY == 0) {
          entityManager.flush();
          entityManager.clear();
        }
      }
    }
    for (WarnedRow row : warned) {
      for (FieldWarning w : row.warnings()) {
        entityManager.persist(
            new ImportIssue(
                run.getId(),
                ImportIssue.Kind.WARNING,
                row.number(),
                row.localId(),
                w.field().key(),
                w.value(),
                w.message(),
                w.messageFr(),
                null));
        if (++pending % FLUSH_EVERY == 0) {
          entityManager.flush();
          entityManager.clear();
        }
      }
    }
  }

  private static String json(Map<String, String> raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    JsonObjectBuilder object = Json.createObjectBuilder();
    raw.forEach((k, v) -> object.add(k, v == null ? "" : v));
    return object.build().toString();
  }

  private static ImportReport report(
      ImportRun run, List<RejectedRow> rejected, List<WarnedRow> warned) {
    return new ImportReport(
        run.getId(),
        run.getSourceKey(),
        run.getStatus(),
        run.getMessage(),
        run.getMessageFr(),
        run.getRowsRead(),
        run.getRowsCreated(),
        run.getRowsUpdated(),
        run.getRowsUnchanged(),
        run.getRowsRetired(),
        rejected,
        warned);
  }
}
