package fr.mediation.directory.feed;

import fr.mediation.directory.message.Message;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.ImportRun.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The writer of the sink's tests: it knows the venues it is given and records what the sink asks of
 * it instead of writing to a database (the database's part is tested in directory-web).
 */
class RecordingWriter extends ImportWriter {

  /** The source's venues before the file, by local id. */
  final Map<String, Known> stored = new HashMap<>();

  /** What the source's rows prepared into, by local id, as the sink asked to remember them. */
  final Map<String, RowMemo> memos = new HashMap<>();

  /** Each write asked, in order: start, stage, publish, hold, retire, conclude. */
  final List<String> asked = new ArrayList<>();

  /** The chunks staged. */
  final List<List<Accepted>> chunks = new ArrayList<>();

  /** Failures of the next publications, one per attempt. */
  final List<RuntimeException> failures = new ArrayList<>();

  /** Whether each publication ran in turn with federation, and was left alone by the heartbeat. */
  final List<Boolean> inTurn = new ArrayList<>();

  final List<Boolean> leftAloneByHeartbeat = new ArrayList<>();

  /** Publications attempted. */
  int publications;

  /** The tally of the last publication or held run. */
  RowTally tally;

  /** The venues the last publication retired, or the last held run would have. */
  List<String> retired;

  /** The sink that asks, made by {@link #sink()}. */
  ImportSink sink;

  /** A writer that knows the active venues {@code localIds}, each with the fingerprint "old". */
  static RecordingWriter knowing(String... localIds) {
    RecordingWriter writer = new RecordingWriter();
    for (String id : localIds) {
      writer.stored.put(id, new Known("old", false));
    }
    return writer;
  }

  /** A sink writing with this writer. */
  ImportSink sink() {
    sink = new ImportSink();
    sink.writer = this;
    return sink;
  }

  /** The local ids of the rows staged, in order. */
  List<String> stagedIds() {
    return chunks.stream().flatMap(List::stream).map(a -> a.record().id().value()).toList();
  }

  @Override
  public Map<String, Known> known(String sourceKey) {
    return stored;
  }

  @Override
  public Map<String, RowMemo> memos(String sourceKey) {
    return Map.copyOf(memos);
  }

  @Override
  public void remember(
      String sourceKey, List<RowMemo> remembered, java.util.function.Predicate<String> stored) {
    remembered.forEach(m -> memos.put(m.localId(), m));
  }

  @Override
  public long start(String sourceKey, String sha, ImportRun.Trigger trigger, Instant now) {
    asked.add("start");
    return 1;
  }

  @Override
  public void stage(long runId, List<Accepted> chunk) {
    asked.add("stage");
    chunks.add(List.copyOf(chunk));
  }

  @Override
  public ImportRun publish(
      long runId,
      String sourceKey,
      Map<String, Known> known,
      List<String> toRetire,
      RowTally tally,
      Instant now) {
    asked.add("publish");
    publications++;
    inTurn.add(sink != null && sink.writes.heldByCurrentThread());
    leftAloneByHeartbeat.add(sink != null && sink.inPublication.ids().contains(runId));
    if (!failures.isEmpty()) {
      throw failures.remove(0);
    }
    this.retired = toRetire;
    this.tally = tally;
    return new ImportRun(sourceKey, "sha", now);
  }

  @Override
  public ImportRun hold(
      long runId, List<String> toRetire, RowTally tally, Message why, Instant now) {
    asked.add("hold");
    this.retired = toRetire;
    this.tally = tally;
    return concluded(Status.HELD, why, now);
  }

  @Override
  public void retire(String sourceKey, List<String> localIds, Instant now) {
    asked.add("retire");
  }

  @Override
  public ImportRun conclude(long runId, Status status, Message outcome, Instant now) {
    asked.add("conclude");
    return concluded(status, outcome, now);
  }

  private static ImportRun concluded(Status status, Message outcome, Instant now) {
    ImportRun run = new ImportRun("hub", "sha", now);
    run.conclude(status, outcome);
    return run;
  }
}
