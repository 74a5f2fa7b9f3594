package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FederationStartupTest {

  @Test
  void aStartWithNoGroupingThreadSetStopsNamingTheSettingAndItsValue() {
    Federation federation = new Federation();
    federation.groupingAtOnce = Optional.of(0);
    FederationStartup startup = new FederationStartup();
    startup.federation = federation;
    startup.queue = new FederationQueue();

    assertThatThrownBy(() -> startup.onStart(new Object()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("directory.federation.grouping-threads")
        .hasMessageContaining("0");
  }
}
