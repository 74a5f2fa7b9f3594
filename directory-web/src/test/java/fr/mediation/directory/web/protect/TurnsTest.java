package fr.mediation.directory.web.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TurnsTest {

  @Test
  void waitingReadsAreServedInTheOrderTheyArrived() throws Exception {
    Turns turns = new Turns(1, Duration.ofMinutes(1));
    assertThat(turns.take()).isTrue();
    List<String> served = new CopyOnWriteArrayList<>();
    List<Thread> waiting = new CopyOnWriteArrayList<>();
    for (String name : List.of("Aubervilliers", "Bègles", "Cayenne", "Dunkerque")) {
      Thread thread =
          Thread.ofPlatform()
              .start(
                  () -> {
                    if (turns.take()) {
                      served.add(name);
                      turns.leave();
                    }
                  });
      waiting.add(thread);
      int queued = waiting.size();
      await().until(() -> turns.waiting() == queued);
    }

    turns.leave();
    for (Thread thread : waiting) {
      thread.join();
    }

    assertThat(served).containsExactly("Aubervilliers", "Bègles", "Cayenne", "Dunkerque");
  }

  @Test
  void aReadWhoseTurnDoesNotComeInTimeIsRefusedAndTheNextOneServed() {
    Turns turns = new Turns(2, Duration.ZERO);
    assertThat(turns.take()).isTrue();
    assertThat(turns.take()).isTrue();

    assertThat(turns.take()).isFalse();
    turns.leave();
    assertThat(turns.take()).isTrue();
  }

  @Test
  void anInterruptedWaitGivesUpAndKeepsTheInterrupt() {
    Turns turns = new Turns(1, Duration.ofMinutes(1));
    assertThat(turns.take()).isTrue();
    Thread.currentThread().interrupt();
    try {
      assertThat(turns.take()).isFalse();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void noLimitServesEveryReadAtOnce() {
    Turns turns = new Turns(0, Duration.ZERO);
    for (int i = 0; i < 1_000; i++) {
      assertThat(turns.take()).isTrue();
    }
    assertThat(turns.waiting()).isZero();
  }

  @Test
  void theCitizensReadsTakeATurnAndLongOrRareRequestsDoNot() {
    for (String path :
        List.of(
            "/api/v1/venues",
            "/api/v1/venues/clusters",
            "/api/v1/places",
            "/api/v1/venues/mednum-75056-0001",
            "",
            "/",
            "/orientation",
            "/lieux/mednum-75056-0001")) {
      assertThat(TurnFilter.takesATurn("GET", path)).as(path).isTrue();
      assertThat(TurnFilter.takesATurn("HEAD", path)).as(path).isTrue();
      assertThat(TurnFilter.takesATurn("POST", path)).as("POST " + path).isFalse();
    }
    for (String path :
        List.of(
            "/api/v1/venues/export",
            "/api/v1/venues/changes",
            "/api/v1/venues/mednum-75056-0001/closures",
            "/api/v1/venues/",
            "/api/v1/snapshots/latest",
            "/api/v1/sources/hinaura/feed",
            "/api/v1/admin/sources",
            "/api/v1",
            "/lieux/",
            "/lieux/mednum-75056-0001/signaler",
            "/console",
            "/assets/site.css",
            "/widget/widget.js",
            "/erreur")) {
      assertThat(TurnFilter.takesATurn("GET", path)).as(path).isFalse();
    }
  }
}
