package fr.mediation.directory.feed;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import fr.mediation.directory.feed.ImportWriter.Accepted;
import fr.mediation.directory.feed.ImportWriter.Counts;
import fr.mediation.directory.feed.ImportWriter.Known;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.ImportRun.Status;
import fr.mediation.directory.source.RunsInPublication;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.venue.ListingWrites;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.LocalId;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where every source's rows end, whatever the hub's format: each row validated by the {@link
 * RowValidator} and placed in its commune; good rows stored (created, updated in place, or skipped
 * when their fingerprint is unchanged), bad rows rejected one by one with their reasons; venues the
 * source no longer publishes retired, unless that would retire more than the source allows, in
 * which case nothing changes and the run is held: its staged rows and the venues it would retire
 * are kept, for the administrator to release or discard it ({@link HeldImports}).
 *
 * <p>The file is read once: changed rows are staged in short transactions of {@value #CHUNK} rows
 * as they come, the guard is decided at the end, and the staged rows published with the retirements
 * in one transaction: nobody sees part of a file. A run interrupted before that publishes nothing;
 * it is concluded as interrupted at the next start ({@link
 * fr.mediation.directory.source.RunRecovery}), and the same file sent again is imported again. A
 * run whose file turns out unreadable halfway publishes nothing either: it is concluded as failed,
 * and its staged rows deleted.
 */
@ApplicationScoped
public class ImportSink {

  private static final String MESSAGES = "fr.mediation.directory.feed.messages";

  /** Rows written per transaction. */
  static final int CHUNK = 500;

  /** Rows read from the file, then prepared side by side, at a time. */
  static final int BATCH = 512;

  @Inject ImportWriter writer;

  /** Turns with federation's writes; set by CDI, a fresh one in unit tests. */
  @Inject ListingWrites writes = new ListingWrites();

  /** The runs this node publishes; set by CDI, a fresh one in unit tests. */
  @Inject RunsInPublication inPublication = new RunsInPublication();

  Clock clock = Clock.systemUTC();

  /** The threads a file's rows are prepared on side by side; set by CDI, none in unit tests. */
  @Inject ImportThreads threads = new ImportThreads();

  /** The commune reference and the geocoder; set by CDI, the gazetteer in unit tests. */
  @Inject Placing placing = new Placing();

  /**
   * Validates and stores the rows of one file of {@code source}, as run {@code runId} (started by
   * {@link ImportWriter#start}, which holds the source).
   *
   * @param rows the file's rows, read once and staged chunk by chunk, so that a large file is never
   *     held whole; a file unreadable halfway (the stream throws) publishes nothing
   */
  public ImportReport store(Source source, long runId, Supplier<Stream<MappedRow>> rows) {
    return read(source, runId, rows);
  }

  /**
   * What {@link #store} would report for this file of {@code source}, changing nothing: each row
   * validated and placed, and the shrink guard decided, as an import would, but no run is recorded,
   * nothing is staged or published, nothing retired. The report has no run id; its figures are
   * those the import would give (created, updated, unchanged judged by the stored fingerprints).
   */
  public ImportReport check(Source source, Supplier<Stream<MappedRow>> rows) {
    return read(source, null, rows);
  }

  /** Reads the file for run {@code runId}, or only checks it when {@code runId} is null. */
  private ImportReport read(Source source, Long runId, Supplier<Stream<MappedRow>> rows) {
    boolean dry = runId == null;
    Instant now = clock.instant();
    String sourceKey = source.getKey();

    // One pass: each row validated and placed, and the changed ones staged chunk by chunk (a held
    // run keeps them for the administrator, who may release it as it is; a dry run stages
    // nothing); then the ids in the file decide what it would retire, and whether that is too much.
    Map<String, Known> known = writer.known(sourceKey);
    Set<String> inFile = new HashSet<>();
    int read = 0;
    List<RejectedRow> rejected = new ArrayList<>();
    List<WarnedRow> warned = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Integer> skipped = new LinkedHashMap<>();
    Map<String, RowMemo> memos = writer.memos(sourceKey);
    List<RowMemo> remember = new ArrayList<>();
    RowPreparation preparation =
        new RowPreparation(placing.places(), sourceKey, known, memos, dry, now);
    SideBySide sideBySide = threads.sideBySide();
    List<Accepted> chunk = new ArrayList<>(CHUNK);
    List<MappedRow> batch = new ArrayList<>(BATCH);
    int accepted = 0;
    int unchanged = 0;
    int wouldCreate = 0;
    int wouldUpdate = 0;
    try (Stream<MappedRow> all = rows.get()) {
      Iterator<MappedRow> it = all.iterator();
      while (it.hasNext()) {
        batch.clear();
        while (it.hasNext() && batch.size() < BATCH) {
          batch.add(it.next());
        }
        for (RowPreparation.Prepared p : sideBySide.map(batch, preparation::prepare)) {
          MappedRow row = p.row();
          read++;
          if (row.skipped() != null) {
            // A venue the hub marks inactive or as a test is not in the file.
            skipped.merge(row.skipped(), 1, Integer::sum);
            continue;
          }
          String localId = row.row().values().get(StandardField.ID);
          // The id as the venue keeps it (a non-breaking space around it is not part of it).
          String id = LocalId.valueOf(localId);
          if (id != null) {
            inFile.add(id); // a rejected row still keeps its venue: its id counts
          }
          List<InvalidFieldException> errors = new ArrayList<>(p.errors());
          Integer first = id == null ? null : seen.putIfAbsent(id, row.row().number());
          if (first != null) {
            Message duplicate = Message.of(MESSAGES, "row.id.duplicate", first);
            errors.add(
                new InvalidFieldException(
                    StandardField.ID, localId, duplicate.en(), duplicate.fr()));
          }
          if (!errors.isEmpty()) {
            rejected.add(new RejectedRow(row.row().number(), localId, errors, row.raw()));
            continue;
          }
          accepted++;
          if (p.remember() != null) {
            remember.add(p.remember());
          }
          if (!p.warnings().isEmpty()) {
            warned.add(new WarnedRow(row.row().number(), p.localId(), p.warnings()));
          }
          if (p.unchanged()) {
            unchanged++;
            continue;
          }
          if (dry) {
            // As the publication counts: a known id is updated, a new one created.
            if (known.containsKey(p.localId())) {
              wouldUpdate++;
            } else {
              wouldCreate++;
            }
            continue;
          }
          chunk.add(p.accepted());
          if (chunk.size() == CHUNK) {
            writer.stage(runId, chunk);
            chunk = new ArrayList<>(CHUNK);
          }
        }
        if (remember.size() >= CHUNK) {
          writer.remember(sourceKey, remember, memos::containsKey);
          remember.clear();
        }
      }
    }
    if (!remember.isEmpty()) {
      writer.remember(sourceKey, remember, memos::containsKey);
    }
    List<String> toRetire =
        known.entrySet().stream()
            .filter(e -> !e.getValue().retired() && !inFile.contains(e.getKey()))
            .map(Map.Entry::getKey)
            .toList();
    long active = known.values().stream().filter(k -> !k.retired()).count();
    boolean held = active > 0 && toRetire.size() > source.getMaxRetireShare() * active;

    if (dry) {
      return checked(
          source,
          held,
          read,
          accepted,
          new Counts(wouldCreate, wouldUpdate, unchanged),
          toRetire.size(),
          active,
          rejected,
          warned,
          skipped);
    }
    if (!chunk.isEmpty()) {
      writer.stage(runId, chunk);
    }
    RowTally tally = new RowTally(read, accepted, unchanged, rejected, warned, skipped);
    if (held) {
      Message why = ImportMessages.held(toRetire.size(), active, source.getMaxRetireShare());
      ImportRun run = writer.hold(runId, toRetire, tally, why, clock.instant());
      return report(run, rejected, warned, skipped);
    }
    // Federation of an earlier import writes the same listings (their merged id): on this node the
    // publication waits for its turn; another node's writes roll it back whole, and it runs again.
    ImportRun run =
        publication(
            inPublication,
            writes,
            runId,
            () -> writer.publish(runId, sourceKey, known, toRetire, tally, clock.instant()));
    return report(run, rejected, warned, skipped);
  }

  /** The report of a dry run: what the import would have reported, and that nothing changed. */
  private static ImportReport checked(
      Source source,
      boolean held,
      int read,
      int accepted,
      Counts counts,
      int retiring,
      long active,
      List<RejectedRow> rejected,
      List<WarnedRow> warned,
      Map<String, Integer> skipped) {
    Message outcome =
        ImportMessages.dryRun(
            held
                ? ImportMessages.held(retiring, active, source.getMaxRetireShare())
                : ImportMessages.succeeded(read, accepted, counts, rejected.size(), retiring));
    Counts shown = held ? new Counts(0, 0, 0) : counts;
    return new ImportReport(
        null,
        source.getKey(),
        held ? Status.HELD : Status.SUCCEEDED,
        outcome.en(),
        outcome.fr(),
        read,
        shown.created(),
        shown.updated(),
        shown.unchanged(),
        held ? 0 : retiring,
        rejected,
        warned,
        skipped);
  }

  /**
   * Runs {@code publish}, the publication of run {@code runId} (an import's or a held run's
   * release): in turn with federation's writes on this node, left alone by the heartbeat, and run
   * again whole when it met another node's writes.
   */
  static ImportRun publication(
      RunsInPublication runs, ListingWrites writes, long runId, Supplier<ImportRun> publish) {
    return Failsafe.with(PUBLICATION_RETRY)
        .get(() -> runs.publishing(runId, () -> writes.inTurn(publish)));
  }

  /** Publication retried when it met a concurrent write of the same listings. */
  static final RetryPolicy<ImportRun> PUBLICATION_RETRY =
      RetryPolicy.<ImportRun>builder()
          .handleIf(ImportSink::isConcurrentWrite)
          .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(5))
          .withMaxRetries(5)
          .build();

  /**
   * SQL states of a transaction rolled back by a concurrent one: serialization failure or deadlock
   * (40001, H2 and PostgreSQL), deadlock (40P01, PostgreSQL), lock time-out (HYT00, H2; 55P03,
   * PostgreSQL's lock not available).
   */
  private static final Set<String> CONCURRENT_STATES = Set.of("40001", "40P01", "HYT00", "55P03");

  /**
   * Whether {@code failure} (or one of its causes) is a conflict with a concurrent write: an
   * optimistic-lock conflict, a deadlock or a lock time-out. Running the transaction again is then
   * right.
   */
  static boolean isConcurrentWrite(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof jakarta.persistence.PessimisticLockException
          || t instanceof jakarta.persistence.LockTimeoutException
          || t instanceof org.hibernate.StaleStateException
          || t instanceof org.hibernate.PessimisticLockException
          || t instanceof org.hibernate.exception.LockAcquisitionException
          || (t instanceof java.sql.SQLException sql
              && CONCURRENT_STATES.contains(sql.getSQLState()))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Ends run {@code runId}, which changed nothing, as {@code outcome} says: the file was unreadable
   * or the same.
   */
  public ImportReport conclude(long runId, Status status, Message outcome) {
    ImportRun run = writer.conclude(runId, status, outcome, clock.instant());
    return report(run, List.of(), List.of(), Map.of());
  }

  private static ImportReport report(
      ImportRun run,
      List<RejectedRow> rejected,
      List<WarnedRow> warned,
      Map<String, Integer> skipped) {
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
        warned,
        skipped);
  }
}
