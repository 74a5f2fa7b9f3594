package fr.mediation.directory.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The schema the Flyway migrations build is the one Hibernate maps: an entity's column or table
 * without its migration fails here, not only in the integration tests on a started server. The
 * entities are the persistence unit's and those Hibernate Search adds for its coordination by
 * outbox polling (its tables hsearch_outbox_event and hsearch_agent, used with several nodes).
 */
class SchemaMatchesEntitiesTest {

  @Test
  void everyEntityOfThePersistenceUnitAndOfTheSearchOutboxMatchesTheMigratedSchema()
      throws Exception {
    HibernatePersistenceConfiguration configuration =
        PersistenceUnit.configuration("schema-validation")
            .property("hibernate.hbm2ddl.auto", "validate")
            // Hibernate Search as several nodes run it, its outbox's entities with it; the index
            // left alone (the index has its own check, IndexLayoutSnapshotTest).
            .property("hibernate.search.coordination.strategy", "outbox-polling")
            .property("hibernate.search.coordination.event_processor.enabled", "false")
            .property("hibernate.search.schema_management.strategy", "none");

    // Hibernate's validation throws, naming the missing table or column and its entity.
    try (EntityManagerFactory factory = configuration.createEntityManagerFactory()) {
      assertThat(factory.getMetamodel().getEntities())
          .extracting(EntityType::getName)
          .as("the outbox's entities are validated too")
          .anyMatch(name -> name.endsWith(".OutboxEvent"))
          .anyMatch(name -> name.endsWith(".Agent"));
    }
  }
}
