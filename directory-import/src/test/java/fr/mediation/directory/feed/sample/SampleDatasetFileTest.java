package fr.mediation.directory.feed.sample;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.SourceRow;
import fr.mediation.directory.feed.standard.StandardCsvReader;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.Service;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged sample dataset: every row valid, spread over France including overseas. */
class SampleDatasetFileTest {

  private static List<VenueRecord> records;

  @BeforeAll
  static void readSample() throws Exception {
    try (Reader reader =
        new InputStreamReader(
            Objects.requireNonNull(
                SampleDataset.class.getClassLoader().getResourceAsStream(SampleDataset.RESOURCE)),
            StandardCharsets.UTF_8)) {
      List<SourceRow> rows = StandardCsvReader.read(reader);
      records = rows.stream().map(row -> VenueRecord.parse(row.values())).toList();
    }
  }

  @Test
  void everyRowIsValidAndThereAreAtLeast300() {
    assertThat(records).hasSizeGreaterThanOrEqualTo(300);
  }

  @Test
  void idsAreUnique() {
    assertThat(records.stream().map(r -> r.id().value()).distinct().count())
        .isEqualTo(records.size());
  }

  @Test
  void coversEveryOverseasDepartementAndMetropolitanFrance() {
    Map<String, Long> byDepartement =
        records.stream()
            .collect(
                Collectors.groupingBy(r -> r.codePostal().departement(), Collectors.counting()));

    assertThat(byDepartement).containsKeys("971", "972", "973", "974", "976", "75", "13", "69");
    assertThat(byDepartement.keySet()).hasSizeGreaterThan(60);
  }

  @Test
  void everyVenueCanBePlacedOnAMap() {
    assertThat(records).allSatisfy(r -> assertThat(r.coordinates()).isNotNull());
  }

  @Test
  void everyServiceOfTheStandardIsOfferedSomewhere() {
    Map<Service, Long> byService =
        records.stream()
            .flatMap(r -> r.services().stream())
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

    assertThat(byService.keySet()).containsExactlyInAnyOrder(Service.values());
  }
}
