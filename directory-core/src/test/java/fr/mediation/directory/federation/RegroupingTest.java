package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.mediation.directory.federation.Federation.Outcome;
import fr.mediation.directory.federation.Regrouping.Batch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegroupingTest {

  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  /** What happened, in order: "read 47", "group 47", "write 47". */
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());

  /** The listings each département's batch holds, as the store has them now. */
  private final Map<String, List<String>> listings = new LinkedHashMap<>();

  /** Whether each batch written was grouped from listings read after every earlier write. */
  private final List<String> written = new ArrayList<>();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  private Batch read(String departement) {
    events.add("read " + departement);
    Map<String, Row> all = new LinkedHashMap<>();
    for (String id : listings.get(departement)) {
      all.put(
          id,
          new Row(
              id,
              Listings.placed(
                  "hub", id, "Médiathèque", null, departement + "000", null, null, null),
              null,
              null,
              false,
              true));
    }
    return new Batch(all, Map.of());
  }

  private List<Set<String>> group(Batch batch) {
    String departement = departementOf(batch);
    events.add("group " + departement);
    return List.of(new TreeSet<>(batch.all().keySet()));
  }

  private Outcome write(Batch batch, List<Set<String>> groups) {
    String departement = departementOf(batch);
    events.add("write " + departement);
    written.add(departement + " " + groups);
    return new Outcome(batch.all().size(), groups.size(), groups.size(), 0, 0);
  }

  private static String departementOf(Batch batch) {
    return batch.all().values().iterator().next().match().codePostal().substring(0, 2);
  }

  private Regrouping<String> regrouping(
      Function<Batch, List<Set<String>>> group, int parallelism, int rowsInFlight) {
    return new Regrouping<>(this::read, group, this::write, threads, parallelism, rowsInFlight);
  }

  @Test
  void twoDepartementsAreGroupedAtOnceAndWrittenInTheirOrder() throws Exception {
    listings.put("32", List.of("a"));
    listings.put("47", List.of("b"));
    CountDownLatch bothGrouping = new CountDownLatch(2);
    Function<Batch, List<Set<String>>> group =
        batch -> {
          bothGrouping.countDown();
          try {
            // Neither grouping ends before the other has started: they run side by side.
            assertThat(bothGrouping.await(30, TimeUnit.SECONDS)).isTrue();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return group(batch);
        };

    Outcome outcome = regrouping(group, 2, 1_000).run(List.of("32", "47"));

    assertThat(written).containsExactly("32 [[a]]", "47 [[b]]");
    assertThat(outcome).isEqualTo(new Outcome(2, 2, 2, 0, 0));
  }

  /**
   * A venue merged across two départements by people's decision brings its listing into both
   * batches: the second, read before the first was written, is read and grouped again after it.
   */
  @Test
  void aBatchReadBeforeAWriteThatReachedItsListingsIsReadAgain() {
    listings.put("32", List.of("a", "shared"));
    listings.put("47", List.of("b", "shared"));

    regrouping(this::group, 2, 1_000).run(List.of("32", "47"));

    assertThat(events.stream().filter(e -> e.startsWith("read")))
        .containsExactly("read 32", "read 47", "read 47");
    assertThat(events.lastIndexOf("read 47")).isGreaterThan(events.indexOf("write 32"));
    assertThat(events.subList(events.size() - 3, events.size()))
        .containsExactly("read 47", "group 47", "write 47");
  }

  /**
   * The same when the second batch, once read, waited for the first's write to make room among the
   * listings in flight.
   */
  @Test
  void aBatchWaitingForRoomWhenAWriteReachedItsListingsIsReadAgain() {
    listings.put("13", List.of("a", "b", "shared"));
    listings.put("59", List.of("d", "shared"));

    regrouping(this::group, 2, 4).run(List.of("13", "59"));

    assertThat(events.stream().filter(e -> e.startsWith("read")))
        .containsExactly("read 13", "read 59", "read 59");
    assertThat(events.lastIndexOf("read 59")).isGreaterThan(events.indexOf("write 13"));
  }

  @Test
  void batchesWithoutCommonListingsAreReadOnce() {
    listings.put("32", List.of("a"));
    listings.put("47", List.of("b"));
    listings.put("82", List.of("c"));

    regrouping(this::group, 2, 1_000).run(List.of("32", "47", "82"));

    assertThat(events.stream().filter(e -> e.startsWith("read")))
        .containsExactly("read 32", "read 47", "read 82");
    assertThat(written).containsExactly("32 [[a]]", "47 [[b]]", "82 [[c]]");
  }

  /** Two crowded départements are not held together: the second waits for the first's write. */
  @Test
  void aBatchThatWouldPassTheListingsInFlightWaitsForTheEarlierOnesToBeWritten() {
    listings.put("13", List.of("a", "b", "c"));
    listings.put("59", List.of("d", "e", "f"));

    regrouping(this::group, 2, 4).run(List.of("13", "59"));

    assertThat(events.indexOf("group 59")).isGreaterThan(events.indexOf("write 13"));
    assertThat(written).containsExactly("13 [[a, b, c]]", "59 [[d, e, f]]");
  }

  @Test
  void aGroupingFailureIsThrownAsItWas() {
    listings.put("32", List.of("a"));
    listings.put("47", List.of("b"));
    Function<Batch, List<Set<String>>> failing =
        batch -> {
          if (departementOf(batch).equals("47")) {
            throw new OutOfMemoryError("Java heap space");
          }
          return group(batch);
        };

    assertThatThrownBy(() -> regrouping(failing, 2, 1_000).run(List.of("32", "47")))
        .isInstanceOf(OutOfMemoryError.class)
        .hasMessage("Java heap space");
    assertThat(written).containsExactly("32 [[a]]");
  }

  /**
   * With one grouping at a time (two cores), the next département is grouped while the one before
   * is written: the database's work and the grouping's overlap.
   */
  @Test
  void withOneGroupingAtATimeTheNextBatchIsGroupedWhileTheOneBeforeIsWritten() {
    listings.put("32", List.of("a"));
    listings.put("47", List.of("b"));
    CountDownLatch secondGrouped = new CountDownLatch(1);
    BiFunction<Batch, List<Set<String>>, Outcome> waitingWrite =
        (batch, groups) -> {
          if (departementOf(batch).equals("32")) {
            try {
              assertThat(secondGrouped.await(30, TimeUnit.SECONDS))
                  .as("47 grouped while 32 is written")
                  .isTrue();
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
          }
          return write(batch, groups);
        };
    Function<Batch, List<Set<String>>> counting =
        batch -> {
          List<Set<String>> groups = group(batch);
          if (departementOf(batch).equals("47")) {
            secondGrouped.countDown();
          }
          return groups;
        };

    new Regrouping<String>(this::read, counting, waitingWrite, threads, 1, 1_000)
        .run(List.of("32", "47"));

    assertThat(written).containsExactly("32 [[a]]", "47 [[b]]");
  }

  /** However many batches are read ahead, no more are grouped at once than allowed. */
  @Test
  void noMoreBatchesAreGroupedAtOnceThanAllowed() {
    for (String departement : List.of("13", "32", "47", "59", "82")) {
      listings.put(departement, List.of("l-" + departement));
    }
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Function<Batch, List<Set<String>>> counting =
        batch -> {
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          try {
            // Long enough for a second grouping, were one started, to overlap this one.
            Thread.sleep(50);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          running.decrementAndGet();
          return group(batch);
        };

    regrouping(counting, 2, 1_000).run(List.of("13", "32", "47", "59", "82"));

    assertThat(most.get()).isEqualTo(2);
    assertThat(written).hasSize(5);
  }

  /** Without grouping threads (on the calling thread), batches still go in order. */
  @Test
  void onTheCallingThreadEachBatchIsGroupedThenWrittenInOrder() {
    listings.put("32", List.of("a"));
    listings.put("47", List.of("b"));

    new Regrouping<String>(this::read, this::group, this::write, Runnable::run, 1, 1_000)
        .run(List.of("32", "47"));

    assertThat(events)
        .containsExactly("read 32", "group 32", "read 47", "group 47", "write 32", "write 47");
  }

  /**
   * Grouping threads stopped with the application while a batch waits for its grouping: its write
   * fails with the refusal, the batches before are written, and nothing waits for a grouping that
   * never comes.
   */
  @Test
  void aGroupingTheThreadsRefuseFailsItsWriteRatherThanWaitingForever() {
    listings.put("32", List.of("a"));
    listings.put("47", List.of("b"));
    CountDownLatch secondRead = new CountDownLatch(1);
    Function<Batch, List<Set<String>>> slowFirst =
        batch -> {
          try {
            // 47 is read, and waits for this grouping to end, before it ends.
            assertThat(secondRead.await(30, TimeUnit.SECONDS)).isTrue();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return group(batch);
        };
    Function<String, Batch> reading =
        departement -> {
          Batch batch = read(departement);
          if (departement.equals("47")) {
            secondRead.countDown();
          }
          return batch;
        };
    AtomicInteger accepted = new AtomicInteger();
    Executor stoppingAfterOne =
        task -> {
          if (accepted.getAndIncrement() > 0) {
            throw new RejectedExecutionException("stopped");
          }
          threads.execute(task);
        };

    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () ->
            assertThatThrownBy(
                    () ->
                        new Regrouping<String>(
                                reading, slowFirst, this::write, stoppingAfterOne, 1, 1_000)
                            .run(List.of("32", "47")))
                .isInstanceOf(RejectedExecutionException.class));
    assertThat(written).containsExactly("32 [[a]]");
  }
}
