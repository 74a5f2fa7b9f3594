package fr.mediation.directory.index;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.index.IndexRepair.Stamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class IndexRepairTest {

  private static final Instant T = Instant.parse("2026-11-30T09:15:00.123456Z");

  /** The database and the index, each a sorted map of venue ids to their last change. */
  private static class TwoSides implements IndexRepair.Store {
    final NavigableMap<String, Instant> database = new TreeMap<>();
    final NavigableMap<String, Instant> index = new TreeMap<>();
    final List<Integer> pageSizes = new ArrayList<>();
    final List<String> reindexed = new ArrayList<>();

    @Override
    public List<Stamp> database(String afterId, int size) {
      pageSizes.add(size);
      return (afterId == null ? database : database.tailMap(afterId, false))
          .entrySet().stream().limit(size).map(e -> new Stamp(e.getKey(), e.getValue())).toList();
    }

    @Override
    public Map<String, Instant> indexed(Collection<String> ids) {
      pageSizes.add(ids.size());
      Map<String, Instant> found = new HashMap<>();
      ids.stream().filter(index::containsKey).forEach(id -> found.put(id, index.get(id)));
      return found;
    }

    @Override
    public List<String> index(String afterId, int size) {
      pageSizes.add(size);
      return (afterId == null ? index : index.tailMap(afterId, false))
          .keySet().stream().limit(size).toList();
    }

    @Override
    public Set<String> existing(Collection<String> ids) {
      return ids.stream().filter(database::containsKey).collect(Collectors.toSet());
    }

    @Override
    public void reindex(Collection<String> ids) {
      reindexed.addAll(ids);
      // The index keeps milliseconds.
      ids.forEach(id -> index.put(id, database.get(id).truncatedTo(ChronoUnit.MILLIS)));
    }

    @Override
    public void purge(Collection<String> ids) {
      ids.forEach(index::remove);
    }
  }

  /** A directory of {@code n} venues, indexed as they are. */
  private static TwoSides inStep(int n) {
    TwoSides sides = new TwoSides();
    for (int i = 0; i < n; i++) {
      String id = String.format("%08d-0000-4000-8000-000000000000", i * 7);
      Instant changed = T.plusSeconds(i);
      sides.database.put(id, changed);
      sides.index.put(id, changed.truncatedTo(ChronoUnit.MILLIS));
    }
    return sides;
  }

  private static String id(TwoSides sides, int position) {
    return new ArrayList<>(sides.database.keySet()).get(position);
  }

  @Test
  void indexesWhatTheIndexLostRemovesWhatTheDatabaseLacksAndLeavesTheRestAlone() {
    TwoSides sides = inStep(2_500);
    // Lost by a node killed before its index committed: on both sides of a page's end.
    List<String> lost = List.of(id(sides, 0), id(sides, 999), id(sides, 1_000), id(sides, 2_499));
    lost.forEach(sides.index::remove);
    // Changed in the database after their document was written.
    List<String> changed = List.of(id(sides, 5), id(sides, 1_500));
    changed.forEach(id -> sides.database.computeIfPresent(id, (k, t) -> t.plusMillis(1)));
    // Deleted from a database restored from an older backup.
    List<String> gone = List.of(id(sides, 3), id(sides, 1_999));
    gone.forEach(sides.database::remove);
    sides.index.put("ffffffff-0000-4000-8000-000000000000", T);

    IndexRepair.Status status = new IndexRepair().run(sides);

    assertThat(status.state()).isEqualTo(IndexRepair.State.SUCCEEDED);
    assertThat(status.checked()).isEqualTo(2_498);
    assertThat(status.missing()).isEqualTo(4);
    assertThat(status.stale()).isEqualTo(2);
    assertThat(status.removed()).isEqualTo(3);
    assertThat(sides.reindexed).containsExactlyInAnyOrder(concat(lost, changed));
    assertThat(sides.index.keySet()).isEqualTo(sides.database.keySet());
    sides.database.forEach(
        (id, t) -> assertThat(sides.index.get(id)).isEqualTo(t.truncatedTo(ChronoUnit.MILLIS)));
    assertThat(sides.pageSizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(1_000));
  }

  @Test
  void anIndexInStepIsNotWrittenThoughItKeepsOnlyMilliseconds() {
    TwoSides sides = inStep(1_000);

    IndexRepair.Status status = new IndexRepair().run(sides);

    assertThat(status.checked()).isEqualTo(1_000);
    assertThat(sides.reindexed).isEmpty();
    assertThat(status.removed()).isZero();
  }

  @Test
  void anEmptyDirectoryWithAStrayDocumentIsEmptiedOfIt() {
    TwoSides sides = new TwoSides();
    sides.index.put("a", T);

    IndexRepair.Status status = new IndexRepair().run(sides);

    assertThat(status.removed()).isEqualTo(1);
    assertThat(sides.index).isEmpty();
  }

  @Test
  void aRebuildWaitsForThePageInProgressAndNoPageFollows() throws InterruptedException {
    IndexRepair repair = new IndexRepair();
    List<Thread> rebuild = new ArrayList<>();
    TwoSides sides =
        new TwoSides() {
          @Override
          public void reindex(Collection<String> ids) {
            if (rebuild.isEmpty()) {
              Thread starting = new Thread(repair::stopForRebuild);
              rebuild.add(starting);
              starting.start();
              // The rebuild's start waits while this page is written.
              Awaitility.await()
                  .atMost(Duration.ofSeconds(30))
                  .until(() -> starting.getState() == Thread.State.WAITING);
            }
            super.reindex(ids);
          }
        };
    sides.database.putAll(inStep(3_000).database);

    IndexRepair.Status status = repair.run(sides);
    rebuild.getFirst().join();

    assertThat(status.state()).isEqualTo(IndexRepair.State.SKIPPED);
    assertThat(status.checked()).isEqualTo(1_000);
    assertThat(sides.reindexed).hasSize(1_000);
    assertThat(sides.index).hasSize(1_000);
  }

  @Test
  void aFailureIsReportedWithItsMessage() {
    TwoSides sides =
        new TwoSides() {
          @Override
          public Map<String, Instant> indexed(Collection<String> ids) {
            throw new IllegalStateException("index unreachable");
          }
        };
    sides.database.put("a", T);

    IndexRepair.Status status = new IndexRepair().run(sides);

    assertThat(status.state()).isEqualTo(IndexRepair.State.FAILED);
    assertThat(status.error()).isEqualTo("index unreachable");
    assertThat(status.finishedAt()).isNotNull();
  }

  private static String[] concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all.toArray(String[]::new);
  }
}
