package fr.mediation.directory.venue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.federation.Composition.Origin;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The provenance column: written exactly as venues already stored it (it is part of their
 * fingerprint: another spelling would make every venue look changed), and read back whole.
 */
class MergedVenueProvenanceTest {

  static final String STORED =
      "{\"nom\":[{\"source\":\"hub-gironde\",\"id\":\"l'Espace \\\"Numérique\\\" d'Arès\","
          + "\"date_maj\":\"2025-05-01\"}],"
          + "\"horaires\":[{\"source\":\"hub-gironde\",\"id\":\"l'Espace \\\"Numérique\\\" d'Arès\","
          + "\"date_maj\":\"2025-05-01\"},{\"source\":\"conseillers-numeriques\",\"id\":\"cn-42\","
          + "\"date_maj\":null}]}";

  static Map<StandardField, List<Origin>> provenance() {
    Origin hub =
        new Origin("hub-gironde", "l'Espace \"Numérique\" d'Arès", LocalDate.of(2025, 5, 1));
    Origin cn = new Origin("conseillers-numeriques", "cn-42", null);
    Map<StandardField, List<Origin>> provenance = new EnumMap<>(StandardField.class);
    provenance.put(StandardField.HORAIRES, List.of(hub, cn));
    provenance.put(StandardField.NOM, List.of(hub));
    return provenance;
  }

  @Test
  void provenanceIsWrittenAsVenuesAlreadyStoredIt() {
    assertThat(MergedVenue.provenanceJson(provenance())).isEqualTo(STORED);
  }

  @Test
  void provenanceIsTheTextJsonbWritesForTheWholeMap() {
    Origin shared = new Origin("hub-\\nord", "a\"b\u00e9\n\t/<tag>", null);
    Map<StandardField, List<Origin>> alone = new EnumMap<>(StandardField.class);
    for (StandardField field : StandardField.inOrder()) {
      alone.put(field, List.of(shared));
    }
    Map<StandardField, List<Origin>> mixed = new EnumMap<>(provenance());
    mixed.put(StandardField.ADRESSE, List.of(shared));
    mixed.put(StandardField.COMMUNE, List.of(shared));
    mixed.put(
        StandardField.SERVICES,
        List.of(
            new Origin("hub", null, LocalDate.of(10000, 1, 31)),
            new Origin(null, "\u2028\u0000\ud83d\ude00", LocalDate.of(2024, 2, 29))));
    for (Map<StandardField, List<Origin>> map :
        List.of(
            provenance(),
            alone,
            mixed,
            new EnumMap<StandardField, List<Origin>>(StandardField.class))) {
      assertThat(MergedVenue.provenanceJson(map)).isEqualTo(wholeMapByJsonb(map));
    }
  }

  /** The provenance written by JSON-B as one map, as it was written before. */
  private static String wholeMapByJsonb(Map<StandardField, List<Origin>> provenance) {
    Map<String, List<MergedVenue.StoredOrigin>> stored = new LinkedHashMap<>();
    provenance.forEach(
        (field, origins) ->
            stored.put(
                field.key(),
                origins.stream()
                    .map(o -> new MergedVenue.StoredOrigin(o.source(), o.localId(), o.dateMaj()))
                    .toList()));
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(stored);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void storedProvenanceIsReadBackWhole() {
    assertThat(MergedVenue.readProvenance(STORED)).isEqualTo(provenance());
    assertThat(MergedVenue.readProvenance(null)).isEmpty();
  }

  @Test
  void aFieldNoLongerInTheStandardIsSkippedOnReading() {
    assertThat(MergedVenue.readProvenance("{\"ancien_champ\":[],\"nom\":[]}"))
        .containsOnlyKeys(StandardField.NOM);
  }
}
