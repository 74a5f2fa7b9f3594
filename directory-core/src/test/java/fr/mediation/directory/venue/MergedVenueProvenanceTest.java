package fr.mediation.directory.venue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.federation.Composition.Origin;
import fr.mediation.directory.venue.field.StandardField;
import java.time.LocalDate;
import java.util.EnumMap;
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
