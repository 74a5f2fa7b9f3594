package fr.mediation.directory.venue.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComputationSlotsTest {

  @Test
  void oneComputationTooManyIsRefusedNotQueued() {
    ComputationSlots slots = new ComputationSlots(2);
    String inner =
        slots.run(
            () ->
                slots.run(
                    () -> {
                      assertThatThrownBy(() -> slots.run(() -> "third"))
                          .isInstanceOf(SearchBusyException.class);
                      return "second";
                    }));
    assertThat(inner).isEqualTo("second");
  }

  @Test
  void aSlotIsFreedEvenWhenTheComputationFails() {
    ComputationSlots slots = new ComputationSlots(1);
    assertThatThrownBy(
            () ->
                slots.run(
                    () -> {
                      throw new IllegalStateException("index down");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(slots.run(() -> "next")).isEqualTo("next");
  }

  @Test
  void noSlotRefusesEveryComputation() {
    ComputationSlots slots = new ComputationSlots(0);
    assertThatThrownBy(() -> slots.run(() -> "first")).isInstanceOf(SearchBusyException.class);
  }
}
