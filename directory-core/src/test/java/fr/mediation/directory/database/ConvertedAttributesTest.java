package fr.mediation.directory.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.StandardField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Attributes stored through a JPA converter (the standard's lists, {@code |}-joined): Hibernate
 * keeps their value as the snapshot it compares at flush, rather than a copy made by converting the
 * value to its column and back for every entity loaded or saved; a list replaced is still saved.
 */
class ConvertedAttributesTest {

  @RegisterExtension static final UnitWithIndex unit = new UnitWithIndex("converted-attributes");

  @Test
  void noConvertedAttributeIsCopiedThroughItsConverter() {
    List<String> converted = new ArrayList<>();
    List<String> copied = new ArrayList<>();
    unit.factory()
        .unwrap(SessionFactoryImplementor.class)
        .getMappingMetamodel()
        .forEachEntityDescriptor(
            entity ->
                entity.forEachAttributeMapping(
                    attribute -> {
                      if (attribute instanceof BasicValuedModelPart basic
                          && basic.getJdbcMapping().getValueConverter()
                              instanceof JpaAttributeConverter<?, ?>) {
                        String name =
                            entity.getMappedJavaType().getJavaTypeClass().getSimpleName()
                                + "."
                                + attribute.getAttributeName();
                        converted.add(name);
                        if (attribute.getAttributeMetadata().getMutabilityPlan().isMutable()) {
                          copied.add(name);
                        }
                      }
                    }));

    assertThat(converted).contains("Venue.services", "MergedVenue.typologie");
    assertThat(copied).as("converted attributes copied at each load and save").isEmpty();
  }

  @Test
  void aVenueWhoseListIsReplacedIsSavedWithTheNewList() {
    Instant now = Instant.parse("2026-12-06T10:00:00Z");
    Venue first = listing("Aide aux démarches administratives");
    Venue second =
        listing("Maîtrise des outils numériques du quotidien|Aide aux démarches administratives");
    unit.inTransaction(
        em -> {
          MergedVenue venue = new MergedVenue("merged-1", now);
          venue.compose(List.of(first), LocalDate.of(2020, 1, 1), now);
          em.persist(venue);
        });
    unit.inTransaction(
        em ->
            assertThat(
                    em.find(MergedVenue.class, "merged-1")
                        .compose(List.of(second), LocalDate.of(2020, 1, 1), now))
                .isTrue());

    unit.inTransaction(
        em ->
            assertThat(em.find(MergedVenue.class, "merged-1").getServices())
                .containsExactlyInAnyOrder(
                    Service.MAITRISE_DES_OUTILS_NUMERIQUES_DU_QUOTIDIEN,
                    Service.AIDE_AUX_DEMARCHES_ADMINISTRATIVES));
  }

  private static Venue listing(String services) {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    row.put(StandardField.ID, "l'Île-1");
    row.put(StandardField.PIVOT, "00000000000000");
    row.put(StandardField.NOM, "Médiathèque d'Œuilly");
    row.put(StandardField.COMMUNE, "Œuilly");
    row.put(StandardField.CODE_POSTAL, "51480");
    row.put(StandardField.ADRESSE, "1 rue de l'Église");
    row.put(StandardField.DATE_MAJ, "2026-11-30");
    row.put(StandardField.SERVICES, services);
    return new Venue("hub", VenueRecord.parse(row), Instant.parse("2026-12-01T00:00:00Z"));
  }
}
