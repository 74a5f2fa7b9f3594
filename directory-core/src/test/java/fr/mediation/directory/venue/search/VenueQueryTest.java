package fr.mediation.directory.venue.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VenueQueryTest {

  /** The components that order, page or count, and choose no venue. */
  private static final Set<String> CHOOSE_NOTHING =
      Set.of("sort", "offset", "limit", "cursor", "facets");

  @Test
  void aQueryWithoutCriteriaMatchesEveryVenue() {
    assertThat(VenueQuery.builder().build().matchesEverything()).isTrue();
    assertThat(
            VenueQuery.builder()
                .sort(VenueQuery.Sort.NAME)
                .page(40, 100)
                .facets(true)
                .build()
                .matchesEverything())
        .isTrue();
  }

  /**
   * Pages of every venue are read from the database, not the index: a criterion forgotten by {@link
   * VenueQuery#matchesEverything} would be ignored there. Each criterion of the record is listed
   * here, and this fails when one is added without it.
   */
  @Test
  void eachCriterionOfTheRecordChoosesVenues() {
    Map<String, VenueQuery> oneCriterion =
        Map.of(
            "near",
            VenueQuery.builder().near(new VenueQuery.Near(48.8566, 2.3522, 10.0)).build(),
            "text",
            VenueQuery.builder().text("médiathèque").build(),
            "labels",
            VenueQuery.builder()
                .label(
                    LabelFilter.SERVICES,
                    Set.of((Enum<?>) LabelFilter.SERVICES.type().getEnumConstants()[0]))
                .build(),
            "flags",
            VenueQuery.builder().flag(FlagFilter.values()[0], true).build(),
            "area",
            VenueQuery.builder()
                .area(new VenueQuery.Area(null, Set.of("75056"), null, null))
                .build(),
            "open",
            VenueQuery.builder()
                .open(new VenueQuery.Open(Instant.parse("2026-12-07T09:00:00Z"), null, false))
                .build());
    Set<String> criteria =
        Arrays.stream(VenueQuery.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(name -> !CHOOSE_NOTHING.contains(name))
            .collect(Collectors.toSet());

    assertThat(oneCriterion.keySet()).isEqualTo(criteria);
    oneCriterion.forEach((name, query) -> assertThat(query.matchesEverything()).as(name).isFalse());
  }
}
