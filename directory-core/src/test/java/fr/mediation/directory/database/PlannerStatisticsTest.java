package fr.mediation.directory.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlannerStatisticsTest {

  @Test
  void aTableNeverAnalysedIsDueFromFiftyOneRowsChanged() {
    assertThat(PlannerStatistics.due(-1, 50)).isFalse();
    assertThat(PlannerStatistics.due(-1, 51)).isTrue();
    assertThat(PlannerStatistics.due(0, 100_000)).isTrue();
  }

  @Test
  void anAnalysedTableIsDueOnceMoreThanFiftyRowsAndATenthOfItChanged() {
    assertThat(PlannerStatistics.due(500_000, 50_050)).isFalse();
    assertThat(PlannerStatistics.due(500_000, 50_051)).isTrue();
    // A national hub's file of 100,000 listings in a directory of 600,000.
    assertThat(PlannerStatistics.due(500_000, 100_000)).isTrue();
    // A daily file with 1 % changed is left to autovacuum.
    assertThat(PlannerStatistics.due(1_000_000, 10_000)).isFalse();
  }

  @Test
  void withoutADatabaseNothingIsAnalysed() {
    assertThat(new PlannerStatistics().refresh(1_000_000)).isEmpty();
  }
}
