package fr.mediation.directory.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:schema-validation;DB_CLOSE_DELAY=-1");
    DatabaseMigrations.migrate(db);
    Document unit = persistenceUnit();
    List<Class<?>> entities = new ArrayList<>();
    for (String name : texts(unit.getElementsByTagNameNS("*", "class"))) {
      entities.add(Class.forName(name));
    }
    assertThat(entities).isNotEmpty();
    HibernatePersistenceConfiguration configuration =
        new HibernatePersistenceConfiguration("schema-validation")
            .managedClasses(entities)
            .jdbcUrl(db.getURL())
            .property("hibernate.hbm2ddl.auto", "validate")
            // Hibernate Search as several nodes run it, its outbox's entities with it; an index in
            // memory, left alone (the index has its own check, IndexLayoutSnapshotTest).
            .property("hibernate.search.coordination.strategy", "outbox-polling")
            .property("hibernate.search.coordination.event_processor.enabled", "false")
            .property("hibernate.search.backend.type", "lucene")
            .property("hibernate.search.backend.directory.type", "local-heap")
            .property("hibernate.search.schema_management.strategy", "none");
    // The unit's own settings of Hibernate Search: its analysers and its index mapping.
    NodeList properties = unit.getElementsByTagNameNS("*", "property");
    for (int i = 0; i < properties.getLength(); i++) {
      Element property = (Element) properties.item(i);
      if (property.getAttribute("name").startsWith("hibernate.search.")) {
        configuration.property(property.getAttribute("name"), property.getAttribute("value"));
      }
    }

    // Hibernate's validation throws, naming the missing table or column and its entity.
    try (EntityManagerFactory factory = configuration.createEntityManagerFactory()) {
      assertThat(factory.getMetamodel().getEntities())
          .extracting(EntityType::getName)
          .as("the outbox's entities are validated too")
          .anyMatch(name -> name.endsWith(".OutboxEvent"))
          .anyMatch(name -> name.endsWith(".Agent"));
    }
  }

  /** META-INF/persistence.xml, which lists every entity and the unit's settings. */
  private static Document persistenceUnit() throws Exception {
    try (InputStream in =
        SchemaMatchesEntitiesTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static List<String> texts(NodeList nodes) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().trim());
    }
    return texts;
  }
}
