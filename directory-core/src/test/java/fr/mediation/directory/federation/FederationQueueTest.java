package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FederationQueueTest {

  private final Logger logger = Logger.getLogger(FederationQueue.class.getName());
  private final List<LogRecord> logged = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    logger.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(handler);
  }

  private static FederationQueue failingWith(Throwable failure) {
    FederationQueue queue = new FederationQueue();
    queue.federation =
        new Federation() {
          @Override
          public Outcome reconcilePending() {
            if (failure instanceof Error error) {
              throw error;
            }
            throw (RuntimeException) failure;
          }
        };
    return queue;
  }

  @Test
  void aFailedFederationIsLoggedAndTheImportsStand() {
    failingWith(new IllegalStateException("database gone")).runNow();

    assertThat(logged).singleElement().extracting(LogRecord::getLevel).isEqualTo(Level.SEVERE);
    assertThat(logged.getFirst().getThrown()).hasMessage("database gone");
  }

  /**
   * Out of memory in the executor's thread, federation stopped without a word in the log: the
   * listings stayed pending, the runs never complete, and nothing said why.
   */
  @Test
  void federationOutOfMemoryIsLoggedBeforeItIsThrownOn() {
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");

    assertThatThrownBy(() -> failingWith(error).runNow()).isSameAs(error);

    assertThat(logged).singleElement().extracting(LogRecord::getLevel).isEqualTo(Level.SEVERE);
    assertThat(logged.getFirst().getThrown()).isSameAs(error);
  }
}
